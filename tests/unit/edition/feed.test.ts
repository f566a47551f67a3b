import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { hantFeed } from '../../../src/edition/feed.ts';

const convert = (s: string) => s.replaceAll('汉', '漢').replaceAll('报道', '報導');
const link = (href: string) => href.replace('https://news.example/a/', 'https://news.example/zh-hant/a/');
const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>汉字报道</title><atom:link href="https://news.example/a/rss.xml" rel="self" type="application/rss+xml"/><item><title>报道 &lt;b&gt;汉&lt;/b&gt; &amp; 数字</title><link>https://news.example/a/x/</link><guid isPermaLink="true">https://news.example/a/x/</guid><description>汉 &lt;script&gt;</description><content:encoded>&lt;p title="报道"&gt;汉字 &amp;lt;link&amp;gt;https://news.example/a/y/&lt;/p&gt;&lt;p&gt;&lt;a href="https://news.example/a/x/#s1"&gt;原文报道&lt;/a&gt; &lt;a href="https://other.example/"&gt;外&lt;/a&gt;&lt;/p&gt;</content:encoded></item></channel></rss>`;

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false }).parse(xml).rss.channel;

describe('hantFeed', () => {
  const out = parse(hantFeed(feed, convert, link));

  it('converts the words of every text, item titles holding markup-like text included, as text', () => {
    expect(out.title).toBe('漢字報導');
    expect(out.item.title).toBe('報導 <b>漢</b> & 数字');
    expect(out.item.description).toBe('漢 <script>');
  });

  it('moves the feed’s own address and each item’s link and guid into the edition', () => {
    expect(out['atom:link']['@_href']).toBe('https://news.example/zh-hant/a/rss.xml');
    expect(out.item.link).toBe('https://news.example/zh-hant/a/x/');
    expect(out.item.guid['#text']).toBe('https://news.example/zh-hant/a/x/');
  });

  it('converts the item HTML on its tree: text and attributes converted, links moved, text that looks like a tag or an address kept', () => {
    expect(out.item['content:encoded']).toBe(
      '<p title="報導">漢字 &#x3C;link>https://news.example/a/y/</p><p><a href="https://news.example/zh-hant/a/x/#s1">原文報導</a> <a href="https://other.example/">外</a></p>',
    );
  });
});
