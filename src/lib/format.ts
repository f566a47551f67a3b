/**
 * Figures in Chinese newsroom conventions, from the unit registry: 130亿美元,
 * 人民币290万元, 2.7万人, 49%, 60倍, 三分之一, 1.2万兆瓦时, 8000元/吨, with the
 * qualifier word where the report puts it (超2.7万人, 60倍以上, 300多家). This is
 * the site's house wording; record-words.ts prefers the report's own words.
 */
import { format } from 'd3-format';
import { QUALIFIERS, type QualifierWord } from './qualifiers.ts';
import type { Quantity } from './quantity.ts';
import { unit as unitOf } from './units.ts';

const trim = format('.4~r');
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

/** The number part: 2.7万, with an inside qualifier after it (2.7万多). */
const numberText = (amount: number, inside = '') => {
  const { number, scale } = scaled(amount);
  return number + scale + inside;
};

/** Prefix and suffix the site writes around a number of this unit. */
function around(unitId: string): { before: string; after: string } {
  const u = unitOf(unitId);
  return { before: u.per ? '' : (u.prefix ?? ''), after: u.suffix };
}

/** The bare amount with its unit: 130亿美元, 人民币290万元, 2.7万人, 49%, 三分之一. */
export function formatAmount(amount: number, unitId: string, inside = ''): string {
  const u = unitOf(unitId);
  if (u.dimension === 'share') return fractionWords(amount) ?? `${trim(amount * 100)}%`;
  if (u.dimension === 'percent') return `${trim(amount)}${inside}%`;
  const { before, after } = around(unitId);
  return `${before}${numberText(amount, inside)}${after}`;
}

const place = (q?: QualifierWord) => (q ? QUALIFIERS[q].place : undefined);

/** With the qualifier where the report puts it: 约40亿美元, 60倍以上, 300多家. */
export function formatFigure(amount: number, unitId: string, qualifier?: QualifierWord): string {
  const body = formatAmount(amount, unitId, place(qualifier) === 'inside' ? qualifier : '');
  return withQualifier(body, qualifier);
}

function withQualifier(body: string, qualifier?: QualifierWord): string {
  if (!qualifier || place(qualifier) === 'inside') return body;
  return place(qualifier) === 'after' ? body + qualifier : qualifier + body;
}

/** 6至9个月, 10%至15%, 1.2万至1.5万元; vague: 数十万到几百万美元 (never a number for a vague word). */
function formatSpan(q: Quantity): string | undefined {
  const u = unitOf(q.unit);
  const { before, after } = around(q.unit);
  if (q.range) {
    const [lo, hi] = q.range;
    const body =
      u.dimension === 'percent' || u.dimension === 'share'
        ? `${formatAmount(lo, q.unit)}至${formatAmount(hi, q.unit)}`
        : `${before}${numberText(lo)}至${numberText(hi)}${after}`;
    return withQualifier(body, q.qualifier);
  }
  if (q.vague) return withQualifier(`${before}${q.vague.join('到')}${u.dimension === 'percent' ? '%' : after}`, q.qualifier);
  return undefined;
}

/** A quantity in house wording; undefined when the report gives no figure. */
export function formatQuantity(q: Quantity): string | undefined {
  if (q.missing !== undefined) return undefined;
  if (q.amount !== null) return formatFigure(q.amount, q.unit, q.qualifier);
  return formatSpan(q);
}

/** Unit name for axis titles: 亿美元, 万人, 万兆瓦时. Picks the scale the largest value needs. */
export function axisUnit(max: number, unitId: string): string {
  const u = unitOf(unitId);
  if (u.dimension === 'percent' || u.dimension === 'share') return '%';
  const { scale } = scaled(max);
  return scale + (u.dimension === 'currency' && u.prefix ? `${u.suffix}${u.prefix}` : u.suffix);
}
