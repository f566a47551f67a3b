/**
 * npm run build [-- --local]
 *
 * Builds the site into a fresh folder beside dist/ and swaps it in only when
 * the build is complete: a failed build leaves the previous dist/ exactly as it
 * was. A deployment build needs the public origin in SITE (canonical links,
 * feeds, share cards and embed codes carry it); --local (npm start, tests)
 * builds for http://localhost:4321 instead. An editor's mistake (bad report,
 * dataset, chart spec or changelog) exits 2 with the message and no stack
 * trace (set DEBUG=1 for one).
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { editorMessage } from '../src/ingest/errors.ts';
import { checkSite } from './build/site.ts';

const { values } = parseArgs({ options: { local: { type: 'boolean', default: false } } });

const site = checkSite(process.env.SITE, values.local);
if (!site.ok) {
  console.error(`build: ${site.message}`);
  process.exit(2);
}
process.env.SITE = site.origin;

const target = resolve(process.env.OUT_DIR ?? 'dist');
// Beside the target, on the same file system, so the swap is a rename.
const fresh = join(dirname(target), `.${basename(target)}.building-${process.pid}`);
const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
process.env.OUT_DIR = fresh;

const cleanUp = () => rmSync(fresh, { recursive: true, force: true });
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

/** Files a complete build always writes. */
const REQUIRED = ['index.html', '404.html', 'rss.xml', 'sitemap-index.xml', 'robots.txt', '_headers', 'pagefind/pagefind.js'];

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|xml|txt|json|js|css|csv|webmanifest|svg)$|^_headers$/.test(f))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** What makes a finished build unfit to publish, in words. */
function problemsOf(dir: string): string[] {
  const out = REQUIRED.filter((f) => !existsSync(join(dir, f))).map((f) => `${f} is missing`);
  // Astro's server chunks for prerendering: never part of a static site.
  rmSync(join(dir, '.prerender'), { recursive: true, force: true });
  const root = process.cwd();
  for (const file of textFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const name = file.slice(dir.length + 1);
    if (text.includes(root)) out.push(`${name} contains a path of this machine (${root})`);
    if (!values.local && /\/\/(localhost|127\.0\.0\.1)[:/]/.test(text))
      out.push(`${name} names localhost although SITE is ${site.ok ? site.origin : ''}`);
  }
  return out;
}

async function main(): Promise<number> {
  const { build } = await import('astro');
  try {
    await build({ logLevel: process.env.DEBUG ? 'debug' : 'info' });
  } catch (e) {
    cleanUp();
    const editor = editorMessage(e) ?? editorMessage((e as { cause?: unknown }).cause);
    if (editor) {
      for (const line of editor.split('\n')) console.error(`build: ${line}`);
      console.error(`build: nothing was published; ${basename(target)}/ is unchanged.`);
      return 2;
    }
    throw e;
  }
  const problems = problemsOf(fresh);
  if (problems.length) {
    cleanUp();
    for (const p of problems.slice(0, 20)) console.error(`build: ${p}`);
    console.error(`build: the build is incomplete or unfit to publish; ${basename(target)}/ is unchanged.`);
    return 1;
  }
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
  console.log(`build: ${basename(target)}/ replaced with the new site for ${site.ok ? site.origin : ''}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    cleanUp();
    console.error(e);
    process.exit(1);
  },
);
