/** The site's identity file: what a valid one gives, and what an editor reads when it is wrong. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../../src/site/config.ts';

const dir = mkdtempSync(join(tmpdir(), 'site-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const valid = { name: '新闻图解', shortName: '图解', tagline: '把新闻报道变成可核查的图解。', searchExamples: ['储能'] };

describe('loadSiteConfig', () => {
  it('gives the identity, with the site’s name as its publisher unless one is named', () => {
    expect(loadSiteConfig(file('a.json', JSON.stringify(valid)))).toEqual({ ...valid, publisher: '新闻图解', traditionalEdition: true });
    expect(loadSiteConfig(file('b.json', JSON.stringify({ ...valid, publisher: '某某传媒' }))).publisher).toBe('某某传媒');
  });

  it('publishes the 繁體 edition unless the site says it publishes Simplified only', () => {
    expect(loadSiteConfig(file('e.json', JSON.stringify({ ...valid, traditionalEdition: false }))).traditionalEdition).toBe(false);
    expect(() => loadSiteConfig(file('f.json', JSON.stringify({ ...valid, traditionalEdition: 'no' })))).toThrow(/f\.json:1:\d+: traditionalEdition/);
  });

  it('names the file, the line and the field of every problem at once', () => {
    const f = file('c.json', JSON.stringify({ ...valid, shortName: '一个太长太长的网站短名字啊', searchExamples: [] }, null, 2));
    expect(() => loadSiteConfig(f)).toThrow(/c\.json:3:\d+: shortName: keep the short name to 12 characters[\s\S]*c\.json:\d+:\d+: searchExamples/);
  });

  it('refuses a field it does not know (a typo would be silently ignored otherwise)', () => {
    expect(() => loadSiteConfig(file('d.json', JSON.stringify({ ...valid, tagLine: 'x' })))).toThrow(/d\.json:1:\d+: .*tagLine/);
  });

  it('says how to create the file when there is none', () => {
    expect(() => loadSiteConfig(join(dir, 'missing.json'))).toThrow(/missing\.json: the site has no identity file\. Fix: create it with \{"name"/);
  });
});
