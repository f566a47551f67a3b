/**
 * The 繁體 edition lives under one prefix below the base: /zh-hant/<same path>.
 * Pure path logic, shared by the page head (alternates, switch) and the build step.
 */
export const HANT_PREFIX = 'zh-hant/';

/** The two editions, as BCP 47 tags for lang and hreflang. */
export const EDITIONS = { hans: 'zh-Hans', hant: 'zh-Hant' } as const;

/** "a/b/" (below the base) -> "zh-hant/a/b/". */
export const toHantPath = (rel: string) => HANT_PREFIX + rel.replace(/^\//, '');

/** True for a path below the base that is already in the 繁體 edition. */
export const isHantPath = (rel: string) => rel.replace(/^\//, '').startsWith(HANT_PREFIX);
