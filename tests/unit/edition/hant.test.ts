import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hantConverter, s2tw } from '../../../src/edition/hant.ts';
import { loadHantExceptions } from '../../../src/edition/exceptions.ts';

const exceptions = loadHantExceptions('content');
const toHant = hantConverter(exceptions);

describe('the site’s 繁體 exceptions', () => {
  it.each(exceptions.map((e) => [e.simplified, e.traditional, e] as const))(
    '%s becomes %s, which the converter alone does not give',
    (simplified, traditional) => {
      expect(s2tw(simplified), 'the entry fixes a real mistake of the converter').not.toBe(traditional);
      expect(toHant(simplified)).toBe(traditional);
      expect(toHant(`据报道，${simplified}。`)).toBe(`據報道，${traditional}。`);
    },
  );
});

describe('hantConverter', () => {
  it('converts characters, not vocabulary: the report’s words stay its words', () => {
    expect(toHant('首席执行官马斯克')).toBe('首席執行官馬斯克');
    expect(toHant('软件')).toBe('軟件');
    expect(toHant('芯片')).toBe('芯片');
    // A place's Taiwanese name is an entry of content/editions/zh-hant.json, not vocabulary.
    expect(toHant('硅谷的芯片')).toBe('矽谷的芯片');
  });

  it('leaves names, numbers and units in Latin script untouched', () => {
    expect(toHant('超2.7万名，GPT-4，Levels.fyi，OpenAI')).toBe('超2.7萬名，GPT-4，Levels.fyi，OpenAI');
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ0123456789.,-%$ /:'.split('')) }), (s) => toHant(s) === s));
  });

  it('is stable: 繁體 text stays as it is', () => {
    const once = toHant('巨头们争夺的，都是决胜AGI时代的重要筹码。宣布发布布局');
    expect(toHant(once)).toBe(once);
  });

  it('without exceptions is OpenCC’s s2tw', () => {
    expect(hantConverter([])('发布')).toBe(s2tw('发布'));
  });
});
