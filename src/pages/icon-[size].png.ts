/** PNG icons for the web manifest, drawn from public/favicon.svg at build time. */
import type { APIContext } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import svg from '../../public/favicon.svg?raw';
import { ICON_SIZES } from '../output/icons.ts';

export function getStaticPaths() {
  return ICON_SIZES.map((size) => ({ params: { size: String(size) } }));
}

export function GET({ params }: APIContext) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: Number(params.size) } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
