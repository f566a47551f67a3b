import { describe, expect, it } from 'vitest';
import { checkSite } from '../../../../tools/build/site.ts';

describe('the origin a build is for', () => {
  it('refuses a deployment build without SITE, and says how to set it', () => {
    const r = checkSite(undefined, false);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/SITE=https:\/\/.* npm run build/);
  });
  it('refuses localhost, other schemes and paths for deployment', () => {
    expect(checkSite('http://localhost:4321', false).ok).toBe(false);
    expect(checkSite('ftp://news.example.com', false).ok).toBe(false);
    expect(checkSite('https://news.example.com/ai/', false).ok).toBe(false);
  });
  it('takes a real origin, and localhost for a local preview', () => {
    expect(checkSite('https://news.example.com', false)).toEqual({ ok: true, origin: 'https://news.example.com' });
    expect(checkSite(undefined, true)).toEqual({ ok: true, origin: 'http://localhost:4321' });
  });
});
