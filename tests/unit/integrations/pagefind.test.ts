import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../../src/integrations/pagefind.ts';

describe('pageUrl', () => {
  it('gives the page’s path as the site links it, below the base', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('s/a/index.html')).toBe('/s/a/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
