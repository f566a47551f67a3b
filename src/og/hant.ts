/**
 * Share images of the 繁體 edition: the Simplified card's words and its chart's
 * labels converted (src/edition/hant.ts), nothing else changed, so a card or
 * poster of the edition shows what its page shows.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { OgInput } from './input.ts';

type Convert = (text: string) => string;

/** The SVG with the text of its <text> (and <title>) elements converted, read and written as a tree. */
export function hantSvgText(svg: string, convert: Convert): string {
  const tree: Root = fromHtml(svg, { fragment: true, space: 'svg' });
  const visit = (node: Root | Element, inText: boolean) => {
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'text' && inText) child.value = convert(child.value);
      else if (child.type === 'element') visit(child, inText || child.tagName === 'text' || child.tagName === 'title');
    }
  };
  visit(tree, false);
  return toHtml(tree, { space: 'svg', allowDangerousCharacters: true });
}

export function hantCard(input: OgInput, convert: Convert): OgInput {
  return {
    ...input,
    title: convert(input.title),
    ...(input.kicker !== undefined ? { kicker: convert(input.kicker) } : {}),
    ...(input.footer !== undefined ? { footer: convert(input.footer) } : {}),
    ...(input.chartSvg ? { chartSvg: hantSvgText(input.chartSvg, convert) } : {}),
  };
}
