/**
 * A data mark readers can reach: a link to the sentence the figure comes from,
 * named for screen readers, with the tooltip text the enhancer shows on focus
 * and hover (and a <title> for hover without JavaScript).
 */
import { el, type Child, type SvgNode } from './svg.ts';
import { t } from '../i18n/strings.ts';

export interface MarkInfo {
  record: string;
  href?: string;
  /** What the mark shows, e.g. "微软累计投资OpenAI：130亿美元（截至2023年12月）". */
  text: string;
}

export function mark({ record, href, text }: MarkInfo, ...children: Child[]): SvgNode {
  return el(
    'a',
    {
      class: 'mark',
      href,
      // Without a link there is nothing to activate, but the figure must still be reachable.
      tabindex: href ? undefined : 0,
      role: href ? undefined : 'img',
      'aria-label': href ? text + t.chart.markSuffix : text,
      'data-record': record,
      'data-tip': text,
    },
    el('title', {}, text),
    ...children,
  );
}
