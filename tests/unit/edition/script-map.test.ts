import { describe, expect, it } from 'vitest';
import { ScriptPairs, inScript } from '../../../src/edition/script-map.ts';
import { hantConverter } from '../../../src/edition/hant.ts';

const toHant = hantConverter();

describe('ScriptPairs', () => {
  const pairs = new ScriptPairs();
  for (const s of ['亚马逊裁员超2.7万名', '头发与发展', '发布', '发展']) pairs.add(s, toHant(s));

  it('turns a Simplified query into the 繁體 edition’s script with the characters the site uses', () => {
    expect(inScript('亚马逊裁员', pairs.toHant())).toBe('亞馬遜裁員');
    // 发 became 發 three times and 髮 once: the common form wins.
    expect(inScript('发', pairs.toHant())).toBe('發');
  });

  it('turns a 繁體 query back, every Traditional form to its source', () => {
    expect(inScript('亞馬遜裁員', pairs.toHans())).toBe('亚马逊裁员');
    expect(inScript('頭髮', pairs.toHans())).toBe('头发');
  });

  it('leaves Latin, digits and characters it has not met alone', () => {
    expect(inScript('GPT-4 2.7萬 鑫', pairs.toHans())).toBe('GPT-4 2.7万 鑫');
    expect(inScript('anything', '')).toBe('anything');
  });

  it('skips texts whose length changed, which cannot be aligned', () => {
    const p = new ScriptPairs();
    p.add('云', '雲端');
    expect(p.toHant()).toBe('');
  });

  it('gives the same pairs when pages come from the cache as when each is converted', () => {
    const [one, two] = [new ScriptPairs(), new ScriptPairs()];
    for (const s of ['头发与发展', '发布']) one.add(s, toHant(s));
    two.add('发展', toHant('发展'));
    const merged = new ScriptPairs();
    for (const part of [one, two]) merged.addCounts(JSON.parse(JSON.stringify(part.toJSON())));
    const direct = new ScriptPairs();
    for (const s of ['头发与发展', '发布', '发展']) direct.add(s, toHant(s));
    expect([merged.toHant(), merged.toHans()]).toEqual([direct.toHant(), direct.toHans()]);
    expect(inScript('发', merged.toHant())).toBe('發');
  });
});
