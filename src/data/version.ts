/**
 * The version of a dataset is a hash of its content, and the date of its last
 * change is the changelog entry that names that hash. Both come from the
 * content alone, so every build of the same files says the same thing.
 */
import { createHash } from 'node:crypto';
import type { Changelog, Change } from '../schemas/changelog.ts';
import type { Dataset } from '../schemas/dataset.ts';

/** JSON with object keys sorted at every level: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(value));
}

/** 12 hex digits of the SHA-256 of the validated dataset (its `$schema` pointer excluded). */
export function datasetVersion(dataset: Dataset): string {
  const { $schema: _pointer, ...content } = dataset;
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 12);
}

export type VersionCheck = { ok: true; current: Change } | { ok: false; problem: string; fix: string };

/** Is the dataset's current hash the changelog's last entry? If not, say what to add. */
export function checkChangelog(changelog: Changelog, version: string): VersionCheck {
  const current = changelog.changes.at(-1)!;
  if (current.version === version) return { ok: true, current };
  const known = changelog.changes.find((c) => c.version === version);
  const entry = `{"date": "YYYY-MM-DD", "version": "${version}", "note": "…"}`;
  return known
    ? {
        ok: false,
        problem: `the dataset is back at version ${version} (${known.date}) but the changelog ends at ${current.version}`,
        fix: `add ${entry} with the day of this change`,
      }
    : {
        ok: false,
        problem: `the dataset changed since the last entry (${current.version}, ${current.date}); it is now version ${version}`,
        fix: `add ${entry} at the end of "changes", with the day of the change and what changed`,
      };
}
