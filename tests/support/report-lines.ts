/**
 * The report as a reader should find it on the site: every non-empty line, in
 * order, with its punctuation set for Chinese readers (src/lib/typeset.ts
 * changes one character for one, so every word of the file is still compared).
 */
import { readFileSync } from 'node:fs';
import { typeset } from '../../src/lib/typeset.ts';

export function reportLines(file: string): string[] {
  return typeset(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((l) => l.trim() !== '');
}

/** Whitespace runs collapse in HTML; compare text the way a reader sees it. */
export const visible = (s: string) => s.replace(/[ \t\n]+/g, ' ').trim();
