/**
 * A chart is described as a tree of plain objects and turned into SVG markup by
 * one renderer, so the page, the chart page, the embed, the feed and the OG
 * image all draw the same thing.
 */

import { escapeAttr, escapeText } from '../lib/escape.ts';

export type Attr = string | number | undefined;

export interface SvgNode {
  tag: string;
  attrs: Record<string, Attr>;
  children: Child[];
}
export type Child = SvgNode | string | null | undefined | false;

export function el(tag: string, attrs: Record<string, Attr> = {}, ...children: (Child | Child[])[]): SvgNode {
  return { tag, attrs, children: children.flat() };
}

/** Numbers are rounded to 0.1 px: enough for crisp output, stable across runs. */
function attrValue(v: string | number): string {
  return typeof v === 'number' ? String(Math.round(v * 10) / 10) : v;
}

export function renderSvg(node: Child): string {
  if (!node) return '';
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(attrValue(v))}"`)
    .join('');
  const inner = node.children.map(renderSvg).join('');
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}

/** All text content of a tree, in document order (for tests and summaries). */
export function textOf(node: Child): string[] {
  if (!node) return [];
  if (typeof node === 'string') return [node];
  if (node.tag === 'title') return [];
  return node.children.flatMap(textOf);
}

/** Depth-first search for nodes matching a predicate. */
export function findAll(node: Child, test: (n: SvgNode) => boolean): SvgNode[] {
  if (!node || typeof node === 'string') return [];
  return [...(test(node) ? [node] : []), ...node.children.flatMap((c) => findAll(c, test))];
}

/** The fonts a chart drawing names, for each script: the pages' stacks (styles/global.css), for the drawing on its own. */
export const CHART_FONTS = {
  sc: "'PingFang SC','Noto Sans CJK SC','Noto Sans SC','Microsoft YaHei',sans-serif",
  tc: "'PingFang TC','Noto Sans CJK TC','Noto Sans TC','Microsoft JhengHei',sans-serif",
} as const;

/** The root <svg> of a chart: sized by its viewBox so the page reserves its space. */
export function frame(width: number, height: number, ...children: Child[]): SvgNode {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${Math.ceil(height)}`,
      width,
      height: Math.ceil(height),
      'font-family': CHART_FONTS.sc,
    },
    ...children,
  );
}
