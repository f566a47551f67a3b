import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rootTokens } from '../../../src/lib/css-tokens.ts';

describe('rootTokens', () => {
  it('reads the first :root block only (the light theme), ignoring comments', () => {
    const css = '/* :root { --bg: red; } */ :root { --bg: #fff; --text:#111 ; } @media (prefers-color-scheme: dark) { :root { --bg: #000; } }';
    expect(rootTokens(css)).toEqual({ '--bg': '#fff', '--text': '#111' });
  });

  it('finds the site’s background colour in global.css', () => {
    expect(rootTokens(readFileSync('src/styles/global.css', 'utf8'))['--bg']).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('says so when there is no :root block', () => {
    expect(() => rootTokens('p { color: red }')).toThrow(/:root/);
  });
});
