/**
 * The one text measurer of the site (charts and share cards): CJK characters,
 * full-width forms, curly quotes, dashes and ellipses are about 1em wide,
 * capitals about 0.66em, other Latin letters and digits about 0.56em, spaces
 * 0.3em. Good enough to lay out labels and wrap them without a browser.
 */
import { phrases } from '../lib/phrases.ts';

const WIDE = /[\u2014\u2018-\u201f\u2026\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;

/** Width of a text in em. */
export function ems(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : /[A-Z]/.test(ch) ? 0.66 : 0.56;
  return em;
}

export function textWidth(text: string, fontSize: number): number {
  return ems(text) * fontSize;
}

/**
 * Breaks text into lines no wider than maxWidth, between phrases (src/lib/phrases.ts:
 * never inside a word, a figure with its unit or a name) or at spaces; a phrase wider
 * than a line is broken between its characters.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const fits = (s: string) => textWidth(s.trimEnd(), fontSize) <= maxWidth;
  const tokens = phrases(text).flatMap((p) => (fits(p) ? (p.match(/\S+\s*|\s+/gu) ?? []) : (p.match(/[A-Za-z0-9.%+\-]+|\s+|./gu) ?? [])));
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line && !fits(next)) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
