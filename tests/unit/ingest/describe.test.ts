import { describe as group, expect, it } from 'vitest';
import { DESCRIPTION_MAX, describe } from '../../../src/ingest/describe.ts';

group('describe', () => {
  it('takes whole sentences while they fit', () => {
    expect(describe(['第一句。第二句！', '第三句？'], 9)).toBe('第一句。第二句！');
    expect(describe(['第一句。第二句！', '第三句？'])).toBe('第一句。第二句！第三句？');
  });

  it('cuts a first sentence that is too long at its last clause break, with an ellipsis', () => {
    const long = `${'甲'.repeat(60)}，${'乙'.repeat(80)}。`;
    const out = describe([long]);
    expect(out).toBe(`${'甲'.repeat(60)}…`);
    expect([...out].length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });

  it('cuts hard when there is no clause break late enough', () => {
    const out = describe(['丙'.repeat(300)], 20);
    expect(out).toBe(`${'丙'.repeat(19)}…`);
  });

  it('counts characters, not UTF-16 units', () => {
    const emoji = '😀'.repeat(30) + '。';
    expect(describe([emoji], 40)).toBe(emoji);
  });
});
