import { describe, expect, it } from 'vitest';
import { hantAttributes, hantJsonLd, moveUrlsInside, withAttribute, type Attribute } from '../../../src/edition/values.ts';
import { hantConverter } from '../../../src/edition/hant.ts';

const convert = hantConverter();
/** Pages with a 繁體 twin: /a/ only. */
const link = (href: string) => href.replace(/^(https:\/\/example\.org)?\/a\//, (_, origin = '') => `${origin}/zh-hant/a/`);
const attrs = (o: Record<string, string | undefined>): Attribute[] => Object.entries(o).map(([name, value]) => ({ name, value }));
const values = (list: Attribute[]) => Object.fromEntries(list.map((a) => [a.name, a.value]));

describe('moveUrlsInside', () => {
  it('moves page addresses written plainly or percent-encoded inside a value, and nothing else', () => {
    const share = `https://service.weibo.com/share/share.php?url=${encodeURIComponent('https://example.org/a/')}&title=x`;
    expect(moveUrlsInside(share, link)).toBe(
      `https://service.weibo.com/share/share.php?url=${encodeURIComponent('https://example.org/zh-hant/a/')}&title=x`,
    );
    expect(moveUrlsInside('见 https://example.org/a/#s1 和 https://example.org/b/', link)).toBe(
      '见 https://example.org/zh-hant/a/#s1 和 https://example.org/b/',
    );
    expect(moveUrlsInside('https%3A%2F%2Fexample.org%2F%E0%A4%A', link), 'a broken encoding stays as written').toBe(
      'https%3A%2F%2Fexample.org%2F%E0%A4%A',
    );
  });
});

describe('hantAttributes', () => {
  it('converts words in any attribute, moves addresses, keeps names, order and valueless attributes', () => {
    const out = hantAttributes(
      'a',
      attrs({ href: '/a/#src-1', 'aria-label': '数据表', 'data-copy': 'https://example.org/a/', hidden: undefined, class: 'mark' }),
      convert,
      link,
    );
    expect(out).toEqual(
      attrs({ href: '/zh-hant/a/#src-1', 'aria-label': '數據表', 'data-copy': 'https://example.org/zh-hant/a/', hidden: undefined, class: 'mark' }),
    );
  });

  it('marks the page 繁體 and keeps the hreflang alternates and the page policy as they are', () => {
    expect(values(hantAttributes('html', attrs({ lang: 'zh-CN' }), convert, link))).toEqual({ lang: 'zh-Hant' });
    const alternate = attrs({ rel: 'alternate', hreflang: 'zh-Hans', href: 'https://example.org/a/' });
    expect(hantAttributes('link', alternate, convert, link)).toEqual(alternate);
    const policy = attrs({ 'http-equiv': 'content-security-policy', content: "default-src 'self' 中" });
    expect(hantAttributes('meta', policy, convert, link)).toEqual(policy);
  });

  it('gives meta elements the edition’s address, locale and words', () => {
    const meta = (o: Record<string, string>) => values(hantAttributes('meta', attrs(o), convert, link)).content;
    expect(meta({ property: 'og:url', content: 'https://example.org/a/' })).toBe('https://example.org/zh-hant/a/');
    expect(meta({ property: 'og:locale', content: 'zh_CN' })).toBe('zh_TW');
    expect(meta({ name: 'description', content: '微软与谷歌' })).toBe('微軟與谷歌');
  });
});

describe('withAttribute', () => {
  it('sets a value in its place, whatever the case of its name, or adds it at the end', () => {
    const list = attrs({ HREF: '/a/', class: 'x' });
    expect(withAttribute(list, 'href', '/b/')).toEqual(attrs({ HREF: '/b/', class: 'x' }));
    expect(withAttribute(list, 'lang', 'zh-Hans')).toEqual(attrs({ HREF: '/a/', class: 'x', lang: 'zh-Hans' }));
  });
});

describe('hantJsonLd', () => {
  it('converts words and page addresses, and names the edition’s language for the page but not for what it cites', () => {
    const data = {
      '@type': 'NewsArticle',
      inLanguage: 'zh-Hans',
      headline: '巨头',
      url: 'https://example.org/a/',
      isBasedOn: { '@type': 'NewsArticle', inLanguage: 'zh-Hans', name: '原文' },
      keywords: ['人才'],
      wordCount: 1200,
    };
    expect(hantJsonLd(data, convert, link)).toEqual({
      '@type': 'NewsArticle',
      inLanguage: 'zh-Hant',
      headline: '巨頭',
      url: 'https://example.org/zh-hant/a/',
      isBasedOn: { '@type': 'NewsArticle', inLanguage: 'zh-Hans', name: '原文' },
      keywords: ['人才'],
      wordCount: 1200,
    });
  });

  it('leaves a dataset in the language of its downloads', () => {
    expect(hantJsonLd({ '@type': 'Dataset', inLanguage: 'zh-Hans' }, convert, link)).toEqual({ '@type': 'Dataset', inLanguage: 'zh-Hans' });
  });
});
