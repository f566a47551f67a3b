/** One Content-Security-Policy per page: the search page may compile WebAssembly, embeds may be framed, nothing else. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, headerPolicy, metaPolicy, pageKind } from '../../../src/security/policy.ts';

describe('pageKind', () => {
  it('knows the search page and embeds by path, under any base and in the 繁體 edition', () => {
    expect(pageKind('/search/', '/')).toBe('search');
    expect(pageKind('/search/index.html', '/')).toBe('search');
    expect(pageKind('/ai/zh-hant/search/', '/ai/')).toBe('search');
    expect(pageKind('/embed/engineer-pay/', '/')).toBe('embed');
    expect(pageKind('/zh-hant/embed/x/', '/')).toBe('embed');
    expect(pageKind('/search-tips/', '/')).toBe('page');
    expect(pageKind('/a/embed/', '/')).toBe('page');
  });
});

describe('metaPolicy', () => {
  it('allows scripts only from the site and the hashes of the inline scripts the page has, each once', () => {
    const p = metaPolicy('/a/', '/', ['x()', 'x()']);
    const hash = `'sha256-${createHash('sha256').update('x()').digest('base64')}'`;
    expect(cspHash('x()')).toBe(hash);
    expect(p).toContain(`script-src 'self' ${hash};`);
    expect(p.split(hash)).toHaveLength(2);
    expect(p).toContain("style-src 'self'");
    expect(p).toContain("object-src 'none'");
    expect(p).not.toContain('unsafe-inline');
  });

  it('allows WebAssembly only on the search page, and never eval', () => {
    expect(metaPolicy('/search/', '/', [])).toContain("'wasm-unsafe-eval'");
    expect(metaPolicy('/a/', '/', [])).not.toContain('wasm');
    expect(metaPolicy('/search/', '/', [])).not.toContain("'unsafe-eval'");
  });

  it('has no frame-ancestors, which browsers ignore in a <meta>', () => {
    expect(metaPolicy('/a/', '/', [])).not.toContain('frame-ancestors');
  });
});

describe('headerPolicy', () => {
  it('is the page’s policy, with framing forbidden except on embeds', () => {
    const meta = metaPolicy('/a/', '/', []);
    expect(headerPolicy(meta, '/a/', '/')).toBe(`${meta}; frame-ancestors 'none'`);
    const embed = metaPolicy('/embed/x/', '/', []);
    expect(headerPolicy(embed, '/embed/x/', '/')).toBe(embed);
  });
});
