/**
 * Budgets, read from the built files (gzip -9), for every page: JavaScript loaded
 * before any interaction ≤ 15 KB, CSS ≤ 10 KB, HTML ≤ 40 KB, and the headline and
 * first paragraph renderable from the first 14 KB (HTML prefix + blocking CSS).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, SiteFiles, staticImports } from '../support/budgets.ts';
import { DIST, htmlFiles } from '../support/dist.ts';
import { parseHTML } from 'linkedom';

const site = new SiteFiles();
const pages = htmlFiles();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('page budgets (gzip -9)', () => {
  it('has pages to weigh', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s stays within budget', (page) => {
    const w = site.weigh(page);
    const over = [
      w.js.gzip > BUDGET.js &&
        `JavaScript ${kb(w.js.gzip)} > ${kb(BUDGET.js)} (${w.js.files.join(', ')}${w.js.inline ? ` + ${w.js.inline} inline` : ''})`,
      w.css.gzip > BUDGET.css &&
        `CSS ${kb(w.css.gzip)} > ${kb(BUDGET.css)} (${w.css.files.join(', ')}${w.css.inline ? ` + ${w.css.inline} inline` : ''})`,
      w.html.gzip > BUDGET.html && `HTML ${kb(w.html.gzip)} > ${kb(BUDGET.html)}`,
      w.firstRender.gzip > BUDGET.firstRender &&
        `headline + first paragraph need ${kb(w.firstRender.gzip)} > ${kb(BUDGET.firstRender)} (HTML prefix ${kb(w.firstRender.htmlPrefix)} + ${w.firstRender.blocking.join(', ')})`,
    ].filter(Boolean);
    expect(over, `${page}: ${over.join('; ')}`).toEqual([]);
    expect(w.firstRender.paragraph.trim(), `${page}: no paragraph after the headline`).not.toBe('');
  });
});

describe('the first paint waits for no script', () => {
  // Scripts fetched before the largest paint add to LCP (Lighthouse's simulation counts them):
  // pages load theirs after it, through the loader in src/lib/enhance-loader.mjs.
  it.each(pages)('%s fetches no script before its first paint', (page) => {
    const { document } = parseHTML(readFileSync(join(DIST, page), 'utf8'));
    expect([...document.querySelectorAll('script[src], link[rel="modulepreload"]')].map((e) => e.outerHTML)).toEqual([]);
  });
});

describe('what the budget counts', () => {
  // A made-up build: a page whose script statically imports a chunk and imports search code on demand.
  const dir = mkdtempSync(join(tmpdir(), 'budget-'));
  const files: Record<string, string> = {
    'index.html':
      '<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/page.js"></script></head><body><h1>标题</h1><svg><path d="M0 0"/></svg><p class="x">第一段。</p><template data-enhance><script type="module" src="/_astro/late.js"></script></template></body></html>',
    '_astro/a.css': '@import "./b.css";body{color:red}',
    '_astro/b.css': 'p{margin:0}',
    '_astro/page.js': 'import{a as b}from"./chunk.js";document.querySelector("input").oninput=()=>import("./search.js");b();',
    '_astro/chunk.js': 'export const a=()=>1;',
    '_astro/late.js': 'document.documentElement.dataset.x="";',
    '_astro/search.js': 'export default "x".repeat(100000);',
  };
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  const w = new SiteFiles(dir).weigh('index.html');
  rmSync(dir, { recursive: true, force: true });

  it('follows static imports and @import, not import() on demand, and counts scripts loaded after the first paint', () => {
    expect(w.js.files.sort()).toEqual(['/_astro/chunk.js', '/_astro/late.js', '/_astro/page.js']);
    expect(w.css.files.sort()).toEqual(['/_astro/a.css', '/_astro/b.css']);
  });

  it('counts blocking stylesheets in the first-render bytes', () => {
    expect(w.firstRender.blocking.sort()).toEqual(['/_astro/a.css', '/_astro/b.css']);
    expect(w.firstRender.paragraph).toBe('第一段。');
    expect(w.firstRender.gzip).toBeGreaterThan(w.firstRender.htmlPrefix);
  });

  it('reads minified import forms', () => {
    expect(staticImports('import"./a.js";import{x}from"./b.js";export*from"./c.js";const y=import("./d.js")')).toEqual([
      './a.js',
      './b.js',
      './c.js',
    ]);
  });
});
