/**
 * What a page costs a reader, read from the built files: its HTML, the CSS and
 * JavaScript it loads before any interaction (stylesheets, scripts, module
 * preloads and their static imports; a dynamic import() is loaded later and
 * not counted), raw and gzip -9. Used by the budgets gate and `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { DIST, pathOf } from './dist.ts';

export const BUDGET = {
  /** gzip bytes per page */
  js: 15 * 1024,
  css: 10 * 1024,
  html: 40 * 1024,
  /** Compressed bytes that must carry the headline and first paragraph: the first TCP round trip. */
  firstRender: 14 * 1024,
} as const;

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  html: Size;
  css: Size & { files: string[]; inline: number };
  js: Size & { files: string[]; inline: number };
  /** HTML up to the end of the first paragraph after the headline, plus render-blocking CSS/JS, gzip. */
  firstRender: { gzip: number; htmlPrefix: number; blocking: string[]; paragraph: string };
}

export const gzipSize = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

const size = (buf: Buffer | string): Size => ({ raw: Buffer.byteLength(buf), gzip: gzipSize(buf) });

function add(a: Size, b: Size): Size {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/** Executable inline script (JSON data blocks and templates do not run). */
export function isExecutable(type: string | null): boolean {
  return !type || /^(module|text\/javascript|application\/javascript)$/i.test(type.trim());
}

/**
 * Static imports of an ES module ("import … from './x.js'", "import './x.js'",
 * "export … from './x.js'"), not dynamic import(). Minified output included.
 */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

/** "@import url(x.css)" / "@import 'x.css'" in CSS. */
const cssImports = (css: string) => [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)].map((m) => m[1]);

export class SiteFiles {
  readonly dir: string;
  readonly base: string;
  constructor(dir = DIST, base = '/') {
    this.dir = dir;
    this.base = base;
  }

  /** The built file a site URL ("/base/_astro/x.js") refers to, or undefined if it is not ours. */
  fileOf(url: string): string | undefined {
    const u = new URL(url, 'http://site.invalid/');
    if (u.origin !== 'http://site.invalid' || !u.pathname.startsWith(this.base)) return undefined;
    const rel = decodeURIComponent(u.pathname.slice(this.base.length));
    const file = join(this.dir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
    return existsSync(file) ? file : undefined;
  }

  /** URL path of a page file: "a/index.html" -> "/base/a/". */
  urlOf(page: string): string {
    return this.base + pathOf(page);
  }

  read(url: string, from: string): Buffer {
    const file = this.fileOf(url);
    if (!file) throw new Error(`${from} loads ${url}, which is not a file of the build`);
    return readFileSync(file);
  }

  /** Every module a script URL loads before it runs: itself and its static imports, depth first. */
  moduleGraph(url: string, from: string, seen = new Set<string>()): string[] {
    const abs = new URL(url, `http://site.invalid${from}`).pathname;
    if (seen.has(abs)) return [];
    seen.add(abs);
    const code = this.read(abs, from).toString('utf8');
    return [abs, ...staticImports(code).flatMap((spec) => (spec.startsWith('.') || spec.startsWith('/') ? this.moduleGraph(spec, abs, seen) : []))];
  }

  stylesheets(url: string, from: string, seen = new Set<string>()): string[] {
    const abs = new URL(url, `http://site.invalid${from}`).pathname;
    if (seen.has(abs)) return [];
    seen.add(abs);
    const css = this.read(abs, from).toString('utf8');
    return [abs, ...cssImports(css).flatMap((u) => this.stylesheets(u, abs, seen))];
  }

  weigh(page: string): PageWeight {
    const html = readFileSync(join(this.dir, page), 'utf8');
    const from = this.urlOf(page);
    const { document } = parseHTML(html);

    const cssFiles = new Set<string>();
    for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]'))
      for (const u of this.stylesheets(link.getAttribute('href')!, from)) cssFiles.add(u);
    const inlineCss = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '');

