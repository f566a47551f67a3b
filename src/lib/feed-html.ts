/**
 * An article's HTML made fit for feed readers, which show it at another
 * address, without our CSS or JavaScript: every link and source absolute, no
 * scripts or styles, no bits that only work with our CSS (heading self-links,
 * the chart icon after a sentence), and one chart drawing instead of one per
 * width (the narrowest, `layout-base`, fits any reader's column; without CSS all
 * would show).
 * Works on the parsed tree (hast), so text in attribute values or in the
 * report (`<script>`, `>`, quotes) can never be taken for markup.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Parents } from 'hast';

const classes = (e: Element) => {
  const c = e.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? (c as string).split(/\s+/) : [];
};

/** Elements a feed item leaves out, with everything inside them. */
function dropped(e: Element): boolean {
  if (e.tagName === 'script' || e.tagName === 'style' || e.tagName === 'link' || e.tagName === 'template') return true;
  const c = classes(e);
  if (e.tagName === 'a' && (c.includes('heading-anchor') || c.includes('cite-marker'))) return true;
  return e.tagName === 'svg' && c.some((x) => x.startsWith('layout-')) && !c.includes('layout-base');
}

/** Attributes that hold a URL (hast property names). */
const URL_PROPS = ['href', 'src', 'xLinkHref', 'poster', 'action', 'formAction'];
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** An absolute URL against the page's address, or undefined for schemes a feed must not carry. */
function absoluteUrl(value: string, pageUrl: string): string | undefined {
  try {
    const u = new URL(value, pageUrl);
    return SAFE_SCHEMES.has(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function clean(parent: Parents, pageUrl: string): void {
  parent.children = parent.children.filter((n) => n.type !== 'comment' && !(n.type === 'element' && dropped(n)));
  for (const child of parent.children as Nodes[]) {
    if (child.type !== 'element') continue;
    for (const prop of URL_PROPS) {
      const v = child.properties[prop];
      if (typeof v !== 'string') continue;
      const abs = absoluteUrl(v, pageUrl);
      if (abs === undefined) delete child.properties[prop];
      else child.properties[prop] = abs;
    }
    // srcset holds several URLs; a feed item needs none of them (src is enough). Our markup
    // has no event handlers; a feed item certainly carries none.
    delete child.properties.srcSet;
    for (const prop of Object.keys(child.properties)) if (/^on[A-Z]/.test(prop)) delete child.properties[prop];
    clean(child.tagName === 'template' && child.content ? child.content : child, pageUrl);
  }
}

export function feedHtml(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  clean(tree, pageUrl);
  return toHtml(tree, { closeEmptyElements: true, tightSelfClosing: true });
}
