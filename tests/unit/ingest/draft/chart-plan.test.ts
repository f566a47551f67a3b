/** Charts group figures that measure the same thing, in a form that fits them, after their paragraph. */
import { beforeEach, describe, expect, it } from 'vitest';
import { planCharts, type PlacedRecord } from '../../../../src/ingest/draft/chart-plan.ts';
import type { DraftRecord, Quantity } from '../../../../src/ingest/draft/types.ts';

let n = 0;
function placed(
  label: string,
  value: Quantity | null,
  opts: Partial<PlacedRecord> & { change?: DraftRecord['change']; date?: DraftRecord['date']; quote?: string } = {},
): PlacedRecord {
  n++;
  const record: DraftRecord = {
    id: `r${n}`,
    label,
    entities: {},
    value,
    ...(opts.change ? { change: opts.change } : {}),
    date: opts.date ?? { missing: '无' },
    quote: opts.quote ?? `第${n}句`,
  };
  return {
    record,
    section: opts.section ?? 0,
    line: opts.line ?? n,
    subSentence: opts.subSentence ?? `s${n}`,
    inParagraph: opts.inParagraph ?? true,
  };
}
const pct = (amount: number): Quantity => ({ unit: 'percent', amount });
const usd = (amount: number): Quantity => ({ unit: 'USD', amount });

describe('chart plan', () => {
  beforeEach(() => {
    n = 0;
  });

  it('sets side by side only figures of one unit that measure the same thing', () => {
    const rs = [
      placed('头部企业毛利率', pct(17)),
      placed('正极材料企业开工率', pct(60)),
      placed('行业平均毛利率', pct(20)),
      placed('行业平均开工率', { unit: 'people', amount: 5 }),
    ];
    const charts = planCharts(rs);
    expect(charts.map((c) => [c.form, c.records])).toEqual([['bars', ['r1', 'r3']]]);
    expect(charts[0].title).toBe('毛利率对比');
  });

  it('never sets a total beside a single figure, nor a change of a figure beside the figure', () => {
    const rs = [placed('中超球队总身价', usd(1.1e8)), placed('外援身价', usd(5.5e6)), placed('城市数量增加', { unit: 'items', amount: 4 })];
    expect(planCharts(rs)).toEqual([]);
  });

  it('uses range beside exact figures of the measure, change for a change with both ends, ratio for a pair of one sentence', () => {
    const range = [placed('外援身价', usd(5.5e6)), placed('多数外援身价', { unit: 'USD', amount: null, range: [1e6, 3e6] })];
    const change = [
      placed('电解液价格', null, { change: { direction: 'down', from: { unit: 'CNY/t', amount: 12000 }, to: { unit: 'CNY/t', amount: 8000 } } }),
    ];
    const pair = [
      placed('购买芯片花费', usd(500), { subSentence: 'same', section: 1 }),
      placed('拉动营收', usd(30), { subSentence: 'same', section: 1 }),
    ];
    const charts = planCharts([...range, ...change, ...pair]);
    expect(charts.map((c) => c.form).sort()).toEqual(['change', 'range', 'ratio']);
    expect(charts.find((c) => c.form === 'change')?.title).toBe('电解液价格变化');
  });

  it('gives a lone share of a whole a part-whole chart and other lone figures none', () => {
    const charts = planCharts([
      placed('锂离子电池储能占比', pct(90), { quote: '锂离子电池储能的占比超过九成' }),
      placed('开工率', pct(60)),
      placed('营收', usd(3)),
    ]);
    expect(charts.map((c) => [c.form, c.records])).toEqual([['part-whole', ['r1']]]);
  });

  it('places each chart after the quote of its last record in a paragraph, with unique ids', () => {
    const rs = [placed('投资', usd(1), { line: 2 }), placed('投资', usd(2), { line: 3 }), placed('投资', usd(3), { line: 4, inParagraph: false })];
    const [chart] = planCharts(rs, new Set(['touzi-duibi']));
    expect(chart.after).toBe(rs[1].record.quote);
    expect(chart.id).not.toBe('touzi-duibi');
    expect(chart.title).not.toMatch(/\d/);
  });

  it('proposes only the charts the check passes', () => {
    const rs = [placed('毛利率', pct(1)), placed('毛利率', pct(2)), placed('身价', usd(1)), placed('身价', usd(2))];
    const charts = planCharts(rs, new Set(), (chart) => (chart.records.includes('r1') ? ['refused'] : []));
    expect(charts.map((c) => c.records)).toEqual([['r3', 'r4']]);
  });
});
