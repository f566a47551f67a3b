/**
 * Splits a report into title, lead and sections. One line is one paragraph. The
 * first non-empty line is the title; a subheading is found by rule: a short line
 * of words only, with no punctuation that ends or joins clauses, followed by a
 * paragraph that is not itself a subheading.
 *
 * Invisible and look-alike characters, one rule (NORMALISATION below): for
 * finding structure (blank lines, subheadings) the invisible ones (U+200B zero
 * width space, U+200C/U+200D zero width (non-)joiner, U+2060 word joiner,
 * U+FEFF inside the text) count as nothing, and the look-alike spaces (U+00A0
 * no-break space, U+3000 ideographic space) count as spaces. In the published
 * text they are removed at the start and end of a line, with the spaces there,
 * where they carry nothing; inside a line every one is kept as written (a ZWJ
 * joins an emoji, a no-break space keeps two words together). So a line of
 * only such characters is blank, and a subheading wrapped in zero width spaces
 * is still a subheading. Every change is reported (parsed.normalised).
 */
import { IngestError } from './errors.ts';
import { normalizeReport } from '../lib/report-text.ts';

export interface Paragraph {
  text: string;
  /** 1-based line in the report. */
  line: number;
}

export interface Section {
  /** null for the lead (the paragraphs before the first subheading). */
  heading: Paragraph | null;
  paragraphs: Paragraph[];
}

/** One character the rule acted on: removed at a line's edge, or ignored inside it to find a subheading. */
export interface Normalised {
  line: number;
  /** 1-based, in characters (code points). */
  column: number;
  char: string;
  action: 'removed' | 'ignored';
}

export interface ParsedReport {
  title: Paragraph;
  sections: Section[];
  normalised: Normalised[];
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;
const LOOKALIKE_SPACE = /[\u00A0\u3000]/gu;

const NAMES: Record<string, string> = {
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  '\u00A0': 'NO-BREAK SPACE',
  '\u3000': 'IDEOGRAPHIC SPACE',
};
export const charName = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}${NAMES[c] ? ` ${NAMES[c]}` : ''}`;

/** The line as structure detection sees it: invisible characters gone, look-alike spaces as spaces. */
export const structural = (text: string) => text.replace(INVISIBLE, '').replace(LOOKALIKE_SPACE, ' ');

/** The line as published: edges trimmed (with what they held that is not a plain space or tab), inside verbatim. */
function trimLine(raw: string, line: number, notes: Normalised[]): string {
  const chars = [...raw];
  let start = 0;
  let end = chars.length;
  while (start < end && /[\s\u200B-\u200D\u2060\uFEFF]/u.test(chars[start])) start++;
  while (end > start && /[\s\u200B-\u200D\u2060\uFEFF]/u.test(chars[end - 1])) end--;
  chars.forEach((c, i) => {
    if ((i < start || i >= end) && /[\u00A0\u3000\u200B-\u200D\u2060\uFEFF]/u.test(c))
      notes.push({ line, column: i + 1, char: c, action: 'removed' });
  });
  return chars.slice(start, end).join('');
}

export const MAX_HEADING_LENGTH = 24;

/** Starts with a word; then letters, digits, spaces and the few joiners titles use; no clause punctuation, no markup. */
const HEADING_CHARS = /^[\p{L}\p{N}“‘《][\p{L}\p{N}\p{M} \u3000·・—–\-&/“”‘’《》]*$/u;

export function looksLikeHeading(text: string): boolean {
  const t = structural(text).trim();
  return [...t].length <= MAX_HEADING_LENGTH && /\p{L}/u.test(t) && HEADING_CHARS.test(t);
}

/** Decodes bytes as UTF-8 text; refuses binary data and other encodings. */
export function decodeReport(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw IngestError.at(file, 'the file is not UTF-8 text', 'save the report as UTF-8 plain text (.txt)');
  }
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u.exec(text);
  if (control)
    throw IngestError.at(
      file,
      `the file contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) and looks binary`,
      'export the report as plain text',
    );
  return text;
}

export function parseReport(raw: string, file: string): ParsedReport {
  const normalised: Normalised[] = [];
  const lines = normalizeReport(raw)
    .split('\n')
    .map((text, i) => ({ text: trimLine(text, i + 1, normalised), line: i + 1 }))
    .filter((l) => structural(l.text).trim() !== '');
  if (lines.length === 0)
    throw IngestError.at(file, 'the file is empty', 'paste the report into it: the title on the first line, then one paragraph per line');
  const [first, ...body] = lines;
  const title = { text: first.text, line: first.line };
  if (body.length === 0)
    throw IngestError.at(file, 'the report has a title but no body', 'add the report’s paragraphs below the title, one per line', String(first.line));

  const sections: Section[] = [{ heading: null, paragraphs: [] }];
  body.forEach((p, i) => {
    const next = body[i + 1];
    if (looksLikeHeading(p.text) && next && !looksLikeHeading(next.text)) {
      sections.push({ heading: { text: p.text, line: p.line }, paragraphs: [] });
      // Invisible characters inside a subheading did not stop it being one: say so.
      [...p.text].forEach((c, col) => {
        if (/[\u00A0\u200B-\u200D\u2060\uFEFF]/u.test(c)) normalised.push({ line: p.line, column: col + 1, char: c, action: 'ignored' });
      });
    } else sections.at(-1)!.paragraphs.push(p);
  });
  if (sections[0].paragraphs.length === 0) sections.shift();
  normalised.sort((a, b) => a.line - b.line || a.column - b.column);
  return { title, sections, normalised };
}
