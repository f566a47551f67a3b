/**
 * What the values of a Simplified page become in the 繁體 edition: attribute
 * values (words converted, addresses of pages moved into the edition) and
 * JSON-LD. The page walk that finds them is in html.ts.
 */
import { EDITIONS } from './paths.ts';

export type Convert = (s: string) => string;
/** An address -> its 繁體 twin, or the address itself when it has none. */
export type Link = (href: string) => string;

export const HAN = /\p{Script=Han}/u;
/** Attributes that hold addresses. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'poster', 'formaction']);
/** Meta elements that hold an address (the page's, its card's); og:locale names the edition. */
const URL_META = /^(og:url|twitter:url|og:image|twitter:image)$/;
const HANT_LOCALE = 'zh_TW';

/** Absolute addresses inside a value (a share link's query, data-share), plain or percent-encoded. */
const PLAIN_URL = /https?:\/\/[^\s"'<>&?#]+(?:\?[^\s"'<>#]*)?(?:#[^\s"'<>]*)?/g;
/** An address written out in text: printable ASCII, so it ends at Chinese punctuation. */
export const TEXT_URL = /https?:\/\/[!-~]+/g;
/** An address in embed code shown for copying. */
export const CODE_URL = /https?:\/\/[^\s"'<>]+/g;
const ENCODED_URL = /https?%3A%2F%2F[^&\s"'<>]+/gi;

/** The value with every address of a page that has a 繁體 twin moved into the edition. */
export function moveUrlsInside(value: string, link: Link): string {
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

/** One attribute as written: its name as in the page, its value (undefined: written without one). */
export interface Attribute {
  name: string;
  value: string | undefined;
}

/** Whether the element has the attribute (`name` in lower case), with a value or without. */
export const hasAttribute = (attrs: Attribute[], name: string) => attrs.some((a) => a.name.toLowerCase() === name);
/** The attribute's value (`name` in lower case); undefined when absent or written without one. */
export const attributeValue = (attrs: Attribute[], name: string) => attrs.find((a) => a.name.toLowerCase() === name)?.value;

/**
 * The attributes of one element in the edition: words converted (text for readers,
 * data-* strings scripts show), addresses of pages moved; the hreflang alternates stay
 * (both editions list the same pair), and so do the page's policies (http-equiv).
 */
export function hantAttributes(tag: string, attrs: Attribute[], convert: Convert, link: Link): Attribute[] {
  const alternate = tag === 'link' && attributeValue(attrs, 'hreflang') !== undefined;
  const metaName = attributeValue(attrs, 'name') ?? attributeValue(attrs, 'property') ?? '';
  return attrs.map(({ name, value }) => {
    if (value === undefined) return { name, value };
    const key = name.toLowerCase();
    if (tag === 'html' && key === 'lang') return { name, value: EDITIONS.hant };
    if (URL_ATTRS.has(key)) return { name, value: alternate ? value : moveUrlsInside(link(value), link) };
    if (tag === 'meta' && key === 'content') {
      if (URL_META.test(metaName)) return { name, value: link(value) };
      if (metaName === 'og:locale') return { name, value: HANT_LOCALE };
      return { name, value: HAN.test(value) && attributeValue(attrs, 'http-equiv') === undefined ? convert(value) : value };
    }
    const moved = /http/i.test(value) ? moveUrlsInside(value, link) : value;
    return { name, value: HAN.test(moved) ? convert(moved) : moved };
  });
}

/** The attributes with `name` set to `value`: in its place when present, else added at the end. */
export function withAttribute(attrs: Attribute[], name: string, value: string): Attribute[] {
  const at = attrs.findIndex((a) => a.name.toLowerCase() === name);
  return at < 0 ? [...attrs, { name, value }] : attrs.map((a, i) => (i === at ? { name: a.name, value } : a));
}

/**
 * JSON-LD with its words converted and its page addresses moved. The page itself (the
 * top-level item, unless it describes the dataset, whose downloads stay Simplified) is in
 * the edition's language; what it is based on keeps its own.
 */
export function hantJsonLd(value: unknown, convert: Convert, link: Link, top = true): unknown {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? link(value) : convert(value);
  if (Array.isArray(value)) return value.map((v) => hantJsonLd(v, convert, link, top));
  if (value && typeof value === 'object') {
    const page = top && (value as Record<string, unknown>)['@type'] !== 'Dataset';
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'inLanguage' && page ? EDITIONS.hant : hantJsonLd(v, convert, link, false)]),
    );
  }
  return value;
}
