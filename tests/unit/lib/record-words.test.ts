/** A record worded as readers see it everywhere (charts, tables, data page, CSV, cards, feeds). */
import { describe, expect, it } from 'vitest';
import {
  changeWords,
  dateText,
  dateWords,
  equivalentWords,
  quantityWords,
  sourceWords,
  valueWords,
  type WordedRecord,
} from '../../../src/lib/record-words.ts';
import { formatQuantity } from '../../../src/lib/format.ts';
import { t } from '../../../src/i18n/strings.ts';

const rec = (r: Partial<WordedRecord>): WordedRecord => ({ value: null, quote: '', date: {}, ...r });

describe('valueWords', () => {
  it('uses the report’s own words when the quote holds the figure', () => {
    const r = rec({ value: { unit: 'people', amount: 27_000, qualifier: '超' }, quote: '亚马逊已裁掉超2.7万名员工' });
    expect(valueWords(r)).toBe('超2.7万名');
    const usd = rec({ value: { unit: 'USD', amount: 400_000_000, qualifier: '近' }, quote: '融资近4亿美金' });
    expect(valueWords(usd)).toBe('近4亿美金');
  });

  it('falls back to house wording when the quote words another figure or another qualifier', () => {
    const q = { unit: 'people', amount: 27_000, qualifier: '超' } as const;
    expect(valueWords(rec({ value: q, quote: '亚马逊已裁掉约2.7万名员工' }))).toBe(formatQuantity(q));
    expect(valueWords(rec({ value: q, quote: '亚马逊已裁掉超3万名员工' }))).toBe(formatQuantity(q));
    expect(formatQuantity(q)).toContain('2.7万');
  });

  it('does not take a unit word without a numeral (万人大裁员) as the figure', () => {
    const r = rec({ value: { unit: 'people', amount: 10_000 }, quote: '一场万人大裁员' });
    expect(valueWords(r)).not.toBe('万人');
    expect(valueWords(r)).toContain('1万');
  });

  it('says 未披露 for a figure the report does not give, never 0, and nothing for an event', () => {
    const missing = valueWords(rec({ value: { unit: 'CNY', amount: null, missing: '未透露金额' }, quote: '投资金额未透露' }));
    expect(missing).toBe(t.undisclosed);
    expect(missing).not.toMatch(/0/);
    expect(valueWords(rec({ value: null, quote: '谷歌宣布裁员' }))).toBe('');
  });

  it('words a vague figure in its own words, with no invented number', () => {
    const vague = valueWords(rec({ value: { unit: 'CNY', amount: null, vague: ['数十亿'] }, quote: '投入数十亿元人民币' }));
    expect(vague).toContain('数十亿');
    expect(vague).not.toMatch(/\d/);
    expect(quantityWords({ unit: 'USD', amount: null, vague: ['数十万', '几百万'] })).toMatch(/数十万.*几百万/);
  });

  it('words a change from the quote when it holds it, else from its parts', () => {
    const c = {
      direction: 'down' as const,
      from: { unit: 'CNY/t', amount: 12_000 },
      to: { unit: 'CNY/t', amount: 8000, qualifier: '左右' as const },
    };
    expect(valueWords(rec({ change: c, quote: '价格从每吨1.2万元降至8000元左右' }))).toBe('从每吨1.2万元降至8000元左右');
    const house = changeWords(c);
    expect(house).toMatch(/^从.*降至.*左右/);
    expect(changeWords({ direction: 'up', by: { unit: 'times', amount: 1, qualifier: '超过' } })).toMatch(/^增长超过/);
  });
});

describe('equivalentWords', () => {
  it('words the report’s own conversion, and nothing when there is none', () => {
    const r = rec({
      value: { unit: 'USD', amount: 400_000 },
      equivalent: { unit: 'CNY', amount: 2_900_000, qualifier: '约合' },
      quote: '年薪40万美元（约合人民币290万元）',
    });
    expect(equivalentWords(r)).toBe('约合人民币290万元');
    expect(equivalentWords(rec({ value: { unit: 'USD', amount: 1 } }))).toBeUndefined();
  });
});

describe('dates', () => {
  it('words a date at its precision, as-of and inferred dates marked', () => {
    expect(dateWords({ value: '2024-04-10', precision: 'day' })).toBe('2024年4月10日');
    expect(dateWords({ value: '2023', precision: 'year', part: 'early' })).toBe('2023年初');
    expect(dateText({ date: { value: '2023-12', precision: 'month', asOf: true } })).toBe(t.chart.asOf('2023年12月'));
    expect(dateText({ date: { value: '2024-03', precision: 'month', relative: { text: '上个月' } } })).toBe(`2024年3月（${t.chart.inferred}）`);
  });

  it('says the date is not given, rather than guessing one', () => {
    expect(dateWords({ missing: '累计数' })).toBeUndefined();
    expect(dateText({ date: { missing: '累计数' } })).toBe(t.chart.noDate);
  });
});

describe('sourceWords', () => {
  it('names the source with its detail, and nothing for an unnamed one', () => {
    expect(sourceWords({ source: { name: '红杉资本', detail: 'AI Ascent 2024' } })).toBe('红杉资本 AI Ascent 2024');
    expect(sourceWords({ source: { name: 'Levels.fyi' } })).toBe('Levels.fyi');
    expect(sourceWords({ source: { hedge: '消息显示' } })).toBeUndefined();
    expect(sourceWords({})).toBeUndefined();
  });
});
