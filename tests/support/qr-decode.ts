/** What a phone reads from a QR code drawn as SVG. */
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

export function decodeQr(svg: string): string | undefined {
  const png = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: '#ffffff' }).render().asPng());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** What a phone reads from a QR code inside a PNG (a share poster), looking at the whole image. */
export function decodeQrPng(png: Buffer): string | undefined {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data;
}
