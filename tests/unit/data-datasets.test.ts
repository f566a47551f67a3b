/** The published datasets, and what an editor sees when the changelog does not match the dataset. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'datasets-'));
const changelog = join(dir, 'changelog', 'hostile-fixture.json');
let publishedDatasets: typeof import('../../src/data/datasets.ts').publishedDatasets;

beforeAll(async () => {
  cpSync('tests/fixtures/hostile', dir, { recursive: true });
  // CONTENT_DIR is read when the loaders' module loads.
  process.env.CONTENT_DIR = dir;
  ({ publishedDatasets } = await import('../../src/data/datasets.ts'));
});
afterAll(() => {
  delete process.env.CONTENT_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe('publishedDatasets', () => {
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
        /changelog[/\\]hostile-fixture\.json: the dataset changed since the last entry \(aaaaaaaaaaaa, 2026-11-29\); it is now version [0-9a-f]{12}\. Fix: add \{"date": "YYYY-MM-DD", "version": "[0-9a-f]{12}", "note": "…"\}/,
      );
    } finally {
      writeFileSync(changelog, original);
    }
  });

  it('asks for a changelog when there is none, with the version to write', () => {
    const original = readFileSync(changelog, 'utf8');
    rmSync(changelog);
    try {
      expect(() => publishedDatasets()).toThrow(/the dataset has no changelog\. Fix: create it with \{"report": "hostile-fixture", "changes": \[\{"date": "YYYY-MM-DD", "version": "[0-9a-f]{12}"/);
    } finally {
      writeFileSync(changelog, original);
    }
  });

  it('points at the line of a malformed entry', () => {
    const original = readFileSync(changelog, 'utf8');
    writeFileSync(changelog, original.replace('"2026-11-29"', '"29.11.2026"'));
    try {
      expect(() => publishedDatasets()).toThrow(/hostile-fixture\.json:\d+: changes\[0\]\.date: write the day of the change as YYYY-MM-DD/);
    } finally {
      writeFileSync(changelog, original);
    }
  });
});
