/**
 * Where the page-wide edits of the middleware go, read from the parsed page
 * (parse5 source locations), never from patterns over markup: a `<script` or
 * `</body>` written inside an attribute or a text is not a tag.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlPlaces {
  /** Offset just after the `<head>` start tag, or -1 when the page wrote none. */
  headOpenEnd: number;
  /** Offset of the `</body>` end tag, or -1 when the page wrote none. */
  bodyCloseStart: number;
  /** Start and end offsets of each external module script, in page order (not those already in a <template>). */
  moduleScripts: { start: number; end: number; src: string }[];
  /** The text of each inline script that runs (classic or module; not JSON-LD, not in a <template>), in page order. */
  inlineScripts: string[];
}

/** Script types a browser runs: none, a JavaScript MIME type, or module. */
const RUNS = /^(|module|(text|application)\/(java|ecma)script)$/i;

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

export function htmlPlaces(html: string): HtmlPlaces {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const places: HtmlPlaces = { headOpenEnd: -1, bodyCloseStart: -1, moduleScripts: [], inlineScripts: [] };
  const walk = (node: Node) => {
    if (!('tagName' in node)) {
      if ('childNodes' in node) node.childNodes.forEach(walk);
      return;
    }
    const loc = node.sourceCodeLocation;
    if (node.tagName === 'template') return; // inert: what is inside never runs
    if (node.tagName === 'head' && loc?.startTag) places.headOpenEnd = loc.startTag.endOffset;
    if (node.tagName === 'body' && loc?.endTag) places.bodyCloseStart = loc.endTag.startOffset;
    const src = attr(node, 'src');
    if (node.tagName === 'script' && attr(node, 'type') === 'module' && src !== undefined && loc) {
      places.moduleScripts.push({ start: loc.startOffset, end: loc.endOffset, src });
    }
    if (node.tagName === 'script' && src === undefined && RUNS.test(attr(node, 'type') ?? ''))
      places.inlineScripts.push(node.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
    node.childNodes.forEach(walk);
  };
  walk(doc);
  return places;
}
