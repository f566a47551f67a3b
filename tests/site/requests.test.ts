/**
 * Every built page loaded in Chromium, served with the headers in _headers as a
 * host would send them: requests go to the site's own origin only, neither the
 * page's CSP <meta> nor the header CSP blocks anything the page uses, the code
 * fetched on load is what the JS budget counts, and body text uses no web font.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../support/static-server.ts';
import { useSite } from '../support/site.ts';
import { DIST, simplifiedHtmlFiles, pathOf } from '../support/dist.ts';
import { hantSample } from '../support/templates.ts';
import { SiteFiles } from '../support/budgets.ts';

/** Every page, and the 繁體 twin of one page of each template. */
const pages = [...simplifiedHtmlFiles(), ...hantSample()];
const site = new SiteFiles();

const served = useSite();

interface Visit {
  requests: { url: string; type: string }[];
  violations: string[];
  bodyFonts: { family: string; webFonts: string[] };
}

async function visit(file: string, at: RunningServer = served.server): Promise<Visit> {
  const context = await served.browser.newContext();
  const page = await context.newPage();
  const requests: Visit['requests'] = [];
  const violations: string[] = [];
  context.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `Content-Security-Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  await page.goto(at.url + pathOf(file), { waitUntil: 'networkidle' });
  // Lazy content loads as the reader scrolls.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  const bodyFonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const p = document.querySelector('main p') ?? document.body;
    const family = getComputedStyle(p).fontFamily;
    const used = family.split(',').map((f) =>
      f
        .trim()
        .replace(/^["']|["']$/g, '')
        .toLowerCase(),
    );
    const webFonts = [...document.fonts].map((f) => f.family.replace(/^["']|["']$/g, '')).filter((f) => used.includes(f.toLowerCase()));
    return { family, webFonts };
  });
  await context.close();
  return { requests, violations, bodyFonts };
}

describe('pages in Chromium', () => {
  it('has pages to load', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s: only its own origin, no CSP violation, counted code, system fonts for text', async (file) => {
    const problems = check(file, await visit(file), served.server, site);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

/** What a reader's browser would do wrong on this page, in words. */
function check(file: string, { requests, violations, bodyFonts }: Visit, at: RunningServer, files: SiteFiles): string[] {
  const origin = new URL(at.url).origin;
  const code = requests.filter((r) => r.type === 'script' || /\.wasm$/.test(r.url)).map((r) => new URL(r.url).pathname);
  const counted = files.weigh(file).js.files;
  return [
    ...(requests.length === 0 ? ['no request recorded: the page did not load'] : []),
    ...requests
      .filter((r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin)
      .map((r) => `request to another origin: ${r.type} ${r.url}`),
    ...violations,
    ...code.filter((u) => !counted.includes(u)).map((u) => `code fetched on load that the JS budget does not count: ${u}`),
    ...bodyFonts.webFonts.map((f) => `body text (${bodyFonts.family}) uses the web font ${f}`),
  ];
}

describe('the browser check itself', () => {
  // A copy of the build with one planted fault per page.
  const copy = mkdtempSync(join(tmpdir(), 'faulty-site-'));
  const [a, b, c, d] = pages;
  let faulty: RunningServer;
  beforeAll(async () => {
    cpSync(DIST, copy, { recursive: true });
    const plant = (file: string, html: string, replace = (s: string) => s) =>
      writeFileSync(join(copy, file), replace(readFileSync(join(copy, file), 'utf8')).replace('</main>', `${html}</main>`));
    // a: no CSP anywhere, an image from another origin.
    rmSync(join(copy, '_headers'));
    plant(a, '<img src="http://127.0.0.2:9/x.png" alt="x">', (s) => s.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''));
    // b: an inline script the CSP does not allow.
    plant(b, '<script>document.title = "x"</script>');
    // c: a web font for body text.
    const css = readdirSync(join(copy, '_astro')).find((f) => f.endsWith('.css'))!;
    appendFileSync(join(copy, '_astro', css), '@font-face{font-family:"Web Body";src:url(/no-font.woff2)}main p{font-family:"Web Body",sans-serif}');
    // d: a script that pulls more code in as soon as it runs.
    writeFileSync(join(copy, '_astro', 'eager.js'), 'import("./lazy.js");');
    writeFileSync(join(copy, '_astro', 'lazy.js'), 'export default 1;');
    plant(d, '<script type="module" src="/_astro/eager.js"></script>');
    faulty = await serve(copy);
  });
  afterAll(async () => {
    await faulty?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('notices each fault', async () => {
    const files = new SiteFiles(copy);
    const found = async (f: string) => check(f, await visit(f, faulty), faulty, files).join('\n');
    expect(await found(a)).toMatch(/request to another origin: image http:\/\/127\.0\.0\.2:9\/x\.png/);
    expect(await found(b)).toMatch(/Content-Security-Policy/);
    expect(await found(c)).toMatch(/uses the web font Web Body/);
    expect(await found(d)).toMatch(/does not count: \/_astro\/lazy\.js/);
  });
});
