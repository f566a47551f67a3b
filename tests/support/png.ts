/** Reading rendered PNGs the way a reader looks at them: where the ink is. */
import { PNG } from 'pngjs';

export interface Pixels {
  width: number;
  height: number;
  data: Buffer;
}

/** Width and height from the IHDR chunk, without decoding. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export const decode = (png: Buffer): Pixels => PNG.sync.read(png);

export type Rgba = [number, number, number, number];
export const at = (img: Pixels, x: number, y: number): Rgba => {
  const i = (y * img.width + x) * 4;
  return [img.data[i], img.data[i + 1], img.data[i + 2], img.data[i + 3]];
};

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Pixels in box (default: everything) for which `is` holds. */
export function count(img: Pixels, is: (p: Rgba) => boolean, box: Box = { x0: 0, y0: 0, x1: img.width, y1: img.height }): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) if (is(at(img, x, y))) n++;
  return n;
}

/** Bounding box of the pixels for which `is` holds, or undefined. */
export function inkBox(img: Pixels, is: (p: Rgba) => boolean): Box | undefined {
  let box: Box | undefined;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++)
      if (is(at(img, x, y)))
        box = box
          ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x + 1), y1: Math.max(box.y1, y + 1) }
          : { x0: x, y0: y, x1: x + 1, y1: y + 1 };
  return box;
}

/** Horizontal bands of rows holding ink (text lines), with gaps shorter than minGap merged. */
export function bands(img: Pixels, is: (p: Rgba) => boolean, minGap = 8): [number, number][] {
  const rows = Array.from({ length: img.height }, (_, y) => count(img, is, { x0: 0, y0: y, x1: img.width, y1: y + 1 }) > 0);
  const out: [number, number][] = [];
  rows.forEach((ink, y) => {
    if (!ink) return;
    const last = out.at(-1);
    if (last && y - last[1] <= minGap) last[1] = y + 1;
    else out.push([y, y + 1]);
  });
  return out;
}
