/**
 * Splits a report into title, lead and sections. One line is one paragraph. The
 * first non-empty line is the title; a subheading is found by rule: a short line
 * of words only, with no punctuation that ends or joins clauses, followed by a
 * paragraph that is not itself a subheading.
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

export interface ParsedReport {
  title: Paragraph;
  sections: Section[];
}

export const MAX_HEADING_LENGTH = 24;

/** Starts with a word; then letters, digits, spaces and the few joiners titles use; no clause punctuation, no markup. */
const HEADING_CHARS = /^[\p{L}\p{N}“‘《][\p{L}\p{N}\p{M} \u3000·・—–\-&/“”‘’《》]*$/u;

export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
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
  const lines = normalizeReport(raw)
    .split('\n')
    .map((text, i) => ({ text: text.replace(/^[ \t]+|[ \t]+$/g, ''), line: i + 1 }))
    .filter((l) => l.text.trim() !== '');
  if (lines.length === 0)
    throw IngestError.at(file, 'the file is empty', 'paste the report into it: the title on the first line, then one paragraph per line');
  const [first, ...body] = lines;
  const title = { text: first.text.trim(), line: first.line };
  if (body.length === 0)
    throw IngestError.at(file, 'the report has a title but no body', 'add the report’s paragraphs below the title, one per line', String(first.line));

  const sections: Section[] = [{ heading: null, paragraphs: [] }];
  body.forEach((p, i) => {
    const next = body[i + 1];
    if (looksLikeHeading(p.text) && next && !looksLikeHeading(next.text))
      sections.push({ heading: { text: p.text.trim(), line: p.line }, paragraphs: [] });
    else sections.at(-1)!.paragraphs.push(p);
  });
  if (sections[0].paragraphs.length === 0) sections.shift();
  return { title, sections };
}
