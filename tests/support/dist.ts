/** Reading the built site: its pages, as files or as DOM. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = process.env.OUT_DIR ?? 'dist';

/** Every HTML file under dir, as paths relative to it ("index.html", "a/b/index.html"). */
export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

/** The pages of the Simplified edition (the 繁體 twins under zh-hant/ are checked in tests/site/edition.test.ts). */
export const simplifiedHtmlFiles = (dir = DIST) => htmlFiles(dir).filter((f) => !f.startsWith('zh-hant/'));

export function dom(file: string, dir = DIST): Document {
  return parseHTML(readFileSync(join(dir, file), 'utf8')).document as unknown as Document;
}

/** The URL path of a built file: "a/b/index.html" -> "a/b/". */
export const pathOf = (file: string) => file.replace(/index\.html$/, '');
