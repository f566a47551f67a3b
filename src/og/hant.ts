/**
 * Share images of the 繁體 edition: the Simplified card's words and its chart's
 * labels converted (src/edition/hant.ts), nothing else changed, so a card or
 * poster of the edition shows what its page shows.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { OgInput } from './input.ts';
import { CHART_FONTS } from '../charts/svg.ts';

type Convert = (text: string) => string;

/**
 * The SVG with the text of its <text> (and <title>) elements converted. The places
 * come from the parsed tree; the converted words go back into the source at those
 * places, so everything else stays byte for byte (resvg reads it as XML, and an
 * HTML serializer would leave "<" unescaped in attributes). Character references
 * (&lt;) are ASCII, which the converter leaves alone.
 */
export function hantSvgText(svg: string, convert: Convert): string {
  const places: [number, number][] = [];
  const visit = (node: Root | Element, inText: boolean) => {
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'text' && inText && child.position?.start.offset !== undefined && child.position.end.offset !== undefined)
        places.push([child.position.start.offset, child.position.end.offset]);
      else if (child.type === 'element') visit(child, inText || child.tagName === 'text' || child.tagName === 'title');
    }
  };
  visit(fromHtml(svg, { fragment: true, space: 'svg' }), false);
  const converted = places
    .sort((a, b) => b[0] - a[0])
    .reduce((out, [from, to]) => out.slice(0, from) + convert(out.slice(from, to)) + out.slice(to), svg);
  // Traditional glyph forms, as the edition's pages set them.
  return converted.replaceAll(CHART_FONTS.sc, CHART_FONTS.tc);
}

export function hantCard(input: OgInput, convert: Convert): OgInput {
  return {
    ...input,
    script: 'tc',
    title: convert(input.title),
    ...(input.kicker !== undefined ? { kicker: convert(input.kicker) } : {}),
    ...(input.footer !== undefined ? { footer: convert(input.footer) } : {}),
    ...(input.chartSvg ? { chartSvg: hantSvgText(input.chartSvg, convert) } : {}),
  };
}
