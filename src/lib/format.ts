/**
 * Figures in Chinese newsroom conventions: 130亿美元, 92.5万美元, 2.7万人, 49%,
 * 60倍, 三分之一, with the report's qualifier word kept (超2.7万人, 60倍以上).
 */
import { format } from 'd3-format';
import { QUALIFIERS, type QualifierWord, type Unit } from './cn-number.ts';

const trim = format('.4~r');
const POSTFIX = new Set<string>(['以上', '之内', '以内', '左右']);
const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1.3e10 -> { number: '130', scale: '亿' } */
export function scaled(amount: number): { number: string; scale: '' | '万' | '亿' } {
  const abs = Math.abs(amount);
  if (abs >= 1e8) return { number: trim(amount / 1e8), scale: '亿' };
  if (abs >= 1e4) return { number: trim(amount / 1e4), scale: '万' };
  return { number: trim(amount), scale: '' };
}

/** 1/3 -> 三分之一, 1/2 -> 一半; undefined when not a simple fraction. */
export function fractionWords(share: number): string | undefined {
  if (Math.abs(share - 0.5) < 1e-6) return '一半';
  for (let d = 3; d <= 10; d++) {
    const n = Math.round(share * d);
    if (n > 0 && n < d && Math.abs(share * d - n) < 1e-4) return `${CN_DIGITS[d]}分之${CN_DIGITS[n]}`;
  }
  return undefined;
}

export const UNIT_SUFFIX: Record<Unit, string> = {
  USD: '美元',
  CNY: '元',
  people: '人',
  percent: '%',
  share: '',
  times: '倍',
  weeks: '周',
  years: '年',
  count: '个',
};

/** The bare amount with its unit: 130亿美元, 人民币290万元, 2.7万人, 49%. */
export function formatAmount(amount: number, unit: Unit): string {
  if (unit === 'share') return fractionWords(amount) ?? `${trim(amount * 100)}%`;
  if (unit === 'percent') return `${trim(amount)}%`;
  const { number, scale } = scaled(amount);
  const body = `${number}${scale}${UNIT_SUFFIX[unit]}`;
  return unit === 'CNY' ? `人民币${body}` : body;
}

/** With the qualifier where the report puts it: 约40亿美元, 60倍以上. */
export function formatFigure(amount: number, unit: Unit, qualifier?: QualifierWord): string {
  const body = formatAmount(amount, unit);
  if (!qualifier) return body;
  return POSTFIX.has(qualifier) ? body + qualifier : qualifier + body;
}

/** Unit name for axis titles: 亿美元, 万人. Picks the scale the largest value needs. */
export function axisUnit(max: number, unit: Unit): string {
  const { scale } = scaled(max);
  return scale + (unit === 'CNY' ? '元人民币' : UNIT_SUFFIX[unit]);
}

export function qualifierKind(word?: QualifierWord) {
  return word ? QUALIFIERS[word] : 'exact';
}
