/** The report as a reader should find it on the site: every non-empty line, in order. */
import { readFileSync } from 'node:fs';

export function reportLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((l) => l.trim() !== '');
}

/** Whitespace runs collapse in HTML; compare text the way a reader sees it. */
export const visible = (s: string) => s.replace(/[ \t\n]+/g, ' ').trim();
