import { describe, expect, it } from 'vitest';
import { htmlPlaces } from '../../../src/lib/html-places.ts';

describe('htmlPlaces', () => {
  it('finds the end of <head>, the start of </body> and each module script, by the parsed tree', () => {
    const html =
      '<!DOCTYPE html><html lang="zh-CN"><head><title>标题</title></head><body><p title="<head></body>">正文</p><script type="module" src="/a.js"></script></body></html>';
    const p = htmlPlaces(html);
    expect(html.slice(0, p.headOpenEnd).endsWith('<html lang="zh-CN"><head>')).toBe(true);
    expect(html.slice(p.bodyCloseStart)).toBe('</body></html>');
    expect(p.moduleScripts.map((s) => html.slice(s.start, s.end))).toEqual(['<script type="module" src="/a.js"></script>']);
  });

  it('skips inline scripts, classic scripts and scripts already kept in a <template>', () => {
    const html =
      '<html><head></head><body><script type="module">x()</script><script src="/c.js"></script><template data-enhance><script type="module" src="/t.js"></script></template></body></html>';
    expect(htmlPlaces(html).moduleScripts).toEqual([]);
  });

  it('lists the text of each inline script that runs, not data, not external files, not what a <template> keeps', () => {
    const html =
      '<html><head><script>a()</script></head><body><script type="application/ld+json">{"x":1}</script><script type="module">b()</script>' +
      '<script src="/c.js"></script><template><script>d()</script></template><p title="<script>e()</script>">正文</p></body></html>';
    expect(htmlPlaces(html).inlineScripts).toEqual(['a()', 'b()']);
  });

  it('says -1 where the page wrote no <head> or no </body>', () => {
    const p = htmlPlaces('<p>片段</p>');
    expect([p.headOpenEnd, p.bodyCloseStart]).toEqual([-1, -1]);
  });
});
