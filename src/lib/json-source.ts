/**
 * JSON files an editor writes: parse errors with line and column, and the line
 * a JSON path points to, so every message can say where to look.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

export type JsonPath = (string | number)[];

export class JsonSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(line: number, column: number, detail: string) {
    super(detail);
    this.line = line;
    this.column = column;
  }
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** JSON.parse, with the line and column of a syntax error. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    const { line, column } = lineCol(text, m ? Number(m[1]) : text.length);
    throw new JsonSyntaxError(line, column, (e as Error).message);
  }
}

/** `records[3].value.amount` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('') || '(top level)';
}

/** 1-based line where the value at `path` starts (or its nearest existing parent). */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  const tree = parseTree(text);
  if (!tree) return undefined;
  const keys = path.filter((p): p is string | number => typeof p !== 'symbol');
  for (let n = keys.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, keys.slice(0, n));
    if (node) return lineCol(text, node.offset).line;
  }
  return undefined;
}
