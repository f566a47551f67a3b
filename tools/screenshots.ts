/**
 * npm run screenshots -- [path …]
 * Screenshots of built pages at 360 and 1280 px, light and dark, into
 * test-results/screenshots/, for a person to look at. --viewport: the first
 * screen only; --no-js: with JavaScript off (file names end in -nojs);
 * --text-size=<size>: as a reader who chose that text size (src/lib/reader-prefs.ts).
 */
import { mkdirSync } from 'node:fs';
import { serve } from '../tests/support/static-server.ts';
import { launch } from '../tests/support/browser.ts';

const paths = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const pages = paths.length ? paths : [''];
const out = 'test-results/screenshots';
const noJs = process.argv.includes('--no-js');
const textSize = process.argv.find((a) => a.startsWith('--text-size='))?.split('=')[1];
mkdirSync(out, { recursive: true });
// OUT_DIR: another build (a fixture's) instead of dist/.
const server = await serve(process.env.OUT_DIR ?? 'dist', process.env.BASE ?? '/');
const browser = await launch();
try {
  for (const width of [360, 1280])
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled: !noJs });
      if (textSize) await page.addInitScript((size) => localStorage.setItem('text-size', size), textSize);
      for (const p of pages) {
        await page.goto(server.url + p.replace(/^\//, ''));
        const name = `${p.replace(/[/#]+/g, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}${noJs ? '-nojs' : ''}${textSize ? `-${textSize}` : ''}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: !process.argv.includes('--viewport') });
        console.log(`${out}/${name}`);
      }
      await page.close();
    }
} finally {
  await browser.close();
  await server.close();
}
