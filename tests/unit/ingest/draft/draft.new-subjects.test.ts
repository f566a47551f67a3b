/**
 * Reports on subjects the seed never had (housing, football, flu …), drafted as a
 * new user would. For each, the figures a reader would expect, by the words
 * that give them, their unit and amount (and qualifier where the report words
 * one): recall is printed and held. The draft also ingests as it stands
 * (tests/unit/draft/ingest-checks.test.ts drafts every fixture report).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../../src/ingest/draft/draft.ts';
import { ingestChecks } from '../../../../src/ingest/draft/ingest-checks.ts';
import type { DraftRecord, Quantity } from '../../../../src/ingest/draft/types.ts';

type Want = Pick<Quantity, 'unit' | 'qualifier'> & { amount?: number; range?: [number, number] };
/** words in the quote; a plain value, or a change (from → to, by). */
type Expected = [words: string, want: Want | { direction: 'up' | 'down'; from?: Want; to?: Want; by?: Want }];

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const fits = (q: Quantity | undefined, w: Want | undefined) =>
  !w ||
  (!!q &&
    q.unit === w.unit &&
    (q.qualifier ?? undefined) === w.qualifier &&
    (w.amount !== undefined ? q.amount !== null && same(q.amount, w.amount) : JSON.stringify(q.range) === JSON.stringify(w.range)));
const matches = (r: DraftRecord, [words, want]: Expected) =>
  r.quote.includes(words) &&
  ('direction' in want
    ? r.change?.direction === want.direction && fits(r.change.from, want.from) && fits(r.change.to, want.to) && fits(r.change.by, want.by)
    : !r.change && fits(r.value ?? undefined, want));

