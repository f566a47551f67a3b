/**
 * The words a chart says about a record: value, equivalent, date and source.
 * Mirrors the contract's src/lib/record-words.ts (figures branch); once that is
 * merged these become re-exports of it, so charts, tables and pages word a
 * record alike.
 */
import type { ChartRecord, Quantity } from './record.ts';
import { chartRecord, unitInfo } from './record.ts';
import { fractionWords, scaled } from '../lib/format.ts';
import { dateLabel } from '../lib/dates.ts';
import { t } from '../i18n/strings.ts';

const POSTFIX = new Set(['以上', '之内', '以内', '左右']);
const withQualifier = (body: string, q?: string) => (!q ? body : POSTFIX.has(q) ? body + q : q + body);

/** The bare amount in its unit: 130亿美元, 人民币290万元, 2.7万人, 49%, 1.2万兆瓦时, 三分之一. */
export function amountWords(amount: number, unit: string): string {
  if (unit === 'share') return fractionWords(amount) ?? `${scaled(amount * 100).number}%`;
  const { suffix } = unitInfo(unit);
  if (unit === 'percent') return `${scaled(amount).number}%`;
  const { number, scale } = scaled(amount);
  return unit === 'CNY' ? `人民币${number}${scale}元` : `${number}${scale}${suffix}`;
}

/** "约40亿美元", "6到9个月", "数十万到几百万美元"; undefined when the figure is missing. */
export function quantityWords(q: Quantity): string | undefined {
  if (q.amount !== null) return withQualifier(amountWords(q.amount, q.unit), q.qualifier);
  const suffix = q.unit === 'CNY' ? '元人民币' : unitInfo(q.unit).suffix;
  if (q.range) {
    const [a, b] = q.range.map((n) => amountWords(n, q.unit));
    return withQualifier(`${a.replace(suffix, '')}到${b}`, q.qualifier);
  }
  if (q.vague?.length) return q.vague.join('到') + (q.unit === 'items' ? '个' : suffix);
  return undefined;
}

/** "从1.2万元/吨降至8000元/吨左右", "增长超过一倍", "下降了3个百分点". */
export function changeWords(r: ChartRecord): string {
  const c = r.change!;
  const verb = c.direction === 'up' ? '增长' : '下降';
  const [from, to, by] = [c.from, c.to, c.by].map((q) => q && quantityWords(q));
  if (from && to) return `从${from}${c.direction === 'up' ? '升至' : '降至'}${to}`;
  if (by) return `${verb}${c.by?.unit === 'times' && c.by.amount === 1 ? (c.by.qualifier ?? '') + '一倍' : by}`;
  return to ? `${c.direction === 'up' ? '升至' : '降至'}${to}` : `${verb}（${t.chart.undisclosed}）`;
}

/** The record's figure in words; t.chart.undisclosed when missing; '' for events. */
export function valueWords(r: ChartRecord): string {
  if (r.change) return changeWords(r);
  if (!r.value) return '';
  return quantityWords(r.value) ?? t.chart.undisclosed;
}

/** "约合人民币290万元" */
export function equivalentWords(r: ChartRecord): string | undefined {
  const e = r.equivalent;
  if (!e || e.amount === null) return undefined;
  return withQualifier(amountWords(e.amount, e.unit), e.qualifier);
}

/** "2024年3月（推算）", "截至2023年12月", "时间未披露" */
export function dateText(r: ChartRecord): string {
  const d = r.date;
  if (!d.value || !d.precision) return t.chart.noDate;
  const label = dateLabel({ value: d.value, precision: d.precision, part: d.part });
  const withAsOf = d.asOf ? t.chart.asOf(label) : label;
  return d.relative ? `${withAsOf}（${t.chart.inferred}）` : withAsOf;
}

/** "Levels.fyi", "红杉资本 AI Ascent 2024" */
export function sourceWords(r: ChartRecord): string | undefined {
  return r.source?.name && [r.source.name, r.source.detail].filter(Boolean).join(' ');
}

/** Older names, for callers outside the charts that still pass the seed's record shape (until the figures merge). */
export const valueText = (r: Parameters<typeof chartRecord>[0]) => valueWords(chartRecord(r));
export const cnyText = (r: Parameters<typeof chartRecord>[0]) => equivalentWords(chartRecord(r));
