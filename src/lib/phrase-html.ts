/**
 * Marks phrase boundaries (src/lib/phrases.ts) in a built page with <wbr>, so
 * that with `word-break: keep-all` lines break only between phrases. Article
 * text (inside .prose, headings aside) is body text instead: it may break
 * between any two characters except inside a figure with its unit, a Latin
 * word or a name (breakable()), so justified lines are never spaced out. The page
 * is parsed (parse5) and only the text nodes that get boundaries are rewritten
 * in place; every other byte of the markup stays as Astro wrote it.
 */
import { Parser } from 'htmlparser2';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { escapeText } from './escape.ts';
import { spliced, type Edit } from './splice.ts';
import { breakable, phrases } from './phrases.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Text that is not set in lines by the browser, or not read as prose. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'template',
  'svg',
  'math',
  'textarea',
  'pre',
  'code',
  'kbd',
  'samp',
  'noscript',
  'title',
  'option',
  'select',
]);

const HEADING = /^h[1-6]$/;

/** As parse5 serialises text: the house escaper, and no-break spaces kept visible in the source. */
const escape = (s: string) => escapeText(s).replace(/\u00a0/g, '&nbsp;');

/** `names`: what no line may break inside besides figures and Latin words (the reports' meta `keepWhole`). */
export function markPhrases(html: string, names: readonly string[] = []): string {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const edits: { start: number; end: number; text: string }[] = [];
  const walk = (node: Node, body: boolean) => {
    if ('tagName' in node && SKIP.has(node.tagName)) return;
    if (node.nodeName === '#text' && 'value' in node) {
      const loc = node.sourceCodeLocation;
      const parts = (body ? breakable : phrases)(node.value, names);
      if (loc && parts.length > 1) edits.push({ start: loc.startOffset, end: loc.endOffset, text: parts.map(escape).join('<wbr>') });
      return;
    }
    if ('tagName' in node) {
      const el = node as Element;
      if (HEADING.test(el.tagName)) body = false;
      else if (el.attrs.some((a) => a.name === 'class' && a.value.split(/\s+/).includes('prose'))) body = true;
    }
    if ('childNodes' in node) for (const child of (node as Element).childNodes) walk(child, body);
  };
  walk(doc, false);
  return spliced(html, edits);
}

/**
 * The page as it was before markPhrases: what the search index reads. Every <wbr>
 * element on our pages is ours; the same five characters inside an attribute
 * (Astro leaves `<` unescaped there) are an editor's text and stay.
 */
export function withoutPhraseBreaks(html: string): string {
  // A tokenizer is enough to find them, and five times faster than a parse.
  const cuts: Edit[] = [];
  const parser: Parser = new Parser({
    onopentagname(name) {
      if (name === 'wbr') cuts.push({ start: parser.startIndex, end: html.indexOf('>', parser.startIndex) + 1, text: '' });
    },
  });
  parser.end(html);
  return spliced(html, cuts);
}
