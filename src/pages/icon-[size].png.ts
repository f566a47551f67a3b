/** PNG icons for the web manifest, drawn from public/favicon.svg at build time. */
import type { APIContext } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import svg from '../../public/favicon.svg?raw';

export const ICON_SIZES = [192, 512] as const;

export function getStaticPaths() {
  return ICON_SIZES.map((size) => ({ params: { size: String(size) } }));
}

export function GET({ params }: APIContext) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: Number(params.size) } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
