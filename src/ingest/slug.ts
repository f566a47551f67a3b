/** Readable ASCII slugs for Chinese titles: 人才荒与就业难 -> ren-cai-huang-yu-jiu-ye-nan. */
import { pinyin } from 'pinyin-pro';

const MAX_LENGTH = 60;

export function slugify(title: string): string {
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_LENGTH) return slug || 'section';
  return slug.slice(0, slug.lastIndexOf('-', MAX_LENGTH)) || slug.slice(0, MAX_LENGTH);
}

/** Makes each slug unique in order of appearance: a, a-2, a-3. */
export function uniqueSlugs(slugs: string[]): string[] {
  const seen = new Map<string, number>();
  return slugs.map((s) => {
    const n = (seen.get(s) ?? 0) + 1;
    seen.set(s, n);
    return n === 1 ? s : `${s}-${n}`;
  });
}
