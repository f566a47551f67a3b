/**
 * A data mark readers can reach: a link to the sentence the figure comes from.
 * Its name (for screen readers) and its tooltip say the same thing: the
 * record's label, then everything the mark draws, in drawing order, then the
 * facts it does not draw (value, CNY, date) — so the visible text is always
 * part of the name, as WCAG 2.5.3 asks. No <title>: checkers count its words as
 * visible text, which the name would then have to repeat; without JavaScript
 * the drawn labels carry every figure, and the enhancer adds the tooltip.
 */
import { el, findAll, textOf, type Child, type SvgNode } from './svg.ts';
import { cnyText, dateText, valueText } from './words.ts';
import { t } from '../i18n/strings.ts';
import type { DataRecord } from '../schemas/record.ts';

export interface MarkInfo {
  record: DataRecord;
  /** The sentence the figure comes from; marks without one are still focusable. */
  href?: string;
  /** A fact to add that is neither drawn nor in the record's value or date. */
  note?: string;
}

/** Each <text> the mark draws, as one string (its tspans joined). */
function drawnTexts(children: Child[]): string[] {
  return children
    .flatMap((c) => findAll(c, (n) => n.tag === 'text'))
    .map((n) => textOf(n).join(''))
    .filter((s) => s.trim());
}

export function markName(record: DataRecord, children: Child[], note?: string): string {
  const drawn = drawnTexts(children);
  const facts = [valueText(record), cnyText(record), record.date.value ? dateText(record) : undefined, note];
  const missing = facts.filter((f): f is string => Boolean(f) && !drawn.some((d) => d.includes(f!)));
  const body = [...drawn, ...missing].join('，');
  // A callout that draws its own label needs no second one in front.
  return drawn.some((d) => d.includes(record.label)) ? body : `${record.label}：${body}`;
}

export function mark({ record, href, note }: MarkInfo, ...children: Child[]): SvgNode {
  const name = markName(record, children, note);
  return el(
    'a',
    {
      class: 'mark',
      href,
      tabindex: href ? undefined : 0,
      role: href ? undefined : 'img',
      'aria-label': href ? name + t.chart.markSuffix : name,
      'data-record': record.id,
      'data-tip': name,
    },
    ...children,
  );
}
