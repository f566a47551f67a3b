/**
 * One built page of the Simplified edition -> the same page in the 繁體 edition.
 * The page is read by an HTML tokenizer (htmlparser2) and edited in place by
 * offsets: what is not edited stays byte for byte (a parsed tree written out
 * again cost two thirds of the edition's build time).
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
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { escapeAttr, escapeText } from '../lib/escape.ts';
import { spliced, type Edit } from '../lib/splice.ts';
import { jsonForScript } from '../lib/structured-data.ts';
import { EDITIONS } from './paths.ts';
import {
  CODE_URL,
  HAN,
  TEXT_URL,
  attributeValue,
  hasAttribute,
  hantAttributes,
  hantJsonLd,
  withAttribute,
  type Attribute,
  type Convert,
} from './values.ts';

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

/** How an element's content is treated. */
type Mode =
  | 'text' // words converted
  | 'address' // words converted, and addresses in its own text moved (<p data-page-address>)
  | 'keep' // scripts and styles: byte for byte
  | 'json' // JSON-LD: converted as data
  | 'code' // embed code for copying (<textarea>): converted, its addresses moved
  | 'replace' // written anew when it closes (the switch, a download's twin, the QR code)
  | 'inside'; // inside an element written anew

interface Frame {
  mode: Mode;
  /** Offsets of the start tag's "<" and the content's first character. */
  start: number;
  content: number;
  /** The element written anew in place of a 'replace' frame. */
  markup?: string;
  /** Text of a 'json' frame. */
  text?: string;
}

const startTag = (name: string, attrs: Attribute[], selfClosing: boolean) =>
  `<${name}${attrs.map((a) => (a.value === undefined ? ` ${a.name}` : ` ${a.name}="${escapeAttr(a.value)}"`)).join('')}${selfClosing ? '/>' : '>'}`;
const sameAttributes = (a: Attribute[], b: Attribute[]) => a.length === b.length && a.every((x, i) => x.name === b[i].name && x.value === b[i].value);

/**
 * Text split by <wbr> (phrase breaks) is converted as one text, so OpenCC sees whole
 * words (头|发 must become 頭髮, not 頭發), then cut back where the breaks were.
 */
function convertRun(parts: string[], convert: Convert): string[] {
  const chars = parts.map((p) => [...p]);
  const out = [...convert(parts.join(''))];
  if (out.length !== chars.flat().length) return parts.map(convert);
  let at = 0;
  return chars.map((c) => out.slice(at, (at += c.length)).join(''));
}

