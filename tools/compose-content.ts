/**
 * node tools/compose-content.ts <overlay> <out>
 *
 * A content folder made of the site's own content/ with another folder laid
 * over it (the overlay's files win). tests/fixtures/multi is such an overlay:
 * it holds only what it adds to the seed (a second report with its meta file,
 * and a site identity that names no subject), not a copy of the seed, so the
 * fixture follows every change to content/. Generated articles of the overlay's
 * reports are not kept in it either: run ingest on the result
 * (CONTENT_DIR=<out> node tools/ingest.ts), as tests/site/multi.test.ts does.
 */
import { cpSync, rmSync } from 'node:fs';

export function composeContent(overlay: string, out: string, base = 'content'): string {
  rmSync(out, { recursive: true, force: true });
  cpSync(base, out, { recursive: true });
  cpSync(overlay, out, { recursive: true, force: true });
  return out;
}

if (import.meta.main) {
  const [overlay, out] = process.argv.slice(2);
  if (!overlay || !out) {
    console.error('usage: node tools/compose-content.ts <overlay folder> <out folder>');
    process.exit(2);
  }
  console.log(`content: ${composeContent(overlay, out)} (content/ + ${overlay})`);
}
