/**
 * The draft of the second report of tests/fixtures/multi (energy storage), on
 * the readings a new user found wrong: a change worded 由…降至…，下降了…, a
 * period (今年前8个月), dates relative to the report's date (年初, 目前),
 * sources named in the previous sentence (他预计) or hedged (据不完全统计), and
 * charts that only set comparable figures side by side.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../../src/ingest/draft/draft.ts';
import { ingestChecks } from '../../../../src/ingest/draft/ingest-checks.ts';

const slug = 'energy-storage-2024-09';
const file = `tests/fixtures/multi/reports/${slug}.txt`;
const text = readFileSync(file, 'utf8');
const meta = JSON.parse(readFileSync(file.replace(/\.txt$/, '.meta.json'), 'utf8'));
const draft = draftReport({ slug, text, published: meta.published, ...ingestChecks(slug, text) });
const records = draft.dataset.records;
const quoting = (words: string) => records.filter((r) => r.quote.includes(words));

describe(`draft of ${slug}`, () => {
  it('reads 由去年同期的22%降至17%，下降了5个百分点 as one change with its size', () => {
    const [margin, ...more] = quoting('22%');
    expect(more).toEqual([]);
    expect(margin.value).toBeNull();
    expect(margin.change).toEqual({
      direction: 'down',
      from: { unit: 'percent', amount: 22 },
      to: { unit: 'percent', amount: 17 },
      by: { unit: 'pp', amount: 5 },
    });
    expect(margin.label).toBe('头部企业储能系统毛利率');
  });

  it('takes 今年前8个月 for the period of the export growth, not a figure', () => {
    expect(records.filter((r) => r.value?.unit === 'months' && r.value.amount === 8)).toEqual([]);
    expect(quoting('出口额')[0].period).toBe('今年前8个月');
  });

  it('dates 目前 against the report and reads the fall from 0.5元 to 0.3–0.35元 as one change', () => {
    const [price, ...more] = quoting('0.35元');
    expect(more).toEqual([]);
    expect(price.change).toMatchObject({
      direction: 'down',
      from: { unit: 'CNY/Wh', amount: 0.5, qualifier: '左右' },
      to: { unit: 'CNY/Wh', range: [0.3, 0.35] },
    });
    expect(price.date).toMatchObject({ value: '2024-09', precision: 'month', relative: { text: '目前' } });
    expect(price.label).toBe('储能电芯平均报价');
  });

  it('attributes 他预计 to the person of the sentence before, and keeps 据不完全统计 as a hedge', () => {
    expect(quoting('300吉瓦')[0].source).toEqual({ name: '一位券商分析师' });
    expect(quoting('超过50家')[0].source).toEqual({ hedge: '据不完全统计' });
    expect(quoting('约三成')[0].source).toEqual({ name: '一位参与过多次集中采购的人士' });
    expect(quoting('约四成')[0].source).toEqual({ name: '海关' });
    for (const r of records) expect(r.source?.name ?? '', r.quote).not.toMatch(/\d|以来|^他$|不完全/);
  });

  it('labels name what is measured', () => {
    expect(quoting('13.7吉瓦')[0].label).toBe('中国新型储能新增投运装机规模');
    expect(quoting('1.2万元')[0].label).toBe('电解液价格');
    expect(quoting('开工率')[0].label).toBe('正极材料企业开工率');
    for (const r of records) expect(r.label, r.quote).not.toMatch(/^(?:上半年|前|一家.*)$|之间|[()（）]/);
  });

  it('never charts 开工率 with 毛利率, nor a lone figure in bars', () => {
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const chart of draft.charts.charts) {
      const labels = chart.records.map((id) => byId.get(id)!.label);
      expect(labels.some((l) => l.includes('开工率')) && labels.some((l) => l.includes('毛利率')), chart.title).toBe(false);
      if (chart.form === 'bars') expect(chart.records.length).toBeGreaterThan(1);
      expect(chart.title).not.toMatch(/：/);
    }
  });
});