    const jsFiles = new Set<string>();
    const entries = [
      ...[...document.querySelectorAll('script[src]')].filter((s) => isExecutable(s.getAttribute('type'))).map((s) => s.getAttribute('src')!),
      // Scripts the page loads after its first paint (src/lib/enhance-loader.mjs) are its scripts too.
      ...[...document.querySelectorAll<HTMLTemplateElement>('template[data-enhance]')].flatMap((t) =>
        [...t.content.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
      ),
      ...[...document.querySelectorAll('link[rel~="modulepreload"][href]')].map((l) => l.getAttribute('href')!),
    ];
    for (const src of entries) for (const u of this.moduleGraph(src, from)) jsFiles.add(u);
    const inlineJs = [...document.querySelectorAll('script:not([src])')]
      .filter((s) => isExecutable(s.getAttribute('type')))
      .map((s) => s.textContent ?? '');
    // An inline module can import files too.
    for (const code of inlineJs) for (const spec of staticImports(code)) for (const u of this.moduleGraph(spec, from)) jsFiles.add(u);

    const zero: Size = { raw: 0, gzip: 0 };
    const css = [...[...cssFiles].map((u) => size(this.read(u, from))), ...inlineCss.map(size)].reduce(add, zero);
    const js = [...[...jsFiles].map((u) => size(this.read(u, from))), ...inlineJs.map(size)].reduce(add, zero);

    return {
      page,
      html: size(html),
      css: { ...css, files: [...cssFiles], inline: inlineCss.length },
      js: { ...js, files: [...jsFiles], inline: inlineJs.length },
      firstRender: this.firstRender(html, document, from),
    };
  }

  /**
   * The bytes a reader needs before the headline and first paragraph can be drawn:
   * the HTML through the end of that paragraph, and every stylesheet and classic
   * script in <head> that blocks rendering, each gzip -9.
   */
  firstRender(html: string, document: Document, from: string): PageWeight['firstRender'] {
    const h1End = html.indexOf('</h1>');
    if (h1End < 0) throw new Error(`${from} has no <h1>: no headline to render`);
    // The first paragraph of the text: in an article, the first of .prose; elsewhere the first <p> after the headline.
    const prose = html.indexOf('class="prose"', h1End);
    const from0 = prose >= 0 ? prose : h1End;
    const pMatch = /<p[\s>]/.exec(html.slice(from0));
    const pStart = pMatch ? from0 + pMatch.index : -1;
    const pEnd = pStart >= 0 ? html.indexOf('</p>', pStart) : -1;
    const end = pEnd >= 0 ? pEnd + '</p>'.length : h1End + '</h1>'.length;
    const prefix = html.slice(0, end);
    const paragraph = pEnd >= 0 ? (parseHTML(`<p${html.slice(pStart + 2, end)}`).document.querySelector('p')?.textContent ?? '') : '';

    const head = document.querySelector('head');
    const blocking = [
      ...[...(head?.querySelectorAll('link[rel~="stylesheet"][href]') ?? [])]
        .filter((l) => !l.getAttribute('media') || /^(all|screen)\b/.test(l.getAttribute('media')!))
        .flatMap((l) => this.stylesheets(l.getAttribute('href')!, from)),
      ...[...(head?.querySelectorAll('script[src]') ?? [])]
        .filter(
          (s) => isExecutable(s.getAttribute('type')) && s.getAttribute('type') !== 'module' && !s.hasAttribute('async') && !s.hasAttribute('defer'),
        )
        .flatMap((s) => this.moduleGraph(s.getAttribute('src')!, from)),
    ];
    const htmlPrefix = gzipSize(prefix);
    const gzip = htmlPrefix + [...new Set(blocking)].reduce((sum, u) => sum + gzipSize(this.read(u, from)), 0);
    return { gzip, htmlPrefix, blocking: [...new Set(blocking)], paragraph };
  }
}
