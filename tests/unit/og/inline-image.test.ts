import { describe, expect, it } from 'vitest';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { inlineImage } from '../../../src/og/inline-image.ts';

const uri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
/** A drawing with a diagonal, so scaling and placement show in the pixels. */
const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="#0072b2"/><path d="M0 50 L100 0" stroke="#e69f00" stroke-width="6"/></svg>';

/** satori's layout of one image in a padded box, with the image's own style. */
const layout = (src: string, style: Record<string, unknown> = {}) =>
  satori(
    {
      type: 'div',
      props: {
        style: { display: 'flex', width: 300, height: 200, padding: 20, background: '#fdfcf9' },
        children: { type: 'img', props: { src, width: 200, height: 100, style: { width: 200, height: 100, ...style } } },
      },
    } as Parameters<typeof satori>[0],
    { width: 300, height: 200, fonts: [] },
  );
const pixels = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
/** Channels that differ by more than antialiasing noise. */
const differing = (a: Buffer, b: Buffer) => a.reduce((n, v, i) => n + (Math.abs(v - b[i]) > 8 ? 1 : 0), 0);

describe('inlineImage', () => {
  it('draws the SVG in place of satori’s image, in the same box, with the same pixels', async () => {
    const src = uri(chart);
    const drawing = await layout(src);
    const inlined = inlineImage(drawing, src, chart);
    expect(inlined).not.toContain('<image');
    expect(inlined).toContain('<svg x="20" y="20" width="200" height="100" viewBox="0 0 100 50"');
    expect(differing(pixels(inlined), pixels(drawing))).toBe(0);
  });

  it('keeps a clip that cuts more than the box (rounded corners)', async () => {
    const src = uri(chart);
    const drawing = await layout(src, { borderRadius: 40 });
    const inlined = inlineImage(drawing, src, chart);
    expect(inlined).not.toContain('<image');
    expect(inlined).toMatch(/<g (clip-path|mask)="url\(#/);
    expect(differing(pixels(inlined), pixels(drawing))).toBe(0);
  });

  it('fills the box with an SVG that has only a viewBox (a QR code)', async () => {
    const qr = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0h5v5H0z" fill="#000"/></svg>';
    const src = uri(qr);
    const drawing = await layout(src);
    const inlined = inlineImage(drawing, src, qr);
    expect(inlined).not.toContain('<image');
    expect(differing(pixels(inlined), pixels(drawing))).toBe(0);
  });

  it('leaves the drawing as it is when the image is not there or the SVG has ids that could clash', async () => {
    const src = uri(chart);
    const drawing = await layout(src);
    expect(inlineImage(drawing, uri('<svg/>'), chart)).toBe(drawing);
    const withId = chart.replace('<rect', '<rect id="a"');
    expect(inlineImage(drawing, src, withId)).toBe(drawing);
  });
});
