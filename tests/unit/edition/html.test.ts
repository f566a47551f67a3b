import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { hantPage } from '../../../src/edition/html.ts';
import { hantConverter } from '../../../src/edition/hant.ts';

const convert = hantConverter();
const pages = new Set(['', 'a/', 'data/']);
const links = {
  hantUrl(href: string, from: URL) {
    const u = new URL(href, from);
    const rel = u.pathname.slice(1);
    if (u.origin !== 'https://example.org' || !pages.has(rel)) return undefined;
    const path = `/zh-hant/${rel}${u.search}${u.hash}`;
    return href.startsWith('http') ? u.origin + path : path;
  },
};
const page = `<!doctype html><html lang="zh-CN"><head><title>巨头加码</title>
<meta name="description" content="微软与谷歌"><meta property="og:locale" content="zh_CN"><meta property="og:url" content="https://example.org/a/">
<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc='">
<link rel="canonical" href="https://example.org/a/"><link rel="alternate" hreflang="zh-Hant" href="https://example.org/zh-hant/a/">
<script>document.documentElement.dataset.x = "这里"</script><style>.a::after{content:"这里"}</style></head>
<body><a class="edition-switch" href="/zh-hant/a/" data-edition-switch>繁體</a>
<p aria-label="数据表">这场AI人才大战 <a href="/a/#src-1">见报道</a> <a href="/_astro/x.js">脚本</a> <a href="/data/?chart=c#rec-1">数据</a></p>
<svg><a href="/a/#src-2" class="mark"><text>亿美元</text></a></svg>
<script type="application/ld+json">{"headline":"巨头","url":"https://example.org/a/","image":"https://example.org/og/a.png"}</script></body></html>`;
const out = hantPage(page, new URL('https://example.org/a/'), convert, links, { label: '简体', title: '切换到简体中文版' }, '/a/');
const d = parseHTML(out).document;