const pct = (amount: number, qualifier?: Quantity['qualifier']): Want => ({ unit: 'percent', amount, qualifier });
const CASES: Record<string, Expected[]> = {
  'flu-season-2024-01': [
    ['比例为8.6%', pct(8.6)],
    ['上升了1.2个百分点', { direction: 'up', by: { unit: 'pp', amount: 1.2 } }],
    ['北方省份则达到9.1%', pct(9.1)],
    ['超过1500人次', { unit: 'visits', amount: 1500, qualifier: '超过' }],
    ['近两倍', { unit: 'times', amount: 2, qualifier: '近' }],
    ['5个小时', { unit: 'hours', amount: 5 }],
    ['增长了约3倍', { direction: 'up', by: { unit: 'times', amount: 3, qualifier: '约' } }],
    ['长达一周', { unit: 'weeks', amount: 1 }],
    ['不足4%', pct(4, '不足')],
    ['40%至60%', { unit: 'percent', range: [40, 60] }],
    ['100元到150元', { unit: 'CNY', range: [100, 150] }],
    ['20家医院', { unit: 'firms', amount: 20 }],
    ['约300张', { unit: 'sheets', amount: 300, qualifier: '约' }],
    ['0.63名', { unit: 'people', amount: 0.63 }],
    ['超过10万名', { unit: 'people', amount: 1e5, qualifier: '超过' }],
  ],
  'grain-harvest-2024-10': [
    ['2996万吨', { unit: 't', amount: 2.996e7 }],
    ['增加72.5万吨', { unit: 't', amount: 725000 }],
    ['增长0.5%', { direction: 'up', by: pct(0.5) }],
    ['1.4万亿斤', { unit: 'jin', amount: 1.4e12 }],
    ['17.9亿亩左右', { unit: 'mu', amount: 1.79e9, qualifier: '左右' }],
    ['约6.7亿亩', { unit: 'mu', amount: 6.7e8, qualifier: '约' }],
    ['超过1.5亿亩', { unit: 'mu', amount: 1.5e8, qualifier: '超过' }],
    ['2000亩小麦', { unit: 'mu', amount: 2000 }],
    ['620公斤', { unit: 'kg', amount: 620 }],
    ['近50公斤', { unit: 'kg', amount: 50, qualifier: '近' }],
    ['约为395公斤', { unit: 'kg', amount: 395, qualifier: '约' }],
    ['超过96%', pct(96, '超过')],
    ['接近九成', pct(90, '接近')],
    ['500公斤到600公斤', { unit: 'kg', range: [500, 600] }],
    ['超过800公斤', { unit: 'kg', amount: 800, qualifier: '超过' }],
    [
      '从年初的每斤1.45元降至1.2元左右',
      {
        direction: 'down',
        from: { unit: 'CNY/jin', amount: 1.45 },
        to: { unit: 'CNY/jin', amount: 1.2, qualifier: '左右' },
        by: pct(15, '约'),
      },
    ],
    ['每吨2200元', { unit: 'CNY/t', amount: 2200 }],
    ['达到三成', pct(30)],
    ['6个主产省份', { unit: 'items', amount: 6 }],
    ['每斤1.18元', { unit: 'CNY/jin', amount: 1.18 }],
    ['逾2000万吨', { unit: 't', amount: 2e7, qualifier: '逾' }],
    ['约为1200元', { unit: 'CNY', amount: 1200, qualifier: '约' }],
    ['三分之一以上', { unit: 'share', amount: 0.333333, qualifier: '以上' }],
    ['不足100元', { unit: 'CNY', amount: 100, qualifier: '不足' }],
    ['一半左右', { unit: 'share', amount: 0.5, qualifier: '左右' }],
    ['超过1200亿元', { unit: 'CNY', amount: 1.2e11, qualifier: '超过' }],
    ['约2亿户', { unit: 'households', amount: 2e8, qualifier: '约' }],
    ['100元至150元', { unit: 'CNY', range: [100, 150] }],
  ],
  'spring-travel-2024-02': [
    ['超过47亿人次', { unit: 'visits', amount: 4.7e9, qualifier: '超过' }],
    ['约1.9亿人次', { unit: 'visits', amount: 1.9e8, qualifier: '约' }],
    ['增长了约20%', { direction: 'up', by: pct(20, '约') }],
    ['接近八成', pct(80, '接近')],
    ['4300万辆左右', { unit: 'vehicles', amount: 4.3e7, qualifier: '左右' }],
    ['2.3亿人次', { unit: 'visits', amount: 2.3e8 }],
    ['增长近四成', { direction: 'up', by: pct(40, '近') }],
    ['1440万人次', { unit: 'visits', amount: 1.44e7 }],
    ['1200列以上', { unit: 'trains', amount: 1200, qualifier: '以上' }],
    ['2776公里', { unit: 'km', amount: 2776 }],
    ['约有400趟', { unit: 'trips', amount: 400, qualifier: '约' }],
    ['增至600多趟', { direction: 'up', to: { unit: 'trips', amount: 600, qualifier: '多' } }],
    ['超过2个小时', { unit: 'hours', amount: 2, qualifier: '超过' }],
    ['超过35万架次', { unit: 'sorties', amount: 3.5e5, qualifier: '超过' }],
    ['约为4800万人次', { unit: 'visits', amount: 4.8e7, qualifier: '约' }],
    [
      '每张1100元降至900元左右',
      { direction: 'down', from: { unit: 'CNY/sheets', amount: 1100 }, to: { unit: 'CNY/sheets', amount: 900, qualifier: '左右' } },
    ],
    ['上涨了三到五成', { direction: 'up', by: { unit: 'percent', range: [30, 50] } }],
    ['超过3000元', { unit: 'CNY', amount: 3000, qualifier: '超过' }],
    ['约2万个', { unit: 'items', amount: 2e4, qualifier: '约' }],
    [
      '1个多小时缩短到30分钟以内',
      { direction: 'down', from: { unit: 'hours', amount: 1, qualifier: '多' }, to: { unit: 'minutes', amount: 30, qualifier: '以内' } },
    ],
    ['8天', { unit: 'days', amount: 8 }],
    ['4.74亿人次', { unit: 'visits', amount: 4.74e8 }],
    ['增长19%', { direction: 'up', by: pct(19) }],
    ['6326.87亿元', { unit: 'CNY', amount: 6.32687e11 }],
    ['约为1335元', { unit: 'CNY', amount: 1335, qualifier: '约' }],
    ['约占一半', { unit: 'share', amount: 0.5 }],
    ['约占三分之一', { unit: 'share', amount: 0.333333 }],
  ],
  'housing-market-2024-06': [
    ['7151万平方米', { unit: 'm2', amount: 7.151e7 }],
    ['同比下降20.3%', { direction: 'down', by: pct(20.3) }],
    ['6844亿元', { unit: 'CNY', amount: 6.844e11 }],
    ['同比下降30.5%', { direction: 'down', by: pct(30.5) }],
    ['由20%降至15%', { direction: 'down', from: pct(20), to: pct(15) }],
    ['降至25%', { direction: 'down', to: pct(25) }],
    ['约1000套', { unit: 'homes', amount: 1000, qualifier: '约' }],
    ['增长近三成', { direction: 'up', by: pct(30, '近') }],
    ['一倍以上', { direction: 'up', by: { unit: 'times', amount: 1, qualifier: '以上' } }],
    ['上调了5%至8%', { direction: 'up', by: { unit: 'percent', range: [5, 8] } }],
    ['翻了一番', { direction: 'up', by: { unit: 'times', amount: 1 } }],
    ['不到一成', pct(10, '不到')],
    ['三分之一左右', { unit: 'share', amount: 0.333333, qualifier: '左右' }],
    ['70个大中城市', { unit: 'items', amount: 70 }],
    ['有68个', { unit: 'items', amount: 68 }],
    ['增加4个', { unit: 'items', amount: 4 }],
    ['每平方米1.66万元', { unit: 'CNY/m2', amount: 16600, qualifier: '约' }],
    ['微涨0.5%', { direction: 'up', by: pct(0.5) }],
    ['下跌了6.8%', { direction: 'down', by: pct(6.8) }],
    ['25个月', { unit: 'months', amount: 25 }],
    ['约为18个月', { unit: 'months', amount: 18, qualifier: '约' }],
    ['超过30个月', { unit: 'months', amount: 30, qualifier: '超过' }],
    ['3000亿元', { unit: 'CNY', amount: 3e11 }],
    ['5000亿元', { unit: 'CNY', amount: 5e11 }],
    ['超过20个城市', { unit: 'items', amount: 20, qualifier: '超过' }],
    ['人民币50亿元', { unit: 'CNY', amount: 5e9, qualifier: '约' }],
    ['3.45%', pct(3.45)],
    ['0.8个百分点', { direction: 'down', by: { unit: 'pp', amount: 0.8 } }],
    ['一到两成', { direction: 'down', by: { unit: 'percent', range: [10, 20] } }],
  ],
  'csl-season-2024-07': [
    ['2.4万人', { unit: 'people', amount: 24000 }],
    ['增长约16%', { direction: 'up', by: pct(16, '约') }],
    ['超过288万人次', { unit: 'visits', amount: 2.88e6, qualifier: '超过' }],
    ['积36分', { unit: 'score', amount: 36 }],
    ['领先第二名上海海港2分', { unit: 'score', amount: 2 }],
    ['打进了41球', { unit: 'goals', amount: 41 }],
    ['超过2.7球', { unit: 'goals', amount: 2.7, qualifier: '超过' }],
    ['16支球队', { unit: 'teams', amount: 16 }],
    ['约为1.1亿欧元', { unit: 'EUR', amount: 1.1e8, qualifier: '约' }],
    ['三年前的一半', { unit: 'share', amount: 0.5 }],
    ['550万欧元', { unit: 'EUR', amount: 5.5e6 }],
    ['100万到300万欧元', { unit: 'EUR', range: [1e6, 3e6] }],
    ['人民币1.5亿元', { unit: 'CNY', amount: 1.5e8 }],
    ['下调了约两成', { direction: 'down', by: pct(20, '约') }],
    ['58名', { unit: 'people', amount: 58 }],
    ['超过2.1万分钟', { unit: 'minutes', amount: 21000, qualifier: '超过' }],
    ['两倍多', { unit: 'times', amount: 2, qualifier: '多' }],
    ['7%左右', pct(7, '左右')],
    ['12亿元', { unit: 'CNY', amount: 1.2e9 }],
    ['增长约25%', { direction: 'up', by: pct(25, '约') }],
    ['赞助商5家', { unit: 'firms', amount: 5 }],
    ['350万人次', { unit: 'visits', amount: 3.5e6 }],
    ['增加了近四成', { direction: 'up', by: pct(40, '近') }],
    ['从1亿元提高到了3亿元', { direction: 'up', from: { unit: 'CNY', amount: 1e8 }, to: { unit: 'CNY', amount: 3e8 } }],
    ['超过三分之一', { unit: 'share', amount: 0.333333, qualifier: '超过' }],
  ],
};

