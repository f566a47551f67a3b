import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../src/lib/feed-html.ts';

const PAGE = 'https://news.example.com/ai-talent/s/a/';

describe('feedHtml', () => {
  it('makes every link and source absolute, against the article’s address', () => {
    const out = feedHtml('<p><a href="#src-x">a</a> <a href="/ai-talent/s/b/#y">b</a> <img src="/ai-talent/og.png"> <a href="https://other.example/">c</a></p>', PAGE);
    expect(out).toContain('href="https://news.example.com/ai-talent/s/a/#src-x"');
    expect(out).toContain('href="https://news.example.com/ai-talent/s/b/#y"');
    expect(out).toContain('src="https://news.example.com/ai-talent/og.png"');
    expect(out).toContain('href="https://other.example/"');
  });

  it('also rewrites links inside chart SVGs, and keeps escaped query strings valid', () => {
    const out = feedHtml('<svg><a class="mark" href="/ai-talent/s/a/?x=1&amp;y=2#src-z"><rect/></a></svg>', PAGE);
    expect(out).toBe('<svg><a class="mark" href="https://news.example.com/ai-talent/s/a/?x=1&amp;y=2#src-z"><rect/></a></svg>');
  });

  it('drops scripts, styles, heading self-links and the chart icon links, keeps the text', () => {
    const html =
      '<h2 id="t">标题<a class="heading-anchor" href="#t" aria-label="本节链接：标题"></a></h2>' +
      '<p><span class="cite" id="s">句子。<a class="cite-marker" href="#c" aria-label="查看图表"><svg viewBox="0 0 16 16"><path d="M0"/></svg></a></span></p>' +
      '<script type="module">alert(1)</script><style>p{}</style><link rel="stylesheet" href="/x.css">';
    expect(feedHtml(html, PAGE)).toBe('<h2 id="t">标题</h2><p><span class="cite" id="s">句子。</span></p>');
  });

  it('keeps only the narrow chart layout', () => {
    const html = '<div class="chart-frame"><svg width="340" class="layout-narrow"><text>窄</text></svg><svg width="720" class="layout-wide"><text>宽</text></svg></div>';
    expect(feedHtml(html, PAGE)).toBe('<div class="chart-frame"><svg width="340" class="layout-narrow"><text>窄</text></svg></div>');
  });

  it('leaves text that merely looks like markup alone', () => {
    const html = '<p title="a > b">x href="/y" &lt;script&gt;</p>';
    expect(feedHtml(html, PAGE)).toBe(html);
  });
});
