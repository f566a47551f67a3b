/**
 * The site deployed under a sub-path (SITE=https://news.example.com BASE=/ai-talent/):
 * feed, sitemap, robots.txt, manifest, head links and search all resolve there.
 * (The full link-checker crawl of this build lives with the quality gates.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { serve, type RunningServer } from '../support/static-server.ts';
import { dom, htmlFiles } from '../support/dist.ts';
import { brokenLink, fileFor, readFeed, siteRoot, sitemapUrls } from '../support/site-urls.ts';

const SITE = 'https://news.example.com';
const BASE = '/ai-talent/';
const ROOT = `${SITE}${BASE}`;
const out = mkdtempSync(join(tmpdir(), 'base-path-site-'));

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // Vitest puts Vite's own variables in process.env; BASE_URL there would override BASE in the build.
  const { BASE_URL, MODE, DEV, PROD, SSR, ...env } = process.env;
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...env, SITE, BASE, OUT_DIR: out },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr + build.stdout).toBe(0);
  server = await serve(out, BASE);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`a build for ${ROOT}`, () => {
  it('knows its own address', () => {
    expect(siteRoot(out)).toBe(ROOT);
  });

  it('has a feed whose links, inside items too, all lead to pages there', () => {
    const feed = readFeed(out);
    expect(feed.link).toBe(ROOT);
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(brokenLink(item.link, ROOT, out)).toBeUndefined();
      const body = parseHTML(`<!doctype html><html><body>${item.content}</body></html>`).document.body;
      for (const e of body.querySelectorAll('[href], [src]'))
        expect(brokenLink(e.getAttribute('href') ?? e.getAttribute('src')!, ROOT, out)).toBeUndefined();
    }
  });

  it('has a sitemap and robots.txt with absolute URLs there', () => {
    const urls = sitemapUrls(ROOT, out);
    expect(urls).toContain(ROOT);
    for (const u of urls) expect(fileFor(u, ROOT, out), u).toBeDefined();
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toMatch(new RegExp(`^Sitemap: ${ROOT}sitemap-index\\.xml$`, 'm'));
  });

  it('has a manifest that starts and stays there, with its icons', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8'));
    expect([manifest.start_url, manifest.scope]).toEqual([BASE, BASE]);
    for (const icon of manifest.icons) expect(fileFor(new URL(icon.src, ROOT).href, ROOT, out), icon.src).toBeDefined();
  });

  it('links feed, manifest and icon from every page’s head, and search from every masthead, there', () => {
    for (const f of htmlFiles(out)) {
      const d = dom(f, out);
      // Embeds are bare: no masthead.
      const selectors = [
        'link[rel="alternate"][type="application/rss+xml"]',
        'link[rel="manifest"]',
        'link[rel="icon"]',
        ...(/(^|\/)embed\//.test(f) ? [] : ['.masthead nav a[href$="/search/"]']),
      ];
      for (const s of selectors) {
        const h = d.querySelector(s)?.getAttribute('href');
        expect(h, `${f}: ${s}`).toBeDefined();
        expect(fileFor(new URL(h!, ROOT).href, ROOT, out), `${f}: ${h}`).toBeDefined();
      }
    }
  });

  it('searches there, with results that open', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
    await page.goto(`${server.url}search/?q=${encodeURIComponent('亚马逊')}`);
    await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')!));
    for (const h of hrefs) expect(brokenLink(new URL(h, ROOT).href, ROOT, out), h).toBeUndefined();
    await page.locator('#search-results h2 a').first().click();
    await page.waitForURL(`**${BASE}ai-talent-war-2024-04/**`);
    expect(await page.locator('article h1').count()).toBe(1);
    expect(failed).toEqual([]);
    await page.close();
  });
});
