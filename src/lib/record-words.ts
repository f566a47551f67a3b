/**
 * The one place a record is worded for readers: its value, change, currency
 * equivalent, date and source. Charts, tables, 要点, the data page, the CSV,
 * cards and feeds all say a figure through here, so they say it the same way.
 * Where the record's quote holds the figure, the report's own words are used
 * (超2.7万名, 近4亿美金, 两周之内): validation has proved they hold this value.
 * Otherwise house wording from the unit registry (format.ts).
 */
import { t } from '../i18n/strings.ts';
import { dateLabel, type Part, type Precision } from './dates.ts';
import { findFigures, type Figure } from './figures.ts';
import { formatQuantity } from './format.ts';
import type { Change, Quantity } from './quantity.ts';
import { family, isUnitId, toBase } from './units.ts';
import { sameAmount } from './figures.ts';

/** What wording needs of a record (a DataRecord fits). */
export interface WordedRecord {
  value: Quantity | null;
  change?: Change;
  equivalent?: Quantity;
  quote: string;
  date: DateFields;
  source?: { name?: string; detail?: string; hedge?: string };
}

export interface DateFields {
  value?: string;
  precision?: Precision;
  part?: Part;
  asOf?: boolean;
  relative?: { text: string; anchor?: string };
  missing?: string;
}

const same = (a: number, ua: string, b: number, ub: string) => sameAmount(toBase(a, ua), toBase(b, ub));

/** Same figure, same qualifier: the words may stand for the record. */
function sameWords(a: Quantity, b: Quantity): boolean {
  if (!isUnitId(a.unit) || !isUnitId(b.unit) || family(a.unit) !== family(b.unit) || a.qualifier !== b.qualifier) return false;
  if (a.amount !== null || b.amount !== null) return a.amount !== null && b.amount !== null && same(a.amount, a.unit, b.amount, b.unit);
  if (a.range || b.range) return !!a.range && !!b.range && a.range.every((x, i) => same(x, a.unit, b.range![i], b.unit));
  return !!a.vague && !!b.vague && a.vague.join('|') === b.vague.join('|');
}

const figuresCache = new Map<string, Figure[]>();
function figuresIn(quote: string): Figure[] {
  let found = figuresCache.get(quote);
  if (!found) figuresCache.set(quote, (found = findFigures(quote)));
  return found;
}

/**
 * Whether the report's words can stand alone as a figure: they hold a numeral.
 * "万人大裁员" gives 万人 (10000 people), which reads as a figure only inside
 * its sentence; on its own the house wording 1万人 is used.
 */
const readsAlone = (text: string) => /[0-9０-９零〇一二两三四五六七八九十百千数几上]/.test(text);

/** The report's own words when the quote holds them, else house wording; undefined when missing. */
export function quantityWords(q: Quantity, quote?: string): string | undefined {
  if (q.missing !== undefined) return undefined;
  const own = quote ? figuresIn(quote).find((f) => f.quantity && sameWords(f.quantity, q) && readsAlone(f.text)) : undefined;
  return own?.text ?? formatQuantity(q);
}

function sameChange(a: Change, b: Change): boolean {
  return (
    a.direction === b.direction && (['from', 'to', 'by'] as const).every((s) => (!a[s] && !b[s]) || (!!a[s] && !!b[s] && sameWords(a[s]!, b[s]!)))
  );
}

/** 从1.2万元/吨降至8000元/吨左右, 增长超过一倍, 下降3个百分点 (house), or the quote's words. */
export function changeWords(c: Change, quote?: string): string {
  const own = quote ? figuresIn(quote).find((f) => f.change && sameChange(f.change, c)) : undefined;
  if (own) return own.text;
  const q = (x?: Quantity) => (x && formatQuantity(x)) ?? '';
  const up = c.direction === 'up';
  const from = c.from ? `从${q(c.from)}` : '';
  if (c.to) return `${from}${up ? '增至' : '降至'}${q(c.to)}`;
  return `${from}${up ? '增长' : '下降'}${q(c.by)}`;
}

/** The record's figure: quantity or change; 未披露 when the report gives none; '' for events. */
export function valueWords(r: WordedRecord): string {
  if (r.change) return changeWords(r.change, r.quote);
  if (!r.value) return '';
  return quantityWords(r.value, r.quote) ?? t.undisclosed;
}

/** 约合人民币290万元 */
export function equivalentWords(r: WordedRecord): string | undefined {
  return r.equivalent && quantityWords(r.equivalent, r.quote);
}

/** 2024年4月10日, 2023年第四季度, 2023年初; undefined when the report gives no date. */
export function dateWords(date: DateFields): string | undefined {
  return date.value !== undefined && date.precision !== undefined
    ? dateLabel({ value: date.value, precision: date.precision, part: date.part })
    : undefined;
}

/** "2024年3月（推算）", "截至2023年12月", "时间未披露" */
export function dateText(r: { date: DateFields }): string {
  const label = dateWords(r.date);
  if (!label) return t.chart.noDate;
  const withAsOf = r.date.asOf ? t.chart.asOf(label) : label;
  return r.date.relative ? `${withAsOf}（${t.chart.inferred}）` : withAsOf;
}

/** "Levels.fyi", "红杉资本 AI Ascent 2024" */
export function sourceWords(r: Pick<WordedRecord, 'source'>): string | undefined {
  return r.source?.name && [r.source.name, r.source.detail].filter(Boolean).join(' ');
}
