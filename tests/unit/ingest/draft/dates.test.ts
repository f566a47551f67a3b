/** Dates an editor would write for a figure, read from its sentence against the report's date. */
import { describe, expect, it } from 'vitest';
import { dateOf } from '../../../../src/ingest/draft/dates.ts';
import { clauses, spanAt, subSentences } from '../../../../src/ingest/draft/clauses.ts';

const april = { value: '2024-04', precision: 'month' } as const;
const dateAt = (paragraph: string, figure: string, published: { value: string; precision: 'day' | 'month' | 'year' } = april) => {
  const at = paragraph.indexOf(figure);
  return dateOf(paragraph, at, { subSentence: spanAt(subSentences(paragraph), at), clause: spanAt(clauses(paragraph), at) }, published);
};

describe('dates of drafted figures', () => {
  it('keeps explicit dates at their own precision', () => {
    expect(dateAt('截至2023年12月,累计投资已达130亿美元。', '130亿')).toEqual({ value: '2023-12', precision: 'month', asOf: true });
    expect(dateAt('2023年第四季度,装机达到5吉瓦。', '5吉瓦')).toEqual({ value: '2023-Q4', precision: 'quarter' });
    expect(dateAt('Meta在2023年初进行了万人大裁员。', '万人')).toEqual({ value: '2023', precision: 'year', part: 'early' });
    expect(dateAt('2024年3月15日,价格降至0.5元/瓦时。', '0.5元')).toEqual({ value: '2024-03-15', precision: 'day' });
  });

  it('resolves 今年, 去年, 上个月 and 本月初 against the report date, keeping the words', () => {
    expect(dateAt('今年2月末,公司投资3亿元。', '3亿元')).toEqual({
      value: '2024-02',
      precision: 'month',
      part: 'late',
      relative: { text: '今年2月末' },
    });
    expect(dateAt('去年,销量增长了两成。', '两成')).toMatchObject({ value: '2023', precision: 'year', relative: { text: '去年' } });
    expect(dateAt('上个月,微软支付6.5亿美元。', '6.5亿')).toEqual({ value: '2024-03', precision: 'month', relative: { text: '上个月' } });
    expect(dateAt('本月初,工厂裁员300人。', '300人')).toEqual({ value: '2024-04', precision: 'month', part: 'early', relative: { text: '本月初' } });
    expect(dateAt('上个月,工厂裁员300人。', '300人', { value: '2024-01-09', precision: 'day' })).toMatchObject({
      value: '2023-12',
      precision: 'month',
    });
  });

  it('counts back from an earlier date of the paragraph, to the month the words allow', () => {
    const p = '4月10日,微软称将投资29亿美元;两周之前,亚马逊追加投资27.5亿美元。';
    expect(dateAt(p, '29亿')).toEqual({ value: '2024-04-10', precision: 'day', relative: { text: '4月10日' } });
    expect(dateAt(p, '27.5亿')).toEqual({ value: '2024-03', precision: 'month', relative: { text: '两周之前', anchor: '4月10日' } });
    expect(dateAt('微软5年前投资10亿美元。', '10亿')).toEqual({ value: '2019', precision: 'year', relative: { text: '5年前' } });
  });

  it('dates 年初, 上半年 and a month without its year in the year of the report', () => {
    expect(dateAt('年初报价在0.5元左右。', '0.5元')).toEqual({ value: '2024', precision: 'year', part: 'early', relative: { text: '年初' } });
    expect(dateAt('去年年初,报价为0.9元。', '0.9元')).toMatchObject({ value: '2023', part: 'early' });
    expect(dateAt('2023年上半年,装机达到5吉瓦。', '5吉瓦')).toEqual({ value: '2023', precision: 'year' });
    expect(dateAt('5月份,销售面积为7151万平方米。', '7151万', { value: '2024-06', precision: 'month' })).toEqual({
      value: '2024-05',
      precision: 'month',
      relative: { text: '5月份' },
    });
  });

  it('does not date a figure by what it is compared with (比去年, 5月同期)', () => {
    expect(dateAt('6月上半月,日均成交约1000套,比5月同期增长近三成。', '增长', { value: '2024-07', precision: 'month' })).toMatchObject({
      value: '2024-06',
    });
    // The base is no date: the figure is of the report's time, which the words leave unnamed.
    expect(dateAt('占比接近七成,比去年提高了约8个百分点。', '提高')).toEqual({ missing: expect.stringContaining('比较的基期“去年”') });
    expect(dateAt('日均接诊量已超过1500人次,是去年同期的近两倍,候诊时间最长时达到5个小时。', '近两倍')).toEqual({
      missing: expect.stringContaining('去年同期'),
    });
    expect(dateAt('日均接诊量是去年同期的近两倍,候诊时间最长时达到5个小时。', '5个')).toEqual({ missing: '报道未给出这一数字的时间' });
  });

  it('reads a month without its year as the latest such month not after the report', () => {
    const january = { value: '2024-01-15', precision: 'day' } as const;
    expect(dateAt('12月以来该药的销量同比增长了约3倍。', '约3倍', january)).toEqual({
      value: '2023-12',
      precision: 'month',
      relative: { text: '12月' },
    });
    expect(dateAt('1月10日,门诊量达到1500人次。', '1500', january)).toMatchObject({ value: '2024-01-10' });
    expect(dateAt('1月20日,门诊量达到1500人次。', '1500', january)).toMatchObject({ value: '2023-01-20' });
    expect(dateAt('上周,门诊量达到1500人次。', '1500', january)).toMatchObject({ value: '2024-01', relative: { text: '上周' } });
    expect(dateAt('上个月,门诊量达到1500人次。', '1500', january)).toMatchObject({ value: '2023-12' });
  });

  it('says why when the words give no date, or one the report date cannot resolve', () => {
    expect(dateAt('薪酬中位数接近40万美元。', '40万')).toHaveProperty('missing');
    expect(dateAt('上个月,工厂裁员300人。', '300人', { value: '2024', precision: 'year' })).toHaveProperty('missing');
  });

  it('does not take a date from another sub-sentence', () => {
    expect(dateAt('2023年,公司裁员1万人;另一家公司裁员500人。', '500人')).toHaveProperty('missing');
  });
});
