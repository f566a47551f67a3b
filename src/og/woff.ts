/**
 * WOFF 1.0 -> plain sfnt (TTF/OTF). resvg only reads sfnt, and @fontsource ships
 * WOFF/WOFF2; WOFF1 is just the sfnt tables, each zlib-compressed, so unpacking
 * it is a few lines (https://www.w3.org/TR/WOFF/).
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const HEADER = 44;
const ENTRY = 20;

const tagOf = (s: string) => s.split('').reduce((n, c) => n * 256 + c.charCodeAt(0), 0);

/** Unpacks a WOFF; tables named in `drop` (e.g. "GSUB") are left out. */
export function woffToSfnt(woff: Uint8Array, drop: string[] = []): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.length < HEADER || src.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font (expected the "wOFF" signature)');
  const flavor = src.readUInt32BE(4);
  const count = src.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = HEADER + i * ENTRY;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((k) => src.readUInt32BE(at + k));
    if (offset + compLength > src.length) throw new Error(`WOFF table ${i} runs past the end of the file`);
    const raw = src.subarray(offset, offset + compLength);
    // A table is stored uncompressed when zlib would not make it smaller.
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error(`WOFF table ${i} unpacks to ${data.length} bytes, expected ${origLength}`);
    return { tag, checksum, data };
  }).filter((t) => !drop.map(tagOf).includes(t.tag));
  const kept = tables.length;

  // sfnt: offset table, table records (tag-sorted, as WOFF keeps them), 4-byte aligned tables.
  const pad = (n: number) => (n + 3) & ~3;
  const dirSize = 12 + 16 * kept;
  const out = Buffer.alloc(dirSize + tables.reduce((s, t) => s + pad(t.data.length), 0));
  const log2 = Math.floor(Math.log2(kept));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(kept, 4);
  out.writeUInt16BE(16 * 2 ** log2, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(16 * kept - 16 * 2 ** log2, 10);
  let offset = dirSize;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}
