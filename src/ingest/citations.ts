/**
 * Which sentences of a paragraph back a record. A sentence that holds a record's
 * quote becomes a citation span with a stable anchor (src-<first record id>), so
 * a chart mark can link to it and it can link back to the chart.
 */
import { sentenceSpans } from '../lib/sentences.ts';

export interface Quoted {
  id: string;
  quote: string;
}

export interface CitationSpan {
  start: number;
  end: number;
  /** Record ids backed by the span, in the order their quotes appear. */
  records: string[];
  anchor: string;
}

export const anchorFor = (recordId: string) => `src-${recordId}`;

export function citationSpans(paragraph: string, records: Quoted[]): CitationSpan[] {
  const sentences = sentenceSpans(paragraph);
  const hits = records
    .map((r, order) => ({ r, order, at: paragraph.indexOf(r.quote) }))
    .filter((h) => h.at !== -1)
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ r, at }) => {
      const touched = sentences.filter((s) => s.start < at + r.quote.length && s.end > at);
      return { id: r.id, start: touched[0]?.start ?? at, end: touched.at(-1)?.end ?? at + r.quote.length };
    });
  const spans: CitationSpan[] = [];
  for (const h of hits.sort((a, b) => a.start - b.start)) {
    const last = spans.at(-1);
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      last.records.push(h.id);
    } else spans.push({ start: h.start, end: h.end, records: [h.id], anchor: anchorFor(h.id) });
  }
  return spans;
}
