/** Pieces several forms say alike: ratios as readers say them, pair labels, and what stands where a figure is missing. */
import { describe, expect, it } from 'vitest';
import { missingWords, pairLabel, qualifierKind, times } from '../../../../src/charts/forms/common.ts';
import { t } from '../../../../src/i18n/strings.ts';
import { record } from '../fixtures.ts';

describe('times', () => {
  it('rounds to a whole number from ten up, else to one decimal without a trailing zero', () => {
    expect(times(100, 3)).toBe('33');
    expect(times(50, 3)).toBe('17');
    expect(times(29, 3)).toBe('9.7');
    expect(times(7, 3)).toBe('2.3');
    expect(times(4, 2)).toBe('2');
  });
});

describe('qualifierKind', () => {
  it('marks words that say the figure goes on past the number', () => {
    for (const w of ['超', '超过', '以上', '至少']) expect(qualifierKind(w), w).toBe('over');
    for (const w of ['约', '近', '不足', '多达', undefined, '不是限定词']) expect(qualifierKind(w), String(w)).toBe('other');
  });
});

describe('pairLabel', () => {
  const r = record('msft-openai-cumulative');
  it('names a deal by who invests in whom, else the company, else the label', () => {
    expect(pairLabel({ ...r, entities: { investor: '微软', recipient: 'OpenAI' } })).toBe('微软 → OpenAI');
    expect(pairLabel({ ...r, entities: { company: '谷歌' } })).toBe('谷歌');
    expect(pairLabel({ ...r, entities: { investor: '微软' } })).toBe(r.label);
  });
});

describe('missingWords', () => {
  const r = record('msft-openai-cumulative');
  it('says what is not given in the unit’s terms, with the record’s detail, never a number', () => {
    expect(missingWords({ ...r, value: { unit: 'USD', amount: null, missing: 'x' }, detail: undefined })).toBe(t.chart.noAmount);
    expect(missingWords({ ...r, value: { unit: 'people', amount: null, missing: 'x' }, detail: undefined })).toBe(t.chart.noFigure);
    expect(missingWords({ ...r, value: { unit: 'MWh', amount: null, missing: 'x' }, detail: undefined })).toBe(t.chart.noNumber);
    expect(missingWords({ ...r, value: null, detail: '分批投入' })).toBe(`分批投入（${t.chart.undisclosed}）`);
  });

  it('keeps the report’s vague words and says the exact figure is not given', () => {
    const words = missingWords({ ...r, value: { unit: 'USD', amount: null, vague: ['数十亿'] }, quote: '投入数十亿美元' });
    expect(words).toMatch(/^数十亿美元（确切数字未披露）$/);
  });
});
