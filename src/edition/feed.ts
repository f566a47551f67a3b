/**
 * The site's RSS feed -> the 繁體 edition's, on parsed trees (the XML with
 * fast-xml-parser, each item's HTML with hast), never with patterns over markup:
 * words are converted in text and attribute values; addresses of pages that
 * have a 繁體 twin (<link>, <guid>, atom:link, links inside the items) move
 * into the edition; everything else stays as it was.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Nodes } from 'hast';

/** Elements whose text is an item's HTML. */
const HTML_TEXT = new Set(['content:encoded']);
/** Element text and attributes that are one address each. */
const URL_TEXT = new Set(['link', 'guid', 'comments']);
const URL_ATTRS = new Set(['@_href', '@_url']);
/** Attributes of an item's HTML that hold addresses. */
const HTML_URL_PROPS = new Set(['href', 'src']);

const OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
} as const;

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function itemHtml(html: string, convert: (s: string) => string, link: (href: string) => string): string {
  const tree = fromHtml(html, { fragment: true });
  const visit = (node: Nodes) => {
    if (node.type === 'text') node.value = convert(node.value);
    if (node.type === 'element')
      for (const [k, v] of Object.entries(node.properties))
        if (typeof v === 'string') node.properties[k] = HTML_URL_PROPS.has(k) ? link(v) : convert(v);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return toHtml(tree);
}

export function hantFeed(xml: string, convert: (s: string) => string, link: (href: string) => string): string {
  const doc = new XMLParser(OPTIONS).parse(xml) as XmlNode[];
  const visit = (nodes: XmlNode[], parent: string) => {
    for (const node of nodes) {
      const attrs = node[':@'];
      if (attrs) for (const [k, v] of Object.entries(attrs)) attrs[k] = URL_ATTRS.has(k) ? link(v) : convert(v);
      for (const [name, value] of Object.entries(node)) {
        if (name === ':@') continue;
        if (name === '#text')
          node[name] = HTML_TEXT.has(parent)
            ? itemHtml(String(value), convert, link)
            : URL_TEXT.has(parent)
              ? link(String(value))
              : convert(String(value));
        else if (Array.isArray(value)) visit(value as XmlNode[], name);
      }
    }
  };
  visit(doc, '');
  return new XMLBuilder({ ...OPTIONS, suppressEmptyNode: true, format: false }).build(doc) as string;
}
