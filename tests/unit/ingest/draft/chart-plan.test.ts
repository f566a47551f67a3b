/** Charts group figures that can share an axis, in a form that fits them, after their paragraph. */
import { describe, expect, it } from 'vitest';
import { planCharts, type PlacedRecord } from '../../../../src/ingest/draft/chart-plan.ts';
import type { DraftRecord, Quantity } from '../../../../src/ingest/draft/types.ts';

let n = 0;
function placed(
  value: Quantity | null,
  opts: Partial<PlacedRecord> & { change?: DraftRecord['change']; date?: DraftRecord['date'] } = {},
): PlacedRecord {
  n++;
  const record: DraftRecord = {
    id: `r${n}`,
    label: `记录${n}`,
    entities: {},
    value,
    ...(opts.change ? { change: opts.change } : {}),
    date: opts.date ?? { missing: '无' },
    quote: `第${n}句`,
  };
  return {
    record,
    section: opts.section ?? 0,
    line: opts.line ?? n,
    subSentence: opts.subSentence ?? `s${n}`,
    inParagraph: opts.inParagraph ?? true,
  };
}
const usd = (amount: number): Quantity => ({ unit: 'USD', amount });

describe('chart plan', () => {
  it('puts amounts of one unit and section in bars, never mixing units', () => {
    const rs = [placed(usd(1)), placed(usd(2)), placed({ unit: 'people', amount: 3 }), placed(usd(4)), placed({ unit: 'people', amount: 5 })];
    const charts = planCharts(rs, ['第一节']);
    expect(charts.map((c) => [c.form, c.records])).toEqual([
      ['bars', ['r1', 'r2', 'r4']],
      ['bars', ['r3', 'r5']],
    ]);
  });

  it('uses range when a group holds a range or vague amount, change for changes, ratio for a contrasted pair', () => {
    const range = [placed(usd(5)), placed({ unit: 'USD', amount: null, vague: ['数十万', '几百万'] })];
    const change = [placed(null, { change: { direction: 'down', from: { unit: 'CNY/Wh', amount: 0.9 }, to: { unit: 'CNY/Wh', amount: 0.5 } } })];
    const pair = [placed(usd(500), { subSentence: 'same', section: 1 }), placed(usd(30), { subSentence: 'same', section: 1 })];
    const forms = planCharts([...range, ...change, ...pair], ['一', '二']).map((c) => c.form);
    expect(forms.sort()).toEqual(['change', 'range', 'ratio']);
  });

  it('places each chart after the quote of its last record in a paragraph, with unique ids', () => {
    const rs = [placed(usd(1), { line: 2 }), placed(usd(2), { line: 3 }), placed(usd(3), { line: 4, inParagraph: false })];
    const [chart] = planCharts(rs, ['一'], new Set(['yi-jine-duibi']));
    expect(chart.after).toBe(rs[1].record.quote);
    expect(chart.id).not.toBe('yi-jine-duibi');
    expect(chart.title).not.toMatch(/\d/);
  });

  it('leaves lone figures uncharted', () => {
    expect(planCharts([placed(usd(1)), placed({ unit: 'people', amount: 2 })], ['一'])).toEqual([]);
  });
});
