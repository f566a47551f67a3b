/**
 * One built page of the Simplified edition -> the same page in the 繁體 edition,
 * on a parsed tree (hast), never with patterns over markup:
 * - text and every attribute value holding Chinese are converted (charts' <text>,
 *   aria-labels, alt, meta descriptions, data-* strings the scripts show);
 * - links to pages that exist in the 繁體 edition point into it (a chart mark
 *   leads to its 繁體 sentence), and so does the printed page's own address
 *   (<p data-page-address>); everything else (scripts, styles, downloads,
 *   cards, the search index, addresses cited in text) stays where it is;
 * - JSON-LD is converted as data; other scripts and styles stay byte for byte,
 *   so the page's CSP hashes still hold;
 * - the hreflang alternates stay as they are (both editions list the same pair)
 *   and the edition switch is turned around to lead back;
 * - a download's twin in the other script (<a data-edition-twin="<Simplified
 *   address>">, the 繁體 file on a Simplified page) is turned around too: the
 *   edition's own link now gives the converted file, the twin the original.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Root } from 'hast';
import { jsonForScript } from '../lib/structured-data.ts';
import { EDITIONS } from './paths.ts';

export interface EditionLinks {
  /** Absolute URL of a same-site address -> its 繁體 address, or undefined when it has none. */
  hantUrl(href: string, pageUrl: URL): string | undefined;
}

export interface SwitchBack {
  /** The switch's text and accessible name in the 繁體 edition (they are not converted). */
  label: string;
  title: string;
  /** The text of a download's twin link, which leads back to the original (Simplified) file. */
  twin?: string;
}

const HAN = /\p{Script=Han}/u;
/** Attributes that hold addresses. */
const URL_PROPS = new Set(['href', 'src', 'action', 'poster', 'formAction']);
/** Meta elements that hold an address (the page's, its card's); og:locale names the edition. */
const URL_META = /^(og:url|twitter:url|og:image|twitter:image)$/;
const HANT_LOCALE = 'zh_TW';

/** Absolute addresses inside a value (a share link's query, data-share), plain or percent-encoded. */
const PLAIN_URL = /https?:\/\/[^\s"'<>&?#]+(?:\?[^\s"'<>#]*)?(?:#[^\s"'<>]*)?/g;
/** An address written out in text: printable ASCII, so it ends at Chinese punctuation. */
const TEXT_URL = /https?:\/\/[!-~]+/g;
const ENCODED_URL = /https?%3A%2F%2F[^&\s"'<>]+/gi;

/** The value with every address of a page that has a 繁體 twin moved into the edition. */
function moveUrlsInside(value: string, link: (href: string) => string): string {
  return value
    .replace(ENCODED_URL, (m) => {
      try {
        return encodeURIComponent(link(decodeURIComponent(m)));
      } catch {
        return m;
      }
    })
    .replace(PLAIN_URL, link);
}

const metaName = (el: Element) => String(el.properties.name ?? el.properties.property ?? '');

/**
 * JSON-LD with its words converted and its page addresses moved. The page itself (the
 * top-level item, unless it describes the dataset, whose downloads stay Simplified) is in
 * the edition's language; what it is based on keeps its own.
 */
function convertJson(value: unknown, convert: (s: string) => string, link: (s: string) => string, top = true): unknown {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? link(value) : convert(value);
  if (Array.isArray(value)) return value.map((v) => convertJson(v, convert, link, top));
  if (value && typeof value === 'object') {
    const page = top && (value as Record<string, unknown>)['@type'] !== 'Dataset';
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'inLanguage' && page ? EDITIONS.hant : convertJson(v, convert, link, false)]),
    );
  }
  return value;
}

/**
 * Text split by <wbr> (phrase breaks) is converted as one text, so OpenCC sees whole
 * words (头|发 must become 頭髮, not 頭發), then cut back where the breaks were.
 */
function convertRuns(children: Nodes[], convert: (s: string) => string): void {
  let run: Extract<Nodes, { type: 'text' }>[] = [];
  const flush = () => {
    if (!run.length) return;
    const parts = run.map((t) => [...t.value]);
    const joined = parts.flat().join('');
    const out = [...convert(joined)];
    if (out.length === parts.flat().length) {
      let at = 0;
      run.forEach((t, i) => {
        t.value = out.slice(at, at + parts[i].length).join('');
        at += parts[i].length;
      });
    } else for (const t of run) t.value = convert(t.value);
    run = [];
  };
  for (const c of children) {
    if (c.type === 'text') run.push(c);
    else if (!(c.type === 'element' && c.tagName === 'wbr')) flush();
  }
  flush();
}

