/** Record ids: readable ASCII from the label, the same every run, never two alike. */
import { describe, expect, it } from 'vitest';
import { idFrom, uniqueIds } from '../../../../src/ingest/draft/ids.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('drafted ids', () => {
  it('spells Chinese labels in pinyin and keeps Latin names', () => {
    expect(idFrom('亚马逊裁掉员工', 'x')).toBe('yamaxun-caidiao-yuangong');
    expect(idFrom('微软累计投资OpenAI', 'x')).toBe('weiruan-leiji-touzi-openai');
  });

  it('always gives a kebab-case ASCII id, short enough to share', () => {
    for (const label of ['宁德时代2023年装机量(吉瓦)', '“双碳”目标下的储能', 'GPT-4.5 发布', '！！', '绿']) {
      const id = idFrom(label, 'figure-1');
      expect(id).toMatch(kebab);
      expect(id.length).toBeLessThanOrEqual(40);
    }
    expect(idFrom('！！', 'figure-7')).toBe('figure-7');
  });

  it('numbers clashes in reading order and avoids ids other reports use', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
    expect(uniqueIds(['a', 'b'], new Set(['a']))).toEqual(['a-2', 'b']);
  });
});
