/** A clause that continues a sentence for another subject takes the measure of the figure before it. */
import { describe, expect, it } from 'vitest';
import { borrowMeasure, levelOf, measureOf } from '../../../../src/ingest/draft/sibling-labels.ts';

const share = { label: '南方省份流感样病例占门诊病例总数比例', kind: 'value', dimension: 'percent' } as const;

describe('labels borrowed from a sibling figure', () => {
  it('gives a subject the measure of the figure before it (北方省份则达到9.1%)', () => {
    expect(borrowMeasure('北方省份', 'percent', [share], true)).toBe('北方省份流感样病例占门诊病例总数比例');
    expect(borrowMeasure('上海', 'currency', [{ label: '北京新房均价', kind: 'value', dimension: 'currency' }], true)).toBe('上海新房均价');
  });

  it('reads 远低于发达国家…的水平 as the level of the same measure for another subject', () => {
    expect(levelOf('远低于发达国家水平')).toBe('发达国家');
    expect(borrowMeasure('远低于发达国家水平', 'percent', [{ label: '我国流感疫苗接种率', kind: 'value', dimension: 'percent' }], false)).toBe(
      '发达国家流感疫苗接种率',
    );
    expect(borrowMeasure('远低于发达国家水平', 'percent', [], false)).toBe('发达国家水平');
  });

  it('keeps a label that names its own measure, another dimension, or a clause that does not continue', () => {
    expect(borrowMeasure('北方省份', 'percent', [share], false)).toBe('北方省份');
    expect(borrowMeasure('北方省份', 'count', [share], true)).toBe('北方省份');
    expect(borrowMeasure('北方省份门诊比例', 'percent', [share], true)).toBe('北方省份门诊比例');
  });

  it('cuts the sibling at a word boundary', () => {
    expect(measureOf('南方省份流感样病例占比', '北方省份')).toBe('流感样病例占比');
    expect(measureOf('我国流感疫苗接种率', '发达国家')).toBe('流感疫苗接种率');
  });
});