for (const [slug, expected] of Object.entries(CASES)) {
  describe(`draft of ${slug}`, () => {
    const file = `tests/fixtures/draft/${slug}.txt`;
    const text = readFileSync(file, 'utf8');
    const meta = JSON.parse(readFileSync(file.replace(/\.txt$/, '.meta.json'), 'utf8'));
    const draft = draftReport({ slug, text, published: meta.published, ...ingestChecks(slug, text) });
    const records = draft.dataset.records;
    const missed = expected.filter((e) => !records.some((r) => matches(r, e)));
    // Recall: a record quotes the words; agreement: one of those has the unit, amount and qualifier expected.
    const located = expected.filter(([words]) => records.some((r) => r.quote.includes(words)));
    console.log(
      `${slug}: recall ${located.length}/${expected.length}, values agree ${expected.length - missed.length}/${located.length}; missed: ${missed.map(([w]) => w).join(', ') || 'none'}; ${records.length} records, ${draft.charts.charts.length} charts, unread: ${draft.unread.map((u) => u.text).join(' | ') || 'none'}`,
    );

    it('finds every figure a reader would expect, with its unit, amount and qualifier', () => {
      expect(located.length).toBe(expected.length);
      expect(missed.map(([w]) => w)).toEqual([]);
    });

    it('stores no figure the report gives as missing', () => {
      for (const r of records) expect(r.value?.missing, r.quote).toBeUndefined();
    });

    it('labels each record with a short phrase of its own, without the figure', () => {
      const labels = records.map((r) => r.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const r of records) {
        expect([...r.label].length, r.label).toBeGreaterThanOrEqual(2);
        expect([...r.label].length, r.label).toBeLessThanOrEqual(28);
        expect(r.label, r.quote).not.toMatch(/(?<![A-Za-z\d])\d|[()（）]/);
      }
    });

    it('charts only figures of one unit and measure, with titles that name it', () => {
      const byId = new Map(records.map((r) => [r.id, r]));
      for (const chart of draft.charts.charts) {
        const units = new Set(chart.records.map((id) => byId.get(id)!).map((r) => r.value?.unit ?? r.change?.to?.unit ?? r.change?.by?.unit));
        expect(units.size, chart.title).toBe(1);
        expect(chart.title, chart.title).not.toMatch(/：|\d/);
      }
    });
  });
}