/** The 繁體 page for one built page. `pageUrl` is the Simplified page's own address. */
export function hantPage(
  html: string,
  pageUrl: URL,
  convert: Convert,
  links: EditionLinks,
  switchBack: SwitchBack,
  hansHref: string,
  /** The QR code of the 繁體 page (an <svg class="qr">), drawn by the caller: the page's own leads to the Simplified one. */
  qrSvg?: string,
): string {
  // Links within the page (#…) stay; addresses of pages move.
  const link = (href: string) => (href.startsWith('#') ? href : (links.hantUrl(href, pageUrl) ?? href));
  const edits: Edit[] = [];
  const stack: Frame[] = [{ mode: 'text', start: 0, content: 0 }];
  /** The text run being read: raw pieces between phrase breaks, with their offsets. */
  let run: { start: number; end: number; address: boolean }[] = [];
  let attrs: Attribute[] = [];

  const flush = () => {
    if (!run.length) return;
    const raw = run.map((r) => html.slice(r.start, r.end));
    // Raw text converts as decoded text does: OpenCC changes Han characters only, never an entity.
    const out = HAN.test(raw.join('')) ? convertRun(raw, convert) : raw;
    run.forEach((r, i) => {
      const text = r.address ? out[i].replace(TEXT_URL, link) : out[i];
      if (text !== raw[i]) edits.push({ start: r.start, end: r.end, text });
    });
    run = [];
  };

  const parser: Parser = new Parser(
    {
      onopentagname(name) {
        if (name !== 'wbr') flush();
        attrs = [];
      },
      onattribute(name, value, quote) {
        if (!attrs.some((a) => a.name.toLowerCase() === name.toLowerCase())) attrs.push({ name, value: quote === undefined ? undefined : value });
      },
      onopentag(tag, _attribs, implied) {
        const start = parser.startIndex;
        const end = parser.endIndex;
        const parent = stack[0].mode;
        const frame: Frame = { mode: 'text', start, content: end + 1 };
        if (parent === 'replace' || parent === 'inside') frame.mode = 'inside';
        else if (implied) frame.mode = parent;
        else {
          const name = html.slice(start + 1, start + 1 + tag.length);
          const selfClosing = html[end - 1] === '/';
          const written = (list: Attribute[]) => startTag(name, list, selfClosing);
          if (hasAttribute(attrs, 'data-edition-switch')) {
            let list = withAttribute(attrs, 'href', hansHref);
            list = withAttribute(withAttribute(withAttribute(list, 'lang', EDITIONS.hans), 'hreflang', EDITIONS.hans), 'title', switchBack.title);
            Object.assign(frame, { mode: 'replace', markup: `${written(list)}${escapeText(switchBack.label)}</${name}>` });
          } else if (hasAttribute(attrs, 'data-edition-twin')) {
            const href = attributeValue(attrs, 'data-edition-twin') ?? '';
            const list: Attribute[] = [
              ...attrs.filter((a) => a.name.toLowerCase() === 'class'),
              { name: 'href', value: href },
              { name: 'hreflang', value: EDITIONS.hans },
              { name: 'lang', value: EDITIONS.hans },
              { name: 'download', value: href.split('/').pop() },
            ];
            Object.assign(frame, { mode: 'replace', markup: `${written(list)}${escapeText(switchBack.twin ?? href)}</${name}>` });
          } else if (qrSvg && tag === 'svg' && (attributeValue(attrs, 'class') ?? '').split(/\s+/).includes('qr')) {
            const label = attributeValue(attrs, 'aria-label');
            const named = label === undefined ? '' : ` aria-label="${escapeAttr(convert(label))}"`;
            const markup = / aria-label="[^"]*"/.test(qrSvg)
              ? qrSvg.replace(/ aria-label="[^"]*"/, named)
              : qrSvg.replace(/^\s*<svg/, `<svg${named}`);
            Object.assign(frame, { mode: 'replace', markup });
          } else {
            if (tag === 'script') frame.mode = attributeValue(attrs, 'type') === 'application/ld+json' ? 'json' : 'keep';
            else if (tag === 'style') frame.mode = 'keep';
            else if (tag === 'textarea') frame.mode = 'code';
            else if (hasAttribute(attrs, 'data-page-address')) frame.mode = 'address';
            const own = tag === 'html' && !hasAttribute(attrs, 'lang') ? [...attrs, { name: 'lang', value: EDITIONS.hant }] : attrs;
            const moved = hantAttributes(tag, own, convert, link);
            if (!sameAttributes(moved, attrs)) edits.push({ start, end: end + 1, text: written(moved) });
          }
          if (frame.mode === 'json') frame.text = '';
        }
        stack.unshift(frame);
      },
      ontext(data) {
        const frame = stack[0];
        if (frame.mode === 'text' || frame.mode === 'address') {
          const start = parser.startIndex;
          const end = parser.endIndex + 1;
          const last = run.at(-1);
          // Pieces the tokenizer splits at entities are one text.
          if (last && last.end === start) last.end = end;
          else run.push({ start, end, address: frame.mode === 'address' });
        } else if (frame.text !== undefined) frame.text += data;
      },
      onclosetag(tag, implied) {
        if (tag !== 'wbr') flush();
        const frame = stack.length > 1 ? stack.shift()! : stack[0];
        if (implied) {
          // Written anew without an end tag of its own: self-closing (<svg/>), or closed by what follows.
          if (frame.mode === 'replace') {
            const end = parser.endIndex === frame.content - 1 ? frame.content : parser.startIndex;
            edits.push({ start: frame.start, end, text: frame.markup! });
          }
          return;
        }
        const closeStart = parser.startIndex;
        const closeEnd = parser.endIndex + 1;
        if (frame.mode === 'replace') edits.push({ start: frame.start, end: closeEnd, text: frame.markup! });
        else if (frame.mode === 'json' && frame.text!.trim()) {
          const data = hantJsonLd(JSON.parse(frame.text!), convert, link);
          edits.push({ start: frame.content, end: closeStart, text: jsonForScript(data) });
        } else if (frame.mode === 'code') {
          // The tokenizer leaves a textarea's entities as written.
          const code = decodeHTML(html.slice(frame.content, closeStart));
          if (code) edits.push({ start: frame.content, end: closeStart, text: escapeText(convert(code).replace(CODE_URL, link)) });
        }
      },
      oncomment: flush,
      onprocessinginstruction: flush,
      onend: flush,
    },
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );
  parser.end(html);
  return spliced(html, edits);
}

/** The search page with the character pairs its script turns queries into (src/edition/script-map.ts). */
export function setSearchScriptMap(html: string, pairs: string): string {
  const edits: Edit[] = [];
  let attrs: Attribute[] = [];
  const parser: Parser = new Parser(
    {
      onopentagname: () => (attrs = []),
      onattribute: (name, value, quote) => attrs.push({ name, value: quote === undefined ? undefined : value }),
      onopentag(tag) {
        if (attributeValue(attrs, 'id') !== 'search-form') return;
        const [start, end] = [parser.startIndex, parser.endIndex];
        const name = html.slice(start + 1, start + 1 + tag.length);
        edits.push({ start, end: end + 1, text: startTag(name, withAttribute(attrs, 'data-script-map', pairs), html[end - 1] === '/') });
      },
    },
    { lowerCaseAttributeNames: false },
  );
  parser.end(html);
  return spliced(html, edits);
}
