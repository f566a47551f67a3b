/** The embed code a reader pastes: an iframe, and a listener that only believes the site's own height messages. */
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { EMBED_MESSAGE, embedCode } from '../../../src/lib/embed.ts';

const input = {
  src: 'https://news.example.com/embed/pay/',
  origin: 'https://news.example.com',
  chartId: 'pay',
  title: '工程师"薪酬"<对比>',
  height: 412.6,
};

describe('embedCode', () => {
  const code = embedCode(input);
  const tree = fromHtml(code, { fragment: true });
  const [iframe, script] = tree.children.filter((n) => n.type === 'element') as { tagName: string; properties: Record<string, unknown> }[];

  it('is an iframe of the embed page with its title kept as text, a whole-pixel height and lazy loading', () => {
    expect(iframe.tagName).toBe('iframe');
    expect(iframe.properties.src).toBe(input.src);
    expect(iframe.properties.title).toBe(input.title);
    expect(iframe.properties.height).toBe(413);
    expect(iframe.properties.loading).toBe('lazy');
    expect(iframe.properties.dataChartEmbed).toBe('pay');
  });

  it('resizes only on messages of the site’s origin and type', () => {
    expect(script.tagName).toBe('script');
    expect(code).toContain(`e.origin!==${JSON.stringify(input.origin)}`);
    expect(code).toContain(JSON.stringify(EMBED_MESSAGE));
  });
});
