import { describe, expect, it } from 'vitest';
import { axisUnit, formatAmount, formatFigure, fractionWords } from '../../../src/lib/format.ts';

describe('formatAmount', () => {
  it('uses 亿 and 万 as Chinese newsrooms do', () => {
    expect(formatAmount(13_000_000_000, 'USD')).toBe('130亿美元');
    expect(formatAmount(1_250_000_000, 'USD')).toBe('12.5亿美元');
    expect(formatAmount(925_000, 'USD')).toBe('92.5万美元');
    expect(formatAmount(27_000, 'people')).toBe('2.7万人');
    expect(formatAmount(2_900_000, 'CNY')).toBe('人民币290万元');
    expect(formatAmount(49, 'percent')).toBe('49%');
    expect(formatAmount(500, 'USD')).toBe('500美元');
  });

  it('writes simple shares as Chinese fractions', () => {
    expect(formatAmount(0.333333, 'share')).toBe('三分之一');
    expect(fractionWords(0.5)).toBe('一半');
    expect(fractionWords(0.41)).toBeUndefined();
    expect(formatAmount(0.41, 'share')).toBe('41%');
  });
});

describe('formatFigure', () => {
  it('puts the qualifier where the report puts it', () => {
    expect(formatFigure(27_000, 'people', '超')).toBe('超2.7万人');
    expect(formatFigure(60, 'times', '以上')).toBe('60倍以上');
    expect(formatFigure(4e9, 'USD', '约')).toBe('约40亿美元');
    expect(formatFigure(4e9, 'USD')).toBe('40亿美元');
  });
});

describe('axisUnit', () => {
  it('names the scale the largest value needs', () => {
    expect(axisUnit(1.3e10, 'USD')).toBe('亿美元');
    expect(axisUnit(925_000, 'USD')).toBe('万美元');
    expect(axisUnit(27_000, 'people')).toBe('万人');
  });
});
