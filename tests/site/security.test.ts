/**
 * Security headers and policy: every page carries a Content-Security-Policy
 * <meta> that allows scripts only from the site's own files or by the hash of
 * an inline script the page really has (never 'unsafe-inline' or
 * 'unsafe-eval'); dist/_headers sends each page exactly one policy, the same as
 * its <meta> plus frame-ancestors, with X-Frame-Options, nosniff, a referrer,
 * permissions and opener policy, and long-lived caching for the hashed files in
 * /_astro/. Both policies apply at once, so whatever a page runs or styles
 * inline must pass the header too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, dom, htmlFiles } from '../support/dist.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { allowsInlineElement, allowsStyleAttribute, cspWeaknesses, format, parseCsp, sha256 } from '../support/csp.ts';
import { isExecutable } from '../support/budgets.ts';
import { ENHANCE_LOADER_HASH } from '../../src/lib/enhance-loader.mjs';
import { READER_PREFS_HASH } from '../../src/lib/reader-prefs-script.ts';

const pages = htmlFiles();
const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
/** "a/index.html" -> "/a/": the path the host serves the page at. */
const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const headerCspOf = (file: string) => parseCsp(headersFor(rules, pathOf(file)).get('content-security-policy') ?? '');
const ONE_YEAR = 365 * 24 * 3600;

describe('Content-Security-Policy in every page', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s', (file) => {
    const d = dom(file);
    const metas = [...d.querySelectorAll('meta[http-equiv]')].filter(
      (m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy',
    );
    expect(metas.length, 'one CSP <meta>').toBe(1);
    const meta = metas[0];
    expect(meta.parentElement?.tagName.toLowerCase(), 'the CSP <meta> is in <head>').toBe('head');
    // A <meta> policy only covers what comes after it.
    const head = [...d.head.children];
    const firstLoad = head.findIndex(
      (e) =>
        /^(script|style|link)$/i.test(e.tagName) &&
        (e.tagName.toLowerCase() !== 'link' || /stylesheet|preload|modulepreload/.test(e.getAttribute('rel') ?? '')),
    );
    expect(firstLoad === -1 || head.indexOf(meta) < firstLoad, 'the CSP <meta> comes before any script or stylesheet').toBe(true);

    const page = parseCsp(meta.getAttribute('content')!);
    expect(cspWeaknesses(page)).toEqual([]);

    // Both the page's policy and the header's apply: inline code must pass both.
    const blocked: string[] = [];
    const header = headersFor(rules, pathOf(file));
    const headerText = header.get('content-security-policy') ?? '';
    // Hosts join the values of every matching rule with a comma: two policies would both apply.
    expect(headerText, 'exactly one policy in the header').not.toMatch(/,/);
    const headerPolicy = parseCsp(headerText);
    for (const [name, policy] of [
      ['page <meta>', page],
      ['_headers', headerPolicy],
    ] as const) {
      for (const s of d.querySelectorAll('script:not([src])'))
        if (isExecutable(s.getAttribute('type')) && !allowsInlineElement(policy, 'script', s.textContent ?? ''))
          blocked.push(`${name} blocks inline <script>${(s.textContent ?? '').slice(0, 60)}`);
      for (const s of d.querySelectorAll('style'))
        if (!allowsInlineElement(policy, 'style', s.textContent ?? ''))
          blocked.push(`${name} blocks inline <style>${(s.textContent ?? '').slice(0, 60)}`);
      for (const e of d.querySelectorAll('[style]'))
        if (!allowsStyleAttribute(policy, e.getAttribute('style')!))
          blocked.push(`${name} blocks style="${e.getAttribute('style')}" on <${e.tagName.toLowerCase()}>`);
      for (const e of d.querySelectorAll('*'))
        for (const attr of e.getAttributeNames().filter((a: string) => /^on/i.test(a)))
          blocked.push(`${name} blocks the event handler attribute ${attr} on <${e.tagName.toLowerCase()}>`);
    }
    expect(blocked).toEqual([]);

    // The header says what the page says, plus frame-ancestors (ignored in a <meta>).
    // A 繁體 twin has its page's policy.
    const own = file.replace(/^zh-hant\//, '');
    const embed = pathOf(own).startsWith('/embed/');
    const expected = new Map(page);
    if (!embed) expected.set('frame-ancestors', ["'none'"]);
    expect(format(headerPolicy)).toBe(format(expected));
    expect(page.has('frame-ancestors'), 'no frame-ancestors in a <meta>').toBe(false);
    expect(header.get('x-frame-options'), 'X-Frame-Options').toBe(embed ? undefined : 'DENY');
    if (embed) expect(headerPolicy.has('frame-ancestors'), 'embeds may be framed').toBe(false);

    // Only the hashes of the inline code the page has; WebAssembly only for search.
    const inline = [...d.querySelectorAll('script:not([src])')]
      .filter((s) => isExecutable(s.getAttribute('type')))
      .map((s) => sha256(s.textContent ?? ''));
    const hashes = (page.get('script-src') ?? []).filter((x) => x.startsWith("'sha"));
    expect([...hashes].sort()).toEqual([...new Set(inline)].sort());
    // The site's own inline scripts only: the enhancement loader and the reader's preferences in <head>.
    for (const h of hashes) expect([ENHANCE_LOADER_HASH, READER_PREFS_HASH], file).toContain(h);
    expect(
      (page.get('style-src') ?? []).filter((x) => x.startsWith("'sha")),
      'no style hashes',
    ).toEqual([]);
    expect(page.get('script-src')?.includes("'wasm-unsafe-eval'"), "'wasm-unsafe-eval' only on /search/").toBe(own === 'search/index.html');
  });
});

