/**
 * The report as plain text: line structure normalised (BOM, CRLF), and ways to
 * find where a quote stands in it (line, paragraph, sentence).
 */
import { sentenceSpans } from './sentences.ts';

/** Strips a leading BOM and turns CRLF / CR into LF. Nothing else changes. */
export function normalizeReport(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Every index where `needle` starts in `text`. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** 1-based line number of an index. */
export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The line (paragraph) around an index, with its start offset. */
export function paragraphAt(text: string, index: number): { start: number; text: string } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return { start, text: text.slice(start, end === -1 ? text.length : end) };
}

/** The sentence(s) a span [index, index + length) touches, joined. */
export function sentenceAround(text: string, index: number, length = 1): string {
  const para = paragraphAt(text, index);
  const from = index - para.start;
  const to = from + Math.max(length, 1);
  const spans = sentenceSpans(para.text).filter((s) => s.start < to && s.end > from);
  if (spans.length === 0) return para.text;
  return para.text.slice(spans[0].start, spans.at(-1)!.end);
}
