/**
 * satori draws an <img> as <image href="data:image/svg+xml;…">, which resvg
 * then parses and rasterises as a picture of its own (its own canvas, clip and
 * mask): a chart cost ~6 ms more that way than drawn in place (measured on the
 * seed's cards, 30 → 24 ms). This puts the SVG itself where satori placed the
 * image, scaled to the same box.
 */

/** The numeric attribute of one tag satori wrote (it writes plain numbers). */
const numberAttr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="(-?[\\d.]+)"`).exec(tag)?.[1];

type Box = (readonly [string, string])[];

/**
 * The `clip-path` or `mask` reference of the image tag, unless it only cuts the
 * image to its own box, which the nested <svg>'s viewport does already.
 */
function keptReference(drawing: string, tag: string, attr: 'clip-path' | 'mask', box: Box): string {
  const id = new RegExp(`\\s${attr}="url\\(#([^)"]+)\\)"`).exec(tag)?.[1];
  if (!id) return '';
  const element = attr === 'mask' ? 'mask' : 'clipPath';
  const rect = `<rect ${box.map(([n, v]) => `${n}="${v}"`).join(' ')}${attr === 'mask' ? ' fill="#fff"' : ''}/>`;
  return drawing.includes(`<${element} id="${id}">${rect}</${element}>`) ? '' : ` ${attr}="url(#${id})"`;
}

/**
 * The drawing with the <image> whose href is `src` replaced by `svg` in its box.
 * Unchanged when there is no such image, or when `svg` has ids, which could
 * clash with satori's.
 */
export function inlineImage(drawing: string, src: string, svg: string): string {
  const href = ` href="${src}"`;
  const at = drawing.indexOf(href);
  if (at < 0 || svg.includes(' id="')) return drawing;
  const start = drawing.lastIndexOf('<image ', at);
  const end = drawing.indexOf('/>', at);
  if (start < 0 || end < 0) return drawing;
  const tag = drawing.slice(start, at) + drawing.slice(at + href.length, end);
  const box: Box = [];
  for (const name of ['x', 'y', 'width', 'height']) {
    const value = numberAttr(tag, name);
    if (value === undefined) return drawing;
    box.push([name, value]);
  }
  // Stretched to the box, as satori's image is (preserveAspectRatio="none"): the SVG's own size, or its viewBox's.
  const open = svg.slice(0, svg.indexOf('>'));
  const viewBox = /\sviewBox="[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(open);
  const [width, height] = [numberAttr(open, 'width') ?? viewBox?.[1], numberAttr(open, 'height') ?? viewBox?.[2]];
  const scale = width && height ? ` viewBox="0 0 ${width} ${height}" preserveAspectRatio="none"` : '';
  let placed = `<svg ${box.map(([n, v]) => `${n}="${v}"`).join(' ')}${scale}>${svg}</svg>`;
  // A clip or mask that does more than the box (a rounded corner, a parent's overflow) stays.
  const kept = keptReference(drawing, tag, 'clip-path', box) + keptReference(drawing, tag, 'mask', box);
  if (kept) placed = `<g${kept}>${placed}</g>`;
  return drawing.slice(0, start) + placed + drawing.slice(end + 2);
}
