/** Loading a content folder: datasets with their version and changelog, and what an editor sees when they do not match. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReports } from '../../../src/site/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'datasets-'));
const changelog = join(dir, 'changelog', 'hostile-fixture.json');
const publishedDatasets = () =>
  loadReports(dir).flatMap((r) =>
    r.dataset && r.publication ? [{ slug: r.slug, dataset: r.dataset, charts: r.charts?.charts ?? [], ...r.publication }] : [],
  );

beforeAll(() => {
  cpSync('tests/fixtures/hostile', dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadReports', () => {
  it('gives each dataset with its version and the date of its last change from the changelog', () => {
    const [d] = publishedDatasets();
    const log = JSON.parse(readFileSync(changelog, 'utf8'));
    expect(d).toMatchObject({ slug: 'hostile-fixture', version: log.changes.at(-1).version, updated: log.changes.at(-1).date });
    expect(d.dataset.records.length).toBe(1);
    expect(d.charts.map((c) => c.id)).toEqual(['hostile-chart']);
  });

  it('stops the build with the entry to add when the dataset changed', () => {
    const original = readFileSync(changelog, 'utf8');
    const log = JSON.parse(original);
    log.changes[0].version = 'aaaaaaaaaaaa';
    writeFileSync(changelog, JSON.stringify(log));
    try {
      expect(() => publishedDatasets()).toThrow(
        /changelog[/\\]hostile-fixture\.json:\d+:\d+: changes\[0\]\.version: the dataset changed since the last entry \(aaaaaaaaaaaa, 2026-11-29\); it is now version [0-9a-f]{12}\. Fix: add \{"date": "YYYY-MM-DD", "version": "[0-9a-f]{12}", "note": "…"\}/,
      );
    } finally {
      writeFileSync(changelog, original);
    }
  });

  it('asks for a changelog when there is none, with the version to write', () => {
    const original = readFileSync(changelog, 'utf8');
    rmSync(changelog);
    try {
      expect(() => publishedDatasets()).toThrow(
        /the dataset has no changelog\. Fix: create it with \{"report": "hostile-fixture", "changes": \[\{"date": "YYYY-MM-DD", "version": "[0-9a-f]{12}"/,
      );
    } finally {
      writeFileSync(changelog, original);
    }
  });

  it('points at the line of a malformed entry', () => {
    const original = readFileSync(changelog, 'utf8');
    writeFileSync(changelog, original.replace('"2026-11-29"', '"29.11.2026"'));
    try {
      expect(() => publishedDatasets()).toThrow(/hostile-fixture\.json:\d+:\d+: changes\[0\]\.date: write the day of the change as YYYY-MM-DD/);
    } finally {
      writeFileSync(changelog, original);
    }
  });
});
