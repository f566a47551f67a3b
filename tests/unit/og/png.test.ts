import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from '../../../src/og/png.ts';
import { decode, pngSize } from '../../support/png.ts';

const drawing =
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120"><rect width="240" height="120" fill="#fdfcf9"/><circle cx="60" cy="60" r="40" fill="#0072b2"/><path d="M120 100 L230 10" stroke="#d55e00" stroke-width="5"/></svg>';

describe('encodePng', () => {
  it('keeps every pixel of an opaque drawing, at its size, the same bytes each time', async () => {
    const image = new Resvg(drawing, { font: { loadSystemFonts: false } }).render();
    const png = await encodePng(image);
    expect(pngSize(png)).toEqual({ width: 240, height: 120 });
    const back = decode(png);
    expect(Buffer.from(back.data).equals(Buffer.from(decode(image.asPng()).data))).toBe(true);
    expect((await encodePng(image)).equals(png)).toBe(true);
  });

  it('writes no larger a file than resvg’s own encoder', async () => {
    const image = new Resvg(drawing, { font: { loadSystemFonts: false } }).render();
    expect((await encodePng(image)).length).toBeLessThanOrEqual(image.asPng().length);
  });
});
