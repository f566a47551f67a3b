/**
 * The one pattern for ids that go into URLs: report slugs, record ids, chart
 * ids, image paths. Lowercase ASCII letters and digits joined by single hyphens,
 * so an id is a path segment and a fragment as it is, and never needs escaping.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isId = (s: string) => ID_PATTERN.test(s);

/** What to tell an editor whose id does not match, with an example of the kind of id. */
export const idHint = (example: string) => `use lowercase ASCII letters, digits and single hyphens, e.g. "${example}"`;
