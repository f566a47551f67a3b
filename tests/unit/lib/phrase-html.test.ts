import { describe, expect, it } from 'vitest';
import { markPhrases, withoutPhraseBreaks } from '../../../src/lib/phrase-html.ts';

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>微软投资日本云计算和AI基础设施</title></head><body>${body}</body></html>`;

describe('markPhrases', () => {
  it('puts <wbr> between phrases of text, not inside figures', () => {
    const out = markPhrases(page('<p>4月10日，微软称将在未来两年内投资<b>29亿美元</b>，用于提升其在日本的云计算和AI基础设施</p>'));
    expect(out).toContain('<wbr>');
    expect(out).toContain('<b>29亿美元</b>');
    expect(out.replace(/<wbr>/g, '')).toBe(page('<p>4月10日，微软称将在未来两年内投资<b>29亿美元</b>，用于提升其在日本的云计算和AI基础设施</p>'));
  });

  it('leaves attributes, the head, scripts and SVG alone', () => {
    const body =
      '<a title="微软称将在未来两年内投资29亿美元" href="#a">x</a><script>const s = "微软称将在未来两年内投资"</script><svg><text>微软称将在未来两年内投资</text></svg>';
    expect(markPhrases(page(body))).toBe(page(body));
  });

  it('keeps escaped characters escaped', () => {
    const out = markPhrases(page('<p>微软称&lt;将在&gt;未来两年内投资 &amp; 亚马逊豪掷了12.5亿美元</p>'));
    expect(out).toContain('&lt;');
    expect(out).toContain('&amp;');
    expect(out).not.toMatch(/<将|将在>/);
  });
});

describe('markPhrases in article text', () => {
  it('lets body text break between characters, but not inside a figure; headings keep phrases', () => {
    const out = markPhrases(page('<div class="prose"><h2>暗流涌动的竞与合</h2><p>亚马逊豪掷了12.5亿美元，超2.7万名员工</p></div>'));
    expect(out).toContain('<h2>暗流<wbr>涌动的<wbr>竞与合</h2>');
    expect(out).toContain('亚<wbr>马<wbr>逊');
    expect(out).toContain('12.5亿美元');
    expect(out).toContain('超2.7万名');
  });
});

describe('withoutPhraseBreaks', () => {
  it('takes out the <wbr> elements markPhrases added, and nothing else', () => {
    const page = '<!DOCTYPE html><html><head></head><body><h1>找不到这个页面</h1><p>链接可能已过期或有误。</p></body></html>';
    expect(withoutPhraseBreaks(markPhrases(page))).toBe(page);
  });

  it('keeps the characters <wbr> an editor wrote in an attribute or as text', () => {
    const page = '<html><head></head><body><figure aria-label="标题<wbr>原样"><p>&lt;wbr&gt;也原样</p></figure></body></html>';
    expect(withoutPhraseBreaks(page)).toBe(page);
  });
});
