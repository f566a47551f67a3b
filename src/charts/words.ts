/** The words a chart says about a record: its value, date and source, as the report gives them. */
import type { DataRecord } from '../schemas/record.ts';
import { formatFigure, formatAmount } from '../lib/format.ts';
import { dateLabel } from '../lib/dates.ts';
import { t } from '../i18n/strings.ts';

/** "约40亿美元", "数十万到几百万美元", "未披露" */
export function valueText(r: DataRecord): string {
  const v = r.value;
  if (!v) return '';
  if (v.amount !== null) return formatFigure(v.amount, v.unit, v.qualifier);
  if (v.vague) return v.vague.join('到') + formatAmount(1, v.unit).replace(/^1/, '');
  return v.unit === 'people' ? t.chart.noFigure : t.chart.undisclosed;
}

/** "约合人民币290万元" */
export function cnyText(r: DataRecord): string | undefined {
  return r.cny && formatFigure(r.cny.amount, 'CNY', r.cny.qualifier);
}

/** "2024年3月（推算）", "截至2023年12月", "时间未披露" */
export function dateText(r: DataRecord): string {
  const d = r.date;
  if (!d.value || !d.precision) return t.chart.noDate;
  const label = dateLabel({ value: d.value, precision: d.precision, part: d.part });
  const withAsOf = d.asOf ? t.chart.asOf(label) : label;
  return d.relative ? `${withAsOf}（${t.chart.inferred}）` : withAsOf;
}

/** "Levels.fyi", "红杉资本 AI Ascent 2024" */
export function sourceName(r: DataRecord): string | undefined {
  return r.source?.name && [r.source.name, r.source.detail].filter(Boolean).join(' ');
}
