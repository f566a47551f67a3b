/**
 * Clauses and sub-sentences of a paragraph, as offsets into it. A clause ends
 * at a comma, colon, semicolon or sentence end, but never inside brackets, so
 * "接近40万美元(约合人民币290万元)" stays one clause. A sub-sentence ends at a
 * semicolon or sentence end: attributions (…称, …显示) reach that far.
 */

export interface Span {
  start: number;
  end: number;
}

const OPEN = '(（[【《';
const CLOSE = ')）]】》';
const CLAUSE_END = new Set([...'，,；;。！？!?：:']);
const SUB_SENTENCE_END = new Set([...'；;。！？!?']);
const QUOTES = '“”‘’"\'「」『』';

function split(text: string, ends: Set<string>): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ends.has(ch)) {
      push(spans, text, start, i);
      start = i + 1;
    }
  }
  push(spans, text, start, text.length);
  return spans;
}

/** Trims spaces and quote marks at the edges: a quote of the report never starts inside “. */
function push(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && (/\s/.test(text[start]) || QUOTES.includes(text[start]))) start++;
  while (end > start && (/\s/.test(text[end - 1]) || QUOTES.includes(text[end - 1]))) end--;
  if (end > start) spans.push({ start, end });
}

export const clauses = (paragraph: string): Span[] => split(paragraph, CLAUSE_END);
export const subSentences = (paragraph: string): Span[] => split(paragraph, SUB_SENTENCE_END);

/** The span of `spans` that holds offset `at` (or the last one starting before it). */
export function spanAt(spans: Span[], at: number): Span {
  return spans.find((s) => s.start <= at && at < s.end) ?? spans.filter((s) => s.start <= at).at(-1) ?? spans[0];
}
