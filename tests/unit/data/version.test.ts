import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, checkChangelog, datasetVersion } from '../../../src/data/version.ts';
import { changelogSchema } from '../../../src/schemas/changelog.ts';
import { datasetSchema } from '../../../src/schemas/dataset.ts';
import { loadReport } from '../../../src/ingest/load.ts';

const SLUG = 'ai-talent-war-2024-04';
// As published: validated and typeset by the same loader the site uses.
const dataset = loadReport(`content/reports/${SLUG}.txt`).dataset!;
const changelog = changelogSchema.parse(JSON.parse(readFileSync(`content/changelog/${SLUG}.json`, 'utf8')));

describe('canonicalJson', () => {
  it('does not depend on key order, but does on array order and values', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});

describe('datasetVersion', () => {
  const v = datasetVersion(dataset);

  it('is 12 hex digits, stable across key order and the $schema pointer', () => {
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    const reordered = JSON.parse(JSON.stringify(dataset), (_, x) =>
      x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x,
    );
    expect(datasetVersion(reordered)).toBe(v);
    expect(datasetVersion({ ...dataset, $schema: 'https://elsewhere.example/schema.json' })).toBe(v);
  });

  it('changes with any change to a record or to notFigures', () => {
    const edited = structuredClone(dataset);
    edited.records[0].label += '。';
    expect(datasetVersion(edited)).not.toBe(v);
    const notFigure = structuredClone(dataset);
    notFigure.notFigures[0].reason += '。';
    expect(datasetVersion(notFigure)).not.toBe(v);
  });
});

describe('the changelog', () => {
  it('names the seed dataset’s current version in its last entry', () => {
    const check = checkChangelog(changelog, datasetVersion(dataset));
    expect(check).toEqual({ ok: true, current: changelog.changes.at(-1) });
  });

  it('says what to add when the dataset changed since the last entry', () => {
    const check = checkChangelog(changelog, 'abcdefabcdef');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problem).toMatch(/the dataset changed since the last entry \([0-9a-f]{12}, \d{4}-\d{2}-\d{2}\); it is now version abcdefabcdef/);
    expect(check.fix).toContain('{"date": "YYYY-MM-DD", "version": "abcdefabcdef", "note": "…"}');
  });

  it('notices a dataset reverted to an earlier version', () => {
    const log = { ...changelog, changes: [...changelog.changes, { date: '2099-01-01', version: 'aaaaaaaaaaaa', note: '改' }] };
    const check = checkChangelog(log, changelog.changes[0].version);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(/back at version/);
  });

  it('refuses dates out of order, bad dates and repeated versions', () => {
    const base = { report: SLUG, changes: [{ date: '2024-05-02', version: 'aaaaaaaaaaaa', note: '首次发布' }] };
    const issues = (changes: unknown[]) => changelogSchema.safeParse({ ...base, changes }).error?.issues.map((i) => i.message) ?? [];
    expect(issues([{ date: '2024-05-02', version: 'aaaaaaaaaaaa', note: 'a' }])).toEqual([]);
    expect(issues([...base.changes, { date: '2024-05-01', version: 'bbbbbbbbbbbb', note: 'b' }])[0]).toMatch(/before the previous entry/);
    expect(issues([...base.changes, { date: '2024-05-03', version: 'aaaaaaaaaaaa', note: 'b' }])[0]).toMatch(/same version/);
    expect(issues([{ date: '2024-5-2', version: 'aaaaaaaaaaaa', note: 'a' }])[0]).toMatch(/YYYY-MM-DD/);
    expect(issues([{ date: '2024-05-02', version: 'xyz', note: 'a' }])[0]).toMatch(/12-character version/);
    expect(issues([])[0]).toMatch(/at least the first release/);
  });

  it('hashes a left-out notFigures as its default, the empty list', () => {
    const { notFigures: _n, ...withoutDefault } = JSON.parse(readFileSync(`content/data/${SLUG}.json`, 'utf8'));
    const parsed = datasetSchema.parse({ ...withoutDefault, notFigures: [] });
    expect(datasetVersion(parsed)).not.toBe(datasetVersion(dataset));
    expect(datasetVersion(datasetSchema.parse(withoutDefault))).toBe(datasetVersion(parsed));
  });
});