describe('public/_headers', () => {
  it('is copied into the build, with one rule per page after it', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8').startsWith(readFileSync('public/_headers', 'utf8'))).toBe(true);
    expect(readFileSync('public/_headers', 'utf8')).not.toMatch(/^\s+(Content-Security-Policy|X-Frame-Options):/im);
  });

  it('sends a CSP without unsafe-inline or unsafe-eval for scripts, nosniff and referrer, permissions and opener policies on every page', () => {
    for (const path of pages.map(pathOf)) {
      const h = headersFor(rules, path);
      expect(cspWeaknesses(parseCsp(h.get('content-security-policy') ?? '')), path).toEqual([]);
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('referrer-policy'), path).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
      expect(h.get('permissions-policy'), path).toMatch(/camera=\(\)/);
      expect(h.get('cross-origin-opener-policy'), path).toBe('same-origin');
    }
    expect(headersFor(rules, '/_astro/x.js').get('x-content-type-options')).toBe('nosniff');
  });

  it('lets browsers keep every file in /_astro/ for a year, and no page', () => {
    const assets = readdirSync(join(DIST, '_astro'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(assets.length).toBeGreaterThan(0);
    for (const a of assets) {
      const path = `/_astro/${join(a.parentPath, a.name).slice(join(DIST, '_astro').length + 1)}`;
      const cache = headersFor(rules, path).get('cache-control') ?? '';
      expect(cache, path).toMatch(/\bimmutable\b/);
      expect(Number(/max-age=(\d+)/.exec(cache)?.[1]), path).toBeGreaterThanOrEqual(ONE_YEAR);
      // Long caching is only safe because a changed file gets a new name.
      expect(a.name, `${path} has no content hash in its name`).toMatch(/[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/);
    }
    for (const p of pages) expect(headersFor(rules, pathOf(p)).get('cache-control') ?? '', p).not.toMatch(/immutable|max-age=[1-9]/);
  });
});

describe('the policy check itself', () => {
  it('rejects what a weak policy allows', () => {
    expect(cspWeaknesses(parseCsp("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'"))).toContain(
      "script-src allows 'unsafe-inline'",
    );
    expect(cspWeaknesses(parseCsp("default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'self'"))).toContain(
      "script-src allows 'unsafe-eval'",
    );
    expect(cspWeaknesses(parseCsp("default-src 'self'; object-src 'none'; base-uri 'self'"))).toEqual([]);
    expect(cspWeaknesses(parseCsp("default-src 'self'; img-src 'self' https://cdn.example; object-src 'none'; base-uri 'self'"))).toEqual([
      'img-src allows https://cdn.example: only the site itself (and data:)',
    ]);
  });

  it('knows which inline code a policy blocks', () => {
    const p = parseCsp(`default-src 'self'; script-src 'self' ${sha256('console.log(1)')}`);
    expect(allowsInlineElement(p, 'script', "alert('x')")).toBe(false);
    expect(allowsInlineElement(p, 'script', 'console.log(1)')).toBe(true);
    expect(
      allowsInlineElement(parseCsp("script-src 'self' 'unsafe-inline' 'sha256-AAAA'"), 'script', "alert('x')"),
      "'unsafe-inline' is void beside a hash",
    ).toBe(false);
    expect(allowsInlineElement(parseCsp("style-src 'self' 'unsafe-inline'"), 'style', 'p{}')).toBe(true);
    expect(allowsStyleAttribute(parseCsp("default-src 'self'"), 'color:red')).toBe(false);
  });
});
