import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deferScripts } from '../../../src/lib/defer-scripts.ts';
import { ENHANCE_LOADER, ENHANCE_LOADER_HASH } from '../../../src/lib/enhance-loader.mjs';
import { metaPolicy } from '../../../src/security/policy.ts';

const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>${body}</body></html>`;

describe('deferScripts', () => {
  it('keeps each module script as an inert template and adds the loader once, last in the body', () => {
    const html = deferScripts(
      page(
        '<p>正文</p><script type="module" src="/_astro/Figure.x.js"></script><p>更多</p><script type="module" src="/ai-talent/_astro/Share.y.js"></script>',
      ),
    );
    expect(html).toContain('<template data-enhance><script type="module" src="/_astro/Figure.x.js"></script></template>');
    expect(html).toContain('<template data-enhance><script type="module" src="/ai-talent/_astro/Share.y.js"></script></template>');
    expect(html.match(/<script type="module">/g)).toHaveLength(1);
    expect(html.endsWith(`<script type="module">${ENHANCE_LOADER}</script></body></html>`)).toBe(true);
    // Nothing outside the scripts moves.
    expect(html.replace(/<\/?template[^>]*>/g, '').replace(`<script type="module">${ENHANCE_LOADER}</script>`, '')).toBe(
      page(
        '<p>正文</p><script type="module" src="/_astro/Figure.x.js"></script><p>更多</p><script type="module" src="/ai-talent/_astro/Share.y.js"></script>',
      ),
    );
  });

  it('leaves pages without module scripts, and other scripts, as they are', () => {
    const plain = page('<p>正文</p><script type="application/ld+json">{"a":1}</script>');
    expect(deferScripts(plain)).toBe(plain);
  });

  it('takes no text for a tag: a script tag or </body> written inside an attribute stays as written', () => {
    const hostile = '<figure aria-label="<script type="module" src="/x.js"></script></body>"><p>图</p></figure>';
    const html = deferScripts(page(`${hostile}<script type="module" src="/_astro/F.js"></script>`));
    expect(html).toContain(hostile);
    expect(html.match(/<template data-enhance>/g)).toHaveLength(1);
    expect(html.endsWith(`<script type="module">${ENHANCE_LOADER}</script></body></html>`)).toBe(true);
  });

  it('keeps a script the page wrote after </body> where it is, the loader still before </body>', () => {
    const html = deferScripts(`${page('<p>图</p>')}<script type="module" src="/_astro/E.js"></script>`);
    expect(html).toBe(
      `${page('<p>图</p>').replace('</body>', `<script type="module">${ENHANCE_LOADER}</script></body>`)}<template data-enhance><script type="module" src="/_astro/E.js"></script></template>`,
    );
  });

  it('says so when a page with scripts has no </body>', () => {
    expect(() => deferScripts('<p>x</p><script type="module" src="/a.js"></script>')).toThrow(/no <\/body>/);
  });

  it('has its hash in the policy of a page that loads scripts, and only there', () => {
    const hash = `'sha256-${createHash('sha256').update(ENHANCE_LOADER).digest('base64')}'`;
    expect(ENHANCE_LOADER_HASH).toBe(hash);
    expect(metaPolicy('/a/', '/', [ENHANCE_LOADER])).toContain(`script-src 'self' ${hash};`);
    expect(metaPolicy('/a/', '/', [])).toContain("script-src 'self';");
    expect(metaPolicy('/search/', '/', [])).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(readFileSync('public/_headers', 'utf8')).not.toMatch(/^\s+Content-Security-Policy:/m);
  });
});