/** The 繁體 page for one built page. `pageUrl` is the Simplified page's own address. */
export function hantPage(
  html: string,
  pageUrl: URL,
  convert: (s: string) => string,
  links: EditionLinks,
  switchBack: SwitchBack,
  hansHref: string,
  /** The QR code of the 繁體 page (an <svg class="qr">), drawn by the caller: the page's own leads to the Simplified one. */
  qrSvg?: string,
): string {
  const tree: Root = fromHtml(html);
  // Links within the page (#…) stay; addresses of pages move.
  const link = (href: string) => (href.startsWith('#') ? href : (links.hantUrl(href, pageUrl) ?? href));

  const visit = (node: Nodes) => {
    // Embed code shown for copying: its addresses move into the edition like links do.
    if (node.type === 'element' && node.tagName === 'textarea') {
      for (const c of node.children) if (c.type === 'text') c.value = convert(c.value).replace(/https?:\/\/[^\s"'<>]+/g, link);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const el = node;
      if (el.tagName === 'html') el.properties.lang = EDITIONS.hant;
      if (el.properties.dataEditionSwitch !== undefined) {
        el.properties.href = hansHref;
        el.properties.lang = EDITIONS.hans;
        el.properties.hrefLang = EDITIONS.hans;
        el.properties.title = switchBack.title;
        el.children = [{ type: 'text', value: switchBack.label }];
        return;
      }
      if (el.properties.dataEditionTwin !== undefined) {
        const href = String(el.properties.dataEditionTwin);
        el.properties = { className: el.properties.className, href, hrefLang: EDITIONS.hans, lang: EDITIONS.hans, download: href.split('/').pop() };
        el.children = [{ type: 'text', value: switchBack.twin ?? href }];
        return;
      }
      if (el.tagName === 'script') {
        if (el.properties.type === 'application/ld+json') {
          const text = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
          const data = convertJson(JSON.parse(text), convert, link);
          el.children = [{ type: 'text', value: jsonForScript(data) }];
        }
        return;
      }
      if (el.tagName === 'style') return;
      if (qrSvg && el.tagName === 'svg' && String(el.properties.className ?? '').includes('qr')) {
        const fresh = fromHtml(qrSvg, { fragment: true, space: 'svg' }).children.find((c): c is Element => c.type === 'element')!;
        const label = el.properties.ariaLabel;
        Object.assign(el, {
          properties: { ...fresh.properties, ariaLabel: typeof label === 'string' ? convert(label) : label },
          children: fresh.children,
        });
        return;
      }
      const alternate = el.tagName === 'link' && el.properties.hrefLang !== undefined;
      for (const [key, value] of Object.entries(el.properties)) {
        if (typeof value !== 'string') continue;
        if (URL_PROPS.has(key)) {
          if (!alternate) el.properties[key] = moveUrlsInside(link(value), link);
        } else if (el.tagName === 'meta' && key === 'content') {
          const name = metaName(el);
          if (URL_META.test(name)) el.properties[key] = link(value);
          else if (name === 'og:locale') el.properties[key] = HANT_LOCALE;
          else if (HAN.test(value) && el.properties.httpEquiv === undefined) el.properties[key] = convert(value);
        } else {
          const moved = moveUrlsInside(value, link);
          el.properties[key] = HAN.test(moved) ? convert(moved) : moved;
        }
      }
      // <template> content is a separate fragment in hast.
      if (el.tagName === 'template' && el.content) visit(el.content as unknown as Root);
    }
    convertRuns(node.children as Nodes[], convert);
    // The printed page's own address (<p data-page-address>) is the 繁體 page's; addresses cited in text stay as written.
    const ownAddress = node.type === 'element' && node.properties.dataPageAddress !== undefined;
    for (const child of node.children) {
      if (child.type === 'text') {
        if (ownAddress) child.value = child.value.replace(TEXT_URL, link);
      } else visit(child as Nodes);
    }
  };
  visit(tree);
  return toHtml(tree, { allowDangerousCharacters: true, upperDoctype: true });
}

/** The search page with the character pairs its script turns queries into (src/edition/script-map.ts). */
export function setSearchScriptMap(html: string, pairs: string): string {
  const tree: Root = fromHtml(html);
  const visit = (node: Nodes): void => {
    if (node.type === 'element' && node.properties.id === 'search-form') node.properties.dataScriptMap = pairs;
    if (node.type === 'element' || node.type === 'root') node.children.forEach((c) => visit(c as Nodes));
  };
  visit(tree);
  return toHtml(tree, { allowDangerousCharacters: true, upperDoctype: true });
}