describe('hantPage', () => {
  it('marks the page 繁體 and converts its words, text and attributes alike', () => {
    expect(d.documentElement.getAttribute('lang')).toBe('zh-Hant');
    expect(d.querySelector('title')!.textContent).toBe('巨頭加碼');
    expect(d.querySelector('meta[name=description]')!.getAttribute('content')).toBe('微軟與谷歌');
    expect(d.querySelector('meta[property="og:locale"]')!.getAttribute('content')).toBe('zh_TW');
    expect(d.querySelector('p')!.getAttribute('aria-label')).toBe('數據表');
    expect(d.querySelector('p')!.textContent).toContain('這場AI人才大戰');
    expect(d.querySelector('svg text')!.textContent).toBe('億美元');
  });

  it('moves links to pages into the edition and leaves files where they are', () => {
    const hrefs = [...d.querySelectorAll('p a, svg a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/zh-hant/a/#src-1', '/_astro/x.js', '/zh-hant/data/?chart=c#rec-1', '/zh-hant/a/#src-2']);
    expect(d.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe('https://example.org/zh-hant/a/');
    expect(d.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe('https://example.org/zh-hant/a/');
    expect(d.querySelector('link[hreflang]')!.getAttribute('href'), 'alternates are the same in both editions').toBe(
      'https://example.org/zh-hant/a/',
    );
  });

  it('keeps scripts, styles and policies byte for byte, so the CSP hashes hold', () => {
    expect(out).toContain('<script>document.documentElement.dataset.x = "这里"</script>');
    expect(out).toContain('<style>.a::after{content:"这里"}</style>');
    expect(d.querySelector('meta[http-equiv]')!.getAttribute('content')).toBe("script-src 'self' 'sha256-abc='");
  });

  it('converts JSON-LD as data and moves its page addresses', () => {
    const ld = JSON.parse(d.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld).toEqual({ headline: '巨頭', url: 'https://example.org/zh-hant/a/', image: 'https://example.org/og/a.png' });
  });

  it('turns the edition switch around, in Simplified, back to the same page', () => {
    const a = d.querySelector('[data-edition-switch]')!;
    expect([a.getAttribute('href'), a.getAttribute('lang'), a.getAttribute('hreflang'), a.textContent]).toEqual([
      '/a/',
      'zh-Hans',
      'zh-Hans',
      '简体',
    ]);
  });
});

describe('hantPage and sharing', () => {
  const share = `<!doctype html><html lang="zh-CN"><body><section class="share" data-share="https://example.org/a/">
<a href="https://service.weibo.com/share/share.php?url=${encodeURIComponent('https://example.org/a/')}&title=x">微博</a>
<button data-copy="https://example.org/a/">复制链接</button>
<svg role="img" aria-label="本页二维码" class="qr" viewBox="0 0 1 1"><path d="M0 0"/></svg></section></body></html>`;
  const fresh = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2" class="qr" role="img"><path d="M1 1"/></svg>';
  const s = parseHTML(hantPage(share, new URL('https://example.org/a/'), convert, links, { label: '简体', title: '' }, '/a/', fresh)).document;

  it('shares the 繁體 page: data attributes and encoded addresses in share links move too', () => {
    expect(s.querySelector('section')!.getAttribute('data-share')).toBe('https://example.org/zh-hant/a/');
    expect(s.querySelector('button')!.getAttribute('data-copy')).toBe('https://example.org/zh-hant/a/');
    expect(s.querySelector('a')!.getAttribute('href')).toBe(
      `https://service.weibo.com/share/share.php?url=${encodeURIComponent('https://example.org/zh-hant/a/')}&title=x`,
    );
  });

  it('puts the QR code of the 繁體 page in place of the Simplified one, label converted', () => {
    const qr = s.querySelector('svg.qr')!;
    expect(qr.getAttribute('viewBox')).toBe('0 0 2 2');
    expect(qr.getAttribute('aria-label')).toBe('本頁二維碼');
    expect(s.querySelectorAll('svg.qr path')).toHaveLength(1);
  });
});

describe('hantPage keeps the page well-formed', () => {
  const html = '<!DOCTYPE html><html lang="zh-CN"><body><h1 id="t"><a class="heading-anchor" href="#t">标题</a></h1></body></html>';
  const out = hantPage(html, new URL('https://example.org/a/'), convert, links, { label: '简体', title: '' }, '/a/');

  it('leaves links within the page alone and writes the doctype as Astro does', () => {
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(parseHTML(out).document.querySelector('a')!.getAttribute('href')).toBe('#t');
  });
});

describe('hantPage and addresses written out in text', () => {
  const html =
    '<!DOCTYPE html><html lang="zh-CN"><body><p class="print-only" data-page-address>本页地址：https://example.org/a/</p><p>引用 https://example.org/a/ 与 https://other.example/a/</p></body></html>';
  const [printed, other] = [
    ...parseHTML(hantPage(html, new URL('https://example.org/a/'), convert, links, { label: '简体', title: '' }, '/a/')).document.querySelectorAll(
      'p',
    ),
  ];

  it('gives the printed page its own 繁體 address', () => {
    expect(printed.textContent).toBe('本頁地址：https://example.org/zh-hant/a/');
  });

  it('leaves addresses cited in text as written (a citation names the canonical page)', () => {
    expect(other.textContent).toBe('引用 https://example.org/a/ 與 https://other.example/a/');
  });
});

describe('hantPage and phrase breaks', () => {
  it('converts words across <wbr>, keeping the breaks where they were', () => {
    const html = '<!DOCTYPE html><html lang="zh-CN"><body><p>他的头<wbr>发和<wbr>发展</p></body></html>';
    const out = hantPage(html, new URL('https://example.org/a/'), convert, links, { label: '简体', title: '' }, '/a/');
    expect(out).toContain('<p>他的頭<wbr>髮和<wbr>發展</p>');
  });
});

describe('hantPage and downloads in both scripts', () => {
  const pagesWithCsv = new Set([...pages, 'data/x.csv']);
  const csvLinks = {
    hantUrl(href: string, from: URL) {
      const u = new URL(href, from);
      const rel = u.pathname.slice(1);
      return u.origin === 'https://example.org' && pagesWithCsv.has(rel) ? `/zh-hant/${rel}` : undefined;
    },
  };
  const html = `<!DOCTYPE html><html lang="zh-CN"><body><ul><li><a href="/data/x.csv" download="x.csv">CSV表格</a>
<a class="twin" href="/zh-hant/data/x.csv" hreflang="zh-Hant" lang="zh-Hant" download="x.zh-hant.csv" data-edition-twin="/data/x.csv">繁體版</a></li>
<li><a href="/data/x.json">JSON</a></li></ul></body></html>`;
  const d = parseHTML(
    hantPage(html, new URL('https://example.org/data/'), convert, csvLinks, { label: '简体', title: '', twin: '简体原版' }, '/data/'),
  ).document;
  const [main, twin, json] = [...d.querySelectorAll('a')];

  it('offers the converted file as its own and the original beside it, named in its own script', () => {
    expect(main.getAttribute('href')).toBe('/zh-hant/data/x.csv');
    expect(main.textContent).toBe('CSV表格');
    expect([
      twin.getAttribute('href'),
      twin.getAttribute('hreflang'),
      twin.getAttribute('lang'),
      twin.getAttribute('download'),
      twin.textContent,
    ]).toEqual(['/data/x.csv', 'zh-Hans', 'zh-Hans', 'x.csv', '简体原版']);
    expect(twin.getAttribute('class')).toBe('twin');
  });

  it('leaves a download that has no 繁體 version pointing at the original', () => {
    expect(json.getAttribute('href')).toBe('/data/x.json');
  });
});

describe('hantPage edits the page in place', () => {
  const html =
    '<!DOCTYPE html><html lang="zh-CN"><body><svg viewBox="0 0 10 10"><linearGradient id="g"><stop offset="0"/></linearGradient><path d="M0 0h1"/></svg>' +
    '<p class="x"   data-n=\'1\'>微软 &amp; 谷歌 &lt;b&gt;</p>' +
    '<textarea readonly>&lt;iframe src=&quot;https://example.org/a/&quot; title=&quot;巨头&quot;&gt;&lt;/iframe&gt;</textarea></body></html>';
  const out = hantPage(html, new URL('https://example.org/a/'), convert, links, { label: '简体', title: '' }, '/a/');

  it('leaves every byte it has no reason to change, SVG names and entities included', () => {
    expect(out).toContain('<svg viewBox="0 0 10 10"><linearGradient id="g"><stop offset="0"/></linearGradient><path d="M0 0h1"/></svg>');
    expect(out).toContain('<p class="x"   data-n=\'1\'>微軟 &amp; 谷歌 &lt;b&gt;</p>');
  });

  it('moves the addresses in embed code and converts its words, still escaped', () => {
    expect(out).toContain('<textarea readonly>&lt;iframe src="https://example.org/zh-hant/a/" title="巨頭"&gt;&lt;/iframe&gt;</textarea>');
  });
});

describe('hantPage and elements written anew', () => {
  const fresh = '<svg role="img" aria-label="" class="qr" viewBox="0 0 2 2"><path d="M1 1"/></svg>';
  const page = (body: string) =>
    hantPage(
      `<!DOCTYPE html><html lang="zh-CN"><body>${body}</body></html>`,
      new URL('https://example.org/a/'),
      convert,
      links,
      { label: '简体', title: '切换' },
      '/a/',
      fresh,
    );

  it('replaces a self-closing QR code and a switch its parent closes, leaving what follows', () => {
    const d = parseHTML(
      page(
        '<div><svg class="qr" aria-label="二维码" viewBox="0 0 1 1"/><p>后面</p></div><div><a data-edition-switch href="/zh-hant/a/">繁體</div><p>之后</p>',
      ),
    ).document;
    expect(d.querySelector('svg.qr')!.getAttribute('viewBox')).toBe('0 0 2 2');
    expect(d.querySelector('svg.qr')!.getAttribute('aria-label')).toBe('二維碼');
    expect(d.querySelector('[data-edition-switch]')!.textContent).toBe('简体');
    expect([...d.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['後面', '之後']);
  });
});
