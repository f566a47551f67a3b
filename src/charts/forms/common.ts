/** Small pieces several forms draw or say alike. */
import { format } from 'd3-format';
import { el, type SvgNode } from '../svg.ts';
import { fill, type Tone } from '../palette.ts';
import { textLines } from '../labels.ts';
import { textWidth, wrapText } from '../text.ts';
import type { Layout } from '../types.ts';
import { unitInfo, type ChartRecord } from '../record.ts';
import { dateText, valueWords } from '../words.ts';
import { t } from '../../i18n/strings.ts';
import { isQualifier, qualifierMeaning } from '../../lib/qualifiers.ts';

const oneDecimal = format('.1~f');

/** How many times one figure is another, rounded the way a reader says it: 33, 16.7, 2.3. */
export function times(a: number, b: number): string {
  const r = a / b;
  return r >= 10 ? String(Math.round(r)) : oneDecimal(r);
}

/** Whether the report's word says the figure goes on past the number (超2.7万人, 至少). */
export const qualifierKind = (word?: string): 'over' | 'other' => {
  const meaning = word && isQualifier(word) ? qualifierMeaning(word) : 'exact';
  return meaning === 'over' || meaning === 'atLeast' ? 'over' : 'other';
};

/** "微软 → OpenAI" for a deal, else the company, else the record's label. */
export function pairLabel(r: ChartRecord): string {
  const { investor, recipient, company } = r.entities;
  return investor && recipient ? `${investor} → ${recipient}` : (company ?? r.label);
}

/** What to write where a figure has no amount: the report's vague words, or what is not given. */
export function missingWords(r: ChartRecord): string {
  const v = r.value;
  if (v?.vague?.length) return `${valueWords(r)}（确切数字未披露）`;
  const none = !v
    ? t.chart.undisclosed
    : unitInfo(v.unit).dimension === 'currency'
      ? t.chart.noAmount
      : v.unit === 'people'
        ? t.chart.noFigure
        : t.chart.noNumber;
  return r.detail ? `${r.detail}（${none}）` : none;
}

/** The lines of the upright note of a row without an amount, with its date when known, wrapped to a width (never at the dot between them). */
export function missingLines(r: ChartRecord, size: number, width: number): string[] {
  const parts = [missingWords(r), r.date.value ? dateText(r) : undefined].filter((p): p is string => Boolean(p));
  const lines: string[] = [];
  for (const part of parts) {
    const joined = lines.length ? `${lines.at(-1)} · ${part}` : part;
    if (lines.length && textWidth(joined, size) <= width) lines[lines.length - 1] = joined;
    else lines.push(...wrapText(part, size, width));
  }
  return lines;
}

/** Width a row's note has: the whole drawing when labels stand above marks, else what the label column leaves (at least 66 %). */
export const noteWidth = (layout: Pick<Layout, 'width' | 'narrow'>) => (layout.narrow ? layout.width : Math.floor(layout.width * 0.66) - 8);

/** The upright note of a row without an amount, in the muted tone, set apart from the row's label. */
export function missingNote(r: ChartRecord, { x, y, size, width }: { x: number; y: number; size: number; width: number }): SvgNode {
  return textLines(missingLines(r, size, width), { x, y, size, tone: 'muted' });
}

/** "超": the figure goes on past the bar's end. */
export function overArrow(end: number, y: number, h: number, tone: Tone): SvgNode {
  return el('path', { d: `M${end + 2},${y} l10,${h / 2} l-10,${h / 2}z`, ...fill(tone) });
}
