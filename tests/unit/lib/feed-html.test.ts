import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { feedHtml } from '../../../src/lib/feed-html.ts';

const PAGE = 'https://news.example.com/ai-talent/s/a/';

/** The text a feed reader shows, and the tags it sees. */
function read(html: string) {
  const tags: string[] = [];
  let text = '';
  const walk = (n: any) => {
    if (n.type === 'text') text += n.value;
    if (n.type === 'element') tags.push(n.tagName);
    for (const c of n.children ?? []) walk(c);
  };
  walk(fromHtml(html, { fragment: true }));
  return { text, tags };
}

describe('feedHtml', () => {
  it('makes every link and source absolute, against the article’s address', () => {
    const out = feedHtml(
      '<p><a href="#src-x">a</a> <a href="/ai-talent/s/b/#y">b</a> <img src="/ai-talent/og.png"> <a href="https://other.example/">c</a></p>',
      PAGE,
    );
    expect(out).toContain('href="https://news.example.com/ai-talent/s/a/#src-x"');
    expect(out).toContain('href="https://news.example.com/ai-talent/s/b/#y"');
    expect(out).toContain('src="https://news.example.com/ai-talent/og.png"');
    expect(out).toContain('href="https://other.example/"');
  });

  it('also rewrites links inside chart SVGs, and keeps escaped query strings valid', () => {
    const out = feedHtml('<svg><a class="mark" href="/ai-talent/s/a/?x=1&amp;y=2#src-z"><rect/></a></svg>', PAGE);
    expect(out).toBe('<svg><a class="mark" href="https://news.example.com/ai-talent/s/a/?x=1&#x26;y=2#src-z"><rect/></a></svg>');
  });

  it('drops scripts, styles, heading self-links and the chart icon links, keeps the text', () => {
    const html =
      '<h2 id="t">标题<a class="heading-anchor" href="#t" aria-label="本节链接：标题"></a></h2>' +
      '<p><span class="cite" id="s">句子。<a class="cite-marker" href="#c" aria-label="查看图表"><svg viewBox="0 0 16 16"><path d="M0"/></svg></a></span></p>' +
      '<script type="module">alert(1)</script><style>p{}</style><link rel="stylesheet" href="/x.css">';
    expect(feedHtml(html, PAGE)).toBe('<h2 id="t">标题</h2><p><span class="cite" id="s">句子。</span></p>');
  });

  it('keeps only the narrowest chart drawing', () => {
    const html =
      '<div class="chart-frame"><svg width="288" class="layout-narrow layout-288 layout-base"><text>窄</text></svg><svg width="401" class="layout-narrow layout-401"><text>中</text></svg><svg width="736" class="layout-wide layout-736"><text>宽</text></svg></div>';
    expect(feedHtml(html, PAGE)).toBe(
      '<div class="chart-frame"><svg width="288" class="layout-narrow layout-288 layout-base"><text>窄</text></svg></div>',
    );
  });

  it('leaves text that merely looks like markup alone', () => {
    const html = '<p title="a > b">x href="/y" &lt;script&gt;</p>';
    expect(read(feedHtml(html, PAGE))).toEqual({ text: 'x href="/y" <script>', tags: ['p'] });
  });

  // Astro writes `<` unescaped in attribute values: a chart titled `<script>…` once made the
  // script pattern run from the aria-label to the next real script, taking the text between.
  it('keeps every paragraph when a chart title in an attribute says <script>', () => {
    const html =
      '<figure aria-label="<script>AI工程师薪酬"><figcaption>&lt;script&gt;AI工程师薪酬</figcaption></figure>' +
      '<p>第一段。</p><p>第二段。</p><script type="module" src="/_astro/x.js"></script><p>第三段。</p>';
    const { text, tags } = read(feedHtml(html, PAGE));
    expect(text).toBe('<script>AI工程师薪酬第一段。第二段。第三段。');
    expect(tags).not.toContain('script');
  });

  it('drops a heading self-link whose label holds ">" entirely', () => {
    const html = '<h2 id="t">a &gt; b<a class="heading-anchor" href="#t" aria-label="本节链接：a > b"></a></h2>';
    expect(feedHtml(html, PAGE)).toBe('<h2 id="t">a > b</h2>');
  });

  it('removes links with schemes a feed must not carry, and event handlers', () => {
    const out = read(feedHtml('<p><a href="javascript:alert(1)" onclick="x()">a</a><img src="data:image/svg+xml,x" onerror="y()"></p>', PAGE));
    expect(out.text).toBe('a');
    const html = feedHtml('<p><a href="javascript:alert(1)" onclick="x()">a</a><img src="data:x" onerror="y()"></p>', PAGE);
    expect(html).not.toMatch(/javascript:|data:|onclick|onerror/);
  });
});