describe('draft of flu-season-2024-01: what a reader of the figures would notice', () => {
  const slug = 'flu-season-2024-01';
  const file = `tests/fixtures/draft/${slug}.txt`;
  const text = readFileSync(file, 'utf8');
  const meta = JSON.parse(readFileSync(file.replace(/\.txt$/, '.meta.json'), 'utf8'));
  const draft = draftReport({ slug, text, published: meta.published, ...ingestChecks(slug, text) });
  const records = draft.dataset.records;
  const quoting = (words: string) => records.filter((r) => r.quote.includes(words));

  it('never dates a figure after the report (12月 in a January report is last December)', () => {
    for (const r of records) if (r.date.value) expect(r.date.value <= meta.published.value, `${r.quote}: ${r.date.value}`).toBe(true);
    expect(quoting('12月以来')[0].date).toMatchObject({ value: '2023-12', precision: 'month' });
  });

  it('does not date a figure by its comparison base (是去年同期的近两倍)', () => {
    const [twice] = quoting('近两倍');
    expect(twice.date.relative?.text).not.toBe('去年同期');
    expect(twice.date.value).toBeUndefined();
  });

  it('keeps the base of a rate out of the figures, and in the label', () => {
    expect(records.filter((r) => r.value?.amount === 1000)).toEqual([]);
    expect(quoting('0.63名')[0].label).toContain('每千名儿童');
    expect(quoting('缺口')[0].label).not.toContain('每千名');
  });

  it('names the measure of a figure that continues the sentence, and compares the two in one chart', () => {
    const north = quoting('北方省份')[0];
    const south = quoting('南方省份')[0];
    expect(north.label).toMatch(/^北方省份.*比例$/);
    expect(quoting('1.2个百分点')[0].label).toMatch(/比例增幅$/);
    expect(quoting('40%至60%')[0].label).toBe('发达国家流感疫苗接种率');
    const chart = draft.charts.charts.find((c) => c.records.includes(north.id));
    expect(chart?.form).toBe('bars');
    expect(chart?.records).toContain(south.id);
  });
});
