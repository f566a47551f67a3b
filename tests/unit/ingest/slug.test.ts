import { describe, expect, it } from 'vitest';
import { assignSlugs, slugify, type SlugSection } from '../../../src/ingest/slug.ts';

const s = (heading: string, opening = `${heading}的正文`): SlugSection => ({ heading, opening });

describe('assignSlugs: published URLs stay put', () => {
  // 投资 and 头子 have the same pinyin: tou-zi.
  const first = assignSlugs([s('人才'), s('投资'), s('头子'), s('结语')], [], ['dao-du']);

  it('gives new sections their pinyin, and clashing ones a suffix from their own words', () => {
    expect(slugify('投资')).toBe(slugify('头子'));
    expect(first.slugs[0]).toBe('ren-cai');
    expect(first.slugs[3]).toBe('jie-yu');
    expect(first.slugs[1]).toMatch(/^tou-zi-[0-9a-f]{4}$/);
    expect(first.slugs[2]).toMatch(/^tou-zi-[0-9a-f]{4}$/);
    expect(first.slugs[1]).not.toBe(first.slugs[2]);
  });

  it('suffixes do not depend on the position of other sections', () => {
    const reversed = assignSlugs([s('结语'), s('头子'), s('投资'), s('人才')], [], ['dao-du']);
    expect(reversed.slugs).toEqual([...first.slugs].reverse());
  });

  it('removing or adding other articles moves no recorded URL', () => {
    const removed = assignSlugs([s('头子'), s('结语')], first.record);
    expect(removed.slugs).toEqual([first.slugs[2], first.slugs[3]]);
    const added = assignSlugs([s('新的一节'), s('人才'), s('投资'), s('投资者'), s('头子'), s('结语')], first.record);
    expect(added.slugs.filter((_, i) => i !== 0 && i !== 3)).toEqual(first.slugs);
  });

  it('keeps a removed article’s slug in the record, so no other article takes it', () => {
    const removed = assignSlugs([s('投资'), s('结语')], first.record);
    expect(removed.record.map((e) => e.slug)).toContain('ren-cai');
    const other = assignSlugs([s('人材', '完全不同的另一段正文'), s('投资'), s('结语')], removed.record);
    expect(other.slugs[0]).toMatch(/^ren-cai-[0-9a-f]{4}$/);
  });

  it('a renamed subheading keeps its URL (matched by its opening paragraph), and the record learns the new name', () => {
    const renamed = assignSlugs([s('人才'), s('资本', '投资的正文'), s('头子'), s('结语')], first.record);
    expect(renamed.slugs).toEqual(first.slugs);
    expect(renamed.record.find((e) => e.slug === first.slugs[1])?.heading).toBe('资本');
  });

  it('gives a new URL when the editor deletes the entry from the record', () => {
    const record = first.record.filter((e) => e.slug !== 'ren-cai');
    const renamed = assignSlugs([s('人才市场', '人才的正文'), s('投资'), s('头子'), s('结语')], record);
    expect(renamed.slugs[0]).toBe('ren-cai-shi-chang');
  });

  it('never hands out a reserved slug (the lead’s)', () => {
    expect(assignSlugs([s('导读')], [], ['dao-du']).slugs[0]).toMatch(/^dao-du-[0-9a-f]{4}$/);
  });

  it('tells two sections with the same subheading apart', () => {
    const twin = assignSlugs([s('投资', '第一段'), s('投资', '第二段')], []);
    expect(new Set(twin.slugs).size).toBe(2);
    const again = assignSlugs([s('投资', '第二段')], twin.record);
    expect(again.slugs[0]).toBe(twin.slugs[1]);
  });
});
