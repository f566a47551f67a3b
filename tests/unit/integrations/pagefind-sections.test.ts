import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { withSectionEnds } from '../../../src/integrations/pagefind-sections.ts';

const article = `<!doctype html><html lang="zh-CN"><body><header>站名</header><article data-pagefind-body>
<h1 id="title">人才荒与就业难</h1><aside class="key-points"><h2 id="key-points">要点</h2></aside>
<p>正文一</p><figure id="chart-a"><h2 id="chart-a-title">裁员潮</h2><p>图表说明</p></figure><p>正文二</p></article></body></html>`;

describe('withSectionEnds', () => {
  it('hands the text after the 要点 box and each chart back to the article title', () => {
    const body = parseHTML(withSectionEnds(article)).document.querySelector('[data-pagefind-body]')!;
    const markers = [...body.querySelectorAll('[data-pagefind-title]')];
    expect(markers.map((m) => [m.id, m.getAttribute('data-pagefind-title'), m.previousElementSibling?.tagName])).toEqual([
      ['title', '人才荒与就业难', 'ASIDE'],
      ['title', '人才荒与就业难', 'FIGURE'],
    ]);
    expect(body.textContent).toContain('正文二');
  });

  it('leaves pages without a search body alone', () => {
    const html = '<html><body><h1 id="x">首页</h1><figure></figure></body></html>';
    expect(withSectionEnds(html)).toBe(html);
  });
});
