/**
 * A data mark readers can reach: a link to the sentence the figure comes from.
 * Its name (for screen readers) is the record's label, then everything the
 * mark draws, in drawing order, then the facts it does not draw (value,
 * equivalent, date) — so the visible text is always part of the name, as WCAG
 * 2.5.3 asks. Its tooltip (data-tip, src/charts/tip.ts) holds only what the
 * drawing does not say, and the source. No <title>: checkers count its words as
 * visible text, which the name would then have to repeat; without JavaScript
 * the drawn labels carry every figure, and the enhancer adds the tooltip.
 */
import { el, findAll, textOf, type Child, type SvgNode } from './svg.ts';
import { dateText, equivalentWords, valueWords } from './words.ts';
import { tipText } from './tip.ts';
import { t } from '../i18n/strings.ts';
import type { ChartRecord } from './record.ts';
import type { Layout } from './types.ts';

export interface MarkInfo {
  record: ChartRecord;
  /** The sentence the figure comes from; marks without one are still focusable. */
  href?: string;
  /** A fact to add that is neither drawn nor in the record's value or date. */
  note?: string;
  /** Where the link opens (embeds: the page around them). */
  target?: '_top';
}

/** Each <text> the mark draws, as one string (its tspans joined). */
function drawnTexts(children: Child[]): string[] {
  return children
    .flatMap((c) => findAll(c, (n) => n.tag === 'text'))
    .map((n) => textOf(n).join(''))
    .filter((s) => s.trim());
}

export function markName(record: ChartRecord, children: Child[], note?: string): string {
  const drawn = drawnTexts(children);
  const facts = [valueWords(record), equivalentWords(record), record.date.value ? dateText(record) : undefined, note];
  const missing = facts.filter((f): f is string => Boolean(f) && !drawn.some((d) => d.includes(f!)));
  const body = [...drawn, ...missing].join('，');
  // A callout that draws its own label needs no second one in front.
  return drawn.some((d) => d.includes(record.label)) ? body : `${record.label}：${body}`;
}

export function mark({ record, href, note, target }: MarkInfo, ...children: Child[]): SvgNode {
  const name = markName(record, children, note);
  return el(
    'a',
    {
      class: 'mark',
      href,
      target: href ? target : undefined,
      tabindex: href ? undefined : 0,
      role: href ? undefined : 'img',
      'aria-label': href ? name + t.chart.markSuffix : name,
      'data-record': record.id,
      'data-tip': tipText(record, drawnTexts(children), note),
    },
    ...children,
  );
}

/** The mark information of a record in a drawing: its sentence link and the layout's link target. */
export const linker =
  (links: Record<string, string | undefined>, layout: Pick<Layout, 'target'>) =>
  (record: ChartRecord, note?: string): MarkInfo => ({ record, href: links[record.id], note, target: layout.target });
