/**
 * JSON files an editor writes: parse errors at the token that is wrong (with
 * what to write instead), and the line and column a JSON path points to, so
 * every message can say where to look.
 */
import { existsSync, readFileSync } from 'node:fs';
import { findNodeAtLocation, parse as parseLoose, parseTree, type ParseError } from 'jsonc-parser';

export class JsonSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  /** What to write instead, for the editor. */
  readonly fix: string;
  constructor(line: number, column: number, detail: string, fix = 'fix the JSON syntax at that line and column') {
    super(detail);
    this.line = line;
    this.column = column;
    this.fix = fix;
  }
}

export function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Words other languages write where JSON has its own, and numbers JSON cannot hold. */
const WORD_FIXES: Record<string, string> = {
  NaN: 'JSON has no NaN: write the number, or null where the field allows it',
  Infinity: 'JSON has no Infinity: write the number',
  undefined: 'JSON has no undefined: write null where the field allows it, or leave the key out',
  True: 'write true in lowercase',
  TRUE: 'write true in lowercase',
  False: 'write false in lowercase',
  FALSE: 'write false in lowercase',
  None: 'write null',
  Null: 'write null in lowercase',
  NULL: 'write null in lowercase',
};

/** The token at an offset, and what to write instead. */
function explainToken(text: string, offset: number, error: ParseError | undefined): { token: string; fix: string } {
  const rest = text.slice(offset);
  const word = /^-?[A-Za-z_$][\w$]*/.exec(rest)?.[0];
  if (word && (error?.error === 3 /* PropertyNameExpected */ || /^\s*:/.test(rest.slice(word.length))))
    return { token: word, fix: `put the key in double quotes: "${word}"` };
  if (word) {
    const bare = word.replace(/^-/, '');
    if (WORD_FIXES[bare]) return { token: word, fix: WORD_FIXES[bare] };
    return { token: word, fix: 'put text in double quotes ("…"); JSON words are only true, false and null' };
  }
  const number = /^[-+]?(\d*\.\d+|\d+\.?\d*)([eE][-+]?\d+)?/.exec(rest)?.[0];
  if (number) {
    if (/^[-+]?\./.test(number)) return { token: number, fix: `write a digit before the point: ${number.replace('.', '0.')}` };
    if (number.startsWith('+')) return { token: number, fix: `leave out the plus sign: ${number.slice(1)}` };
    if (/\.$/.test(number)) return { token: number, fix: `write a digit after the point or leave the point out: ${number.slice(0, -1)}` };
    if (/^-?0\d/.test(number)) return { token: number, fix: `leave out the leading zero: ${Number(number)}` };
  }
  const ch = rest[0];
  if (ch === undefined)
    return { token: 'the end of the file', fix: 'the file ends too early: close every { with } and every [ with ], and every " with "' };
  if (ch === '"' && /^"[^"\\\n]*\n/.test(rest))
    return { token: ch, fix: 'text runs over a line break: write \\n for a line break inside text, or close the quote' };
  if (/\d/.test(ch) && text[offset - 1] === '0') return { token: `0${ch}`, fix: 'leave out the leading zero' };
  if (ch === "'") return { token: ch, fix: 'use double quotes (") around keys and text' };
  if (ch === '/') return { token: rest.slice(0, 2), fix: 'JSON has no comments: remove it' };
  if (ch === '}' || ch === ']') return { token: ch, fix: 'remove the comma before it (JSON allows no trailing comma)' };
  if (error && (error.error === 6 /* CommaExpected */ || error.error === 5 /* CloseBraceExpected */ || error.error === 4) /* CloseBracketExpected */)
    return { token: ch, fix: 'a comma is missing between the two values before it' };
  if (error?.error === 3 /* PropertyNameExpected */) return { token: ch, fix: 'put the key in double quotes: "key": value' };
  return { token: ch, fix: 'fix the JSON syntax at that line and column' };
}

/**
 * JSON.parse, with the line and column of the token that is wrong. V8 gives no
 * position for some errors (NaN, True, undefined, .5), so the place comes from
 * jsonc-parser's strict scan, which stops at the token.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const errors: ParseError[] = [];
    parseLoose(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const v8 = /position (\d+)/.exec(String(e));
    const first = errors.sort((a, b) => a.offset - b.offset)[0];
    let offset = first?.offset ?? (v8 ? Number(v8[1]) : text.length);
    // jsonc-parser reports a missing value or comma after the whitespace before the bad token; point at the token.
    while (offset < text.length && /\s/.test(text[offset])) offset++;
    const { token, fix } = explainToken(text, offset, first);
    const { line, column } = lineCol(text, offset);
    throw new JsonSyntaxError(line, column, `unexpected ${token === 'the end of the file' ? token : JSON.stringify(token)}`, fix);
  }
}

/** `records[3].value.amount` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || '(top level)';
}

/** 1-based line and column where the value at `path` starts (or its nearest existing parent). */
export function placeOfPath(text: string, path: readonly PropertyKey[]): { line: number; column: number } | undefined {
  const tree = parseTree(text);
  if (!tree) return undefined;
  const keys = path.filter((p): p is string | number => typeof p !== 'symbol');
  for (let n = keys.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, keys.slice(0, n));
    // An object member: point at its key, where the editor reads the name.
    if (node) return lineCol(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return undefined;
}

/** 1-based line where the value at `path` starts (or its nearest existing parent). */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  return placeOfPath(text, path)?.line;
}

/** "12:5: changes[2].version" for a message about a value in a JSON file (just the path when the file cannot be read). */
export function placeAt(file: string, path: readonly PropertyKey[]): string {
  const where = existsSync(file) ? placeOfPath(readFileSync(file, 'utf8'), path) : undefined;
  return where ? `${where.line}:${where.column}: ${formatPath(path)}` : formatPath(path);
}
