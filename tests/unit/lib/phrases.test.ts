import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakable, phrases } from '../../../src/lib/phrases.ts';

/** True when some phrase boundary falls inside `piece` wherever it occurs in `text`. */
function splits(text: string, piece: string): boolean {
  const parts = phrases(text);
  const cuts = new Set<number>();
  let at = 0;
  for (const p of parts.slice(0, -1)) cuts.add((at += p.length));
  const start = text.indexOf(piece);
  for (let i = start + 1; i < start + piece.length; i++) if (cuts.has(i)) return true;
  return false;
}

describe('phrases', () => {
  it('keeps a number with its unit and qualifier, and dates whole', () => {
    const text =
      '4月10日，微软称将在未来两年内投资29亿美元；亚马逊豪掷了12.5亿美元，超2.7万名员工，截至2024年4月10日，6到9个月，下降了3个百分点，降至8000元左右';
    for (const figure of ['4月10日', '29亿美元', '12.5亿美元', '超2.7万名', '2024年4月10日', '6到9个月', '3个百分点', '8000元左右'])
      expect(splits(text, figure), figure).toBe(false);
    // A price whose unit comes first.
    const prices = '年初储能电芯的平均报价在每瓦时0.5元左右，目前已跌至每瓦时0.3元到0.35元之间，电解液的价格从每吨1.2万元降至8000元左右';
    for (const figure of ['每瓦时0.5元左右', '每瓦时0.3元到0.35元', '每吨1.2万元']) expect(splits(prices, figure), figure).toBe(false);
  });

  it('keeps an ISO date whole (a citation’s 2024-09-20, not 2024-09 and -20)', () => {
    const text = '能源经济观察. 储能行业迎来装机潮[N/OL]. (2024-09-20)版本 495d89e06d3f';
    expect(splits(text, '2024-09-20')).toBe(false);
    expect(breakable(text).some((p) => p.includes('2024-09-20'))).toBe(true);
  });

  it('keeps 1万人 whole where BudouX cuts 1万|人, and 21世纪', () => {
    const text = '微软继2023年裁员1万人以专注于人工智能等重点战略方向之后，接受21世纪经济报道记者采访';
    for (const figure of ['2023年', '1万人', '21世纪']) expect(splits(text, figure), figure).toBe(false);
  });

  it('does not cut words of a headline that the model cuts (高|调, 抢|创|企, 人|工智能, 硅|谷)', () => {
    const title = 'AI“拿捏”下的硅谷现状：高调抢人、抢创企，低调裁员潮';
    for (const word of ['高调', '抢创企', '硅谷', '裁员潮', '“拿捏”']) expect(splits(title, word), word).toBe(false);
    const text = '一位硅谷资深AI从业者说，Meta首席执行官专注于人工智能';
    for (const word of ['硅谷', '资深', '从业者', '人工智能']) expect(splits(text, word), word).toBe(false);
  });

  it('keeps the names a report lists whole (扎克|伯格 is cut without them), in display and in body text', () => {
    const text = '一位硅谷资深AI从业者说，Meta首席执行官扎克伯格专注于人工智能';
    const cutWithout = (pieces: string[]) => !pieces.some((p) => p.includes('扎克伯格'));
    expect(cutWithout(phrases(text)) || cutWithout(breakable(text)), 'the segmenters cut the name on their own').toBe(true);
    expect(phrases(text, ['扎克伯格']).some((p) => p.includes('扎克伯格'))).toBe(true);
    expect(breakable(text, ['扎克伯格']).some((p) => p.includes('扎克伯格'))).toBe(true);
    expect(phrases(text, ['扎克伯格']).join('')).toBe(text);
  });

  it('gives a lone character to a neighbour: a particle to the phrase before, after punctuation to the phrase after', () => {
    expect(phrases('暗流涌动的竞与合')).toEqual(['暗流', '涌动的', '竞与合']);
    expect(phrases('相关事件，按报道给出的时间')).toContain('按报道');
  });

  it('keeps Latin words, dotted names, titles and short quotations whole', () => {
    const text = '谷歌联合创始人谢尔盖·布林说，《华尔街日报》报道称，“卷王”马斯克与OpenAI和Inflection AI以及GPT-4';
    for (const piece of ['谢尔盖·布林', '《华尔街日报》', '“卷王”', 'OpenAI', 'GPT-4']) expect(splits(text, piece), piece).toBe(false);
  });

  it('does break between phrases', () => {
    expect(phrases('在AI的竞速中，Meta首席执行官扎克伯格亲自下场招揽人才').length).toBeGreaterThan(3);
  });

  it('leaves text without Chinese as one piece', () => {
    expect(phrases('Hello world, GPT-4')).toEqual(['Hello world, GPT-4']);
  });

  it('never starts a phrase with closing punctuation, ends one with an opening mark, or leaves a lone last character', () => {
    const alphabet = fc.constantFrom(...'的是在中国人工智能公司投资亿美元，。、“”（）《》12.A'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 40 }).map((a) => a.join('')),
        (text) => {
          const parts = phrases(text);
          expect(parts.join('')).toBe(text);
          for (const p of parts.slice(1)) expect(p).not.toMatch(/^[，。、”）》]/);
          for (const p of parts.slice(0, -1)) expect(p).not.toMatch(/[“（《]$/);
          if (parts.length > 1) expect(parts.at(-1)!.replace(/[\p{P}\p{S}\s]/gu, '').length).toBeGreaterThanOrEqual(2);
        },
      ),
    );
  });
});

describe('breakable (body text)', () => {
  it('breaks between characters but never inside a figure with its unit or a Latin word', () => {
    const text = '亚马逊豪掷了12.5亿美元，超2.7万名员工，截至2024年4月10日，微软继2023年裁员1万人，OpenAI发布GPT-4';
    const parts = breakable(text);
    expect(parts.join('')).toBe(text);
    expect(parts.length).toBeGreaterThan(20);
    const cuts = new Set<number>();
    let at = 0;
    for (const p of parts.slice(0, -1)) cuts.add((at += p.length));
    for (const piece of ['12.5亿美元', '超2.7万名', '2024年4月10日', '1万人', 'OpenAI', 'GPT-4']) {
      const start = text.indexOf(piece);
      for (let i = start + 1; i < start + piece.length; i++) expect(cuts.has(i), `${piece} at ${i - start}`).toBe(false);
    }
    for (const p of parts.slice(1)) expect(p).not.toMatch(/^[，。、”）》]/);
  });
});
