/**
 * The draft of the seed against its curated dataset: every figure the editors
 * recorded should be drafted from the same words, with the same unit and
 * amount. Recall and agreement are printed and held at what the draft reaches.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../../src/ingest/draft/draft.ts';
import { normalizeReport, occurrences } from '../../../../src/lib/report-text.ts';
import type { DraftRecord, Quantity } from '../../../../src/ingest/draft/types.ts';

const slug = 'ai-talent-war-2024-04';
const text = normalizeReport(readFileSync(`content/reports/${slug}.txt`, 'utf8'));
const meta = JSON.parse(readFileSync(`content/reports/${slug}.meta.json`, 'utf8'));
const curated: { records: (DraftRecord & { value: Quantity | null })[] } = JSON.parse(readFileSync(`content/data/${slug}.json`, 'utf8'));
const draft = draftReport({ slug, text, published: meta.published });

const span = (quote: string) => {
  const at = occurrences(text, quote)[0];
  return { start: at, end: at + quote.length };
};
const overlaps = (a: string, b: string) => {
  const x = span(a);
  const y = span(b);
  return x.start < y.end && y.start < x.end;
};
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const agrees = (c: Quantity, d: Quantity | null) =>
  d !== null &&
  c.unit === d.unit &&
  (c.amount !== null ? d.amount !== null && same(c.amount, d.amount) : JSON.stringify(c.vague ?? c.range) === JSON.stringify(d.vague ?? d.range)) &&
  (c.qualifier ?? null) === (d.qualifier ?? null);

/** Curated records that give a figure (not events, not missing). */
const figures = curated.records.filter(
  (r) => r.value && r.value.missing === undefined && (r.value.amount !== null || r.value.vague || r.value.range),
);

describe('draft of the seed against the curated dataset', () => {
  const found = figures.map((c) => ({ c, d: draft.dataset.records.filter((d) => overlaps(c.quote, d.quote)) }));
  const agreeing = found.filter(({ c, d }) => d.some((r) => agrees(c.value!, r.value)));
  const missed = found.filter(({ c, d }) => !d.some((r) => agrees(c.value!, r.value))).map(({ c }) => c.id);
  const recall = found.filter(({ d }) => d.length > 0).length / figures.length;
  const agreement = agreeing.length / figures.length;
  const extra = draft.dataset.records.filter((d) => !figures.some((c) => overlaps(c.quote, d.quote) && agrees(c.value!, d.value)));
  console.log(
    `seed draft: ${figures.length} curated figures; found ${Math.round(recall * 100)}%, same unit, amount and qualifier ${agreeing.length}/${figures.length} (${Math.round(agreement * 100)}%); missed: ${missed.join(', ') || 'none'}; ${extra.length} drafted records the editors did not keep: ${extra.map((r) => r.quote).join(' | ')}`,
  );

  it('finds every curated figure where the report words it', () => {
    expect(recall).toBe(1);
  });

  it('reads the same unit, amount and qualifier as the editors', () => {
    expect(missed).toEqual([]);
  });

  it('dates the figures as the editors did where the report gives a date', () => {
    const dated = agreeing.filter(({ c }) => c.date.value);
    const sameDate = dated.filter(({ c, d }) =>
      d.some((r) => agrees(c.value!, r.value) && r.date.value === c.date.value && r.date.precision === c.date.precision),
    );
    console.log(`seed draft: dates agree for ${sameDate.length}/${dated.length} dated figures`);
    expect(sameDate.length / dated.length).toBeGreaterThanOrEqual(0.9);
  });

  it('attributes the figures the editors attributed to a named source', () => {
    const named = agreeing.filter(({ c }) => c.source?.name);
    const sameSource = named.filter(({ c, d }) =>
      d.some(
        (r) => agrees(c.value!, r.value) && r.source?.name && (r.source.name.includes(c.source!.name!) || c.source!.name!.includes(r.source.name)),
      ),
    );
    console.log(`seed draft: named sources agree for ${sameSource.length}/${named.length}`);
    expect(sameSource.length).toBe(named.length);
  });
});
