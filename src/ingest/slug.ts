/** Readable ASCII slugs for Chinese titles: 人才荒与就业难 -> ren-cai-huang-yu-jiu-ye-nan. */
import { createHash } from 'node:crypto';
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

/**
 * Published URLs stay put. Ingest keeps a record of every article slug it has
 * given out, committed beside the articles (content/articles/<report>/slugs.json),
 * with the subheading and the opening of the first paragraph it was given for.
 * On the next ingest each section gets, in this order:
 *
 * 1. the recorded slug of the same subheading;
 * 2. else the recorded slug of the same opening paragraph (a renamed subheading
 *    keeps its URL);
 * 3. else a new slug: the pinyin of the subheading, or, when another article
 *    has or had it or another new section wants it too, the pinyin plus four
 *    hex digits of a hash of the subheading and opening. The suffix depends on
 *    the section's own words only, never on the position of other articles.
 *
 * Entries of removed articles stay in the record, so their slugs are never
 * given to another article. To give an article a new URL, delete its entry
 * from slugs.json and run ingest again.
 */

export interface SlugEntry {
  slug: string;
  heading: string;
  /** The first characters of the section's first paragraph. */
  opening: string;
}

export interface SlugSection {
  heading: string;
  opening: string;
}

export const OPENING_LENGTH = 40;
export const opening = (text: string) => [...text].slice(0, OPENING_LENGTH).join('');

const suffix = (s: SlugSection) => createHash('sha256').update(`${s.heading}\n${s.opening}`).digest('hex').slice(0, 4);

/** Slugs for the sections (in order), and the record to keep. `reserved` are slugs no section may take (the lead's). */
export function assignSlugs(sections: SlugSection[], record: SlugEntry[], reserved: string[] = []): { slugs: string[]; record: SlugEntry[] } {
  const used = new Set<SlugEntry>();
  const slugs: (string | undefined)[] = sections.map(() => undefined);
  const take = (i: number, e: SlugEntry | undefined) => {
    if (!e) return;
    used.add(e);
    slugs[i] = e.slug;
  };
  // 1. Same subheading (the same opening first, for two sections with one subheading).
  sections.forEach((s, i) =>
    take(
      i,
      record.find((e) => !used.has(e) && e.heading === s.heading && e.opening === s.opening),
    ),
  );
  sections.forEach(
    (s, i) =>
      slugs[i] ??
      take(
        i,
        record.find((e) => !used.has(e) && e.heading === s.heading),
      ),
  );
  // 2. Same opening paragraph: the subheading was renamed.
  sections.forEach(
    (s, i) =>
      slugs[i] ??
      take(
        i,
        record.find((e) => !used.has(e) && e.opening === s.opening),
      ),
  );
  // 3. New sections.
  const taken = new Set([...reserved, ...record.map((e) => e.slug)]);
  const wanted = new Map<string, number>();
  sections.forEach((s, i) => {
    if (slugs[i] === undefined) wanted.set(slugify(s.heading), (wanted.get(slugify(s.heading)) ?? 0) + 1);
  });
  sections.forEach((s, i) => {
    if (slugs[i] !== undefined) return;
    const base = slugify(s.heading);
    let slug = taken.has(base) || wanted.get(base)! > 1 ? `${base}-${suffix(s)}` : base;
    // Only for two new sections with the same subheading and the same opening: nothing else tells them apart.
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${suffix(s)}-${n}`;
    taken.add(slug);
    slugs[i] = slug;
  });
  const current = sections.map((s, i) => ({ slug: slugs[i]!, heading: s.heading, opening: s.opening }));
  const kept = record.filter((e) => !current.some((c) => c.slug === e.slug));
  return { slugs: slugs as string[], record: [...current, ...kept].sort((a, b) => a.slug.localeCompare(b.slug)) };
}
