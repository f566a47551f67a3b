/**
 * The built site served locally, and Chromium to read it, for one test file.
 * Pages opened through `open` get their own context (viewport, colour scheme,
 * JavaScript on or off) and report console errors into `errors`.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { serve, type RunningServer } from './static-server.ts';
import { DIST } from './dist.ts';

export interface Site {
  /** Base URL the site is served at, ending in "/". */
  readonly url: string;
  readonly server: RunningServer;
  readonly browser: Browser;
  /** Console errors and uncaught exceptions of every page opened with `open`. */
  readonly errors: string[];
  /** Opens a path (relative to the site's base) in a fresh context. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
}

/** Enhancement scripts load after the first paint (src/lib/enhance-loader.mjs): waits until they have run. */
export async function enhanced(page: Page): Promise<void> {
  if (await page.locator('template[data-enhance]').count()) await page.waitForFunction(() => 'enhanced' in document.documentElement.dataset);
}

export function useSite(dir = DIST, base = '/'): Site {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    server = await serve(dir, base);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    errors,
    async open(path, options = {}) {
      const context = await browser!.newContext(options);
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && errors.push(`${path}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
      await page.goto(server!.url + path);
      if (options.javaScriptEnabled !== false) await enhanced(page);
      return page;
    },
  };
}
