/**
 * Phrase breaks in the built pages (src/lib/phrase-html.ts): headings carry them,
 * no <wbr> falls inside a figure with its unit or a Latin word, and nothing but
 * set text gets one (scripts, styles, attributes, the head, the feed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, dom, htmlFiles } from '../support/dist.ts';

const pages = htmlFiles();
const UNIT = '美元|欧元|日元|港元|英镑|元|名|人|位|家|个|台|辆|项|笔|倍|次|岁|年|月|日|号|天|周|%|％';

/**
 * A break inside a figure, written independently of src/lib/phrases.ts: around
 * each <wbr>, the text before and after (tags other than <wbr> removed).
 */
const INSIDE_FIGURE = [
  new RegExp(String.raw`\d\x01[\d.,万亿千百]`), // 12|.5, 2|万
  new RegExp(String.raw`\d[万亿千百]*\x01(?:${UNIT})`), // 1|万人, 12.5亿|美元, 2024|年
  new RegExp(String.raw`\d[年月]\x01\d`), // 2024年|4月
  new RegExp(String.raw`[超逾约]\x01\d`), // 超|2.7万名
  new RegExp(String.raw`[A-Za-z0-9]-?\x01-?[A-Za-z0-9]`), // GPT-|4, Open|AI
];

function breaksInsideFigures(html: string): string[] {
  const body = html.slice(html.indexOf('<body'));
  const text = body.replace(/<wbr>/g, '\u0001').replace(/<[^>]*>/g, '');
  const bad: string[] = [];
  for (let i = text.indexOf('\u0001'); i !== -1; i = text.indexOf('\u0001', i + 1)) {
    // The break looked at is \x01; the others nearby are dropped (a literal | in the text is not a break).
    const around = `${text.slice(Math.max(0, i - 12), i).replace(/\u0001/g, '')}\u0001${text.slice(i + 1, i + 8).replace(/\u0001/g, '')}`;
    if (INSIDE_FIGURE.some((re) => re.test(around))) bad.push(around.replace('\u0001', '|'));
  }
  return bad;
}

describe('phrase breaks', () => {
  it('the check itself finds a break inside a figure', () => {
    for (const html of [
      '<body><p>投资12.5亿<wbr>美元</p>',
      '<body><p>裁员1<wbr>万人</p>',
      '<body><p>2024年<wbr>4月</p>',
      '<body><p>超<wbr>2.7万名</p>',
      '<body><p>GPT-<wbr>4</p>',
    ])
      expect(breaksInsideFigures(html), html).not.toEqual([]);
    expect(breaksInsideFigures('<body><p>投资<wbr>12.5亿美元，<wbr>超2.7万名<wbr>员工</p>')).toEqual([]);
  });

  it.each(pages)('%s: no <wbr> inside a figure with its unit or a Latin word', (file) => {
    expect(breaksInsideFigures(readFileSync(join(DIST, file), 'utf8'))).toEqual([]);
  });

  it.each(pages)('%s: headings carry phrase breaks; scripts, styles and the head none', (file) => {
    const document = dom(file);
    for (const h of document.querySelectorAll('h1, h2, h3')) {
      const text = h.textContent!.trim();
      // A heading with more than one phrase of Chinese (要点 and 投资 14条 are one).
      if ((text.match(/\p{Script=Han}/gu) ?? []).length >= 6) expect(h.innerHTML, `${file}: ${text}`).toContain('<wbr>');
    }
    for (const el of document.querySelectorAll('head, script, style, template, pre, title'))
      expect(el.innerHTML, `${file}: <${el.tagName}>`).not.toContain('wbr');
    for (const el of document.querySelectorAll('*'))
      for (const a of el.attributes) expect(a.value, `${file}: ${el.tagName}[${a.name}]`).not.toMatch(/wbr/);
  });

  it('the feed has no phrase breaks', () => {
    expect(readFileSync(join(DIST, 'rss.xml'), 'utf8')).not.toMatch(/wbr/);
  });
});
