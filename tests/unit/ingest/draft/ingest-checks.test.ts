/**
 * Every fixture report, drafted as a new user would (`npm run draft`), goes
 * through ingest as it stands: the dataset passes the schema and provenance
 * check, the chart plan passes ingest's chart check, and the articles are
 * planned with their charts. A draft that only validates in memory is not enough.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFigures } from '../../../../src/lib/figures.ts';
import { draftReport } from '../../../../src/ingest/draft/draft.ts';
import { ingestChecks } from '../../../../src/ingest/draft/ingest-checks.ts';
import { loadReport } from '../../../../src/ingest/load.ts';
import { planReport } from '../../../../src/ingest/plan.ts';

const folders = ['content/reports', 'tests/fixtures/multi/reports', 'tests/fixtures/draft'];
const reports = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f)),
);

let proposed = 0;

describe('drafted datasets and chart plans go through ingest as they stand', () => {
  afterAll(() => expect(proposed, 'charts proposed over all fixture reports').toBeGreaterThan(0));

  it('finds the fixture reports', () => {
    expect(reports.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of reports) {
    it(file, () => {
      const slug = file
        .split('/')
        .at(-1)!
        .replace(/\.txt$/, '');
      const text = readFileSync(file, 'utf8');
      const meta = JSON.parse(readFileSync(file.replace(/\.txt$/, '.meta.json'), 'utf8'));
      const draft = draftReport({ slug, text, published: meta.published, ...ingestChecks(slug, text) });
      // A report may hold no figure at all (tests/fixtures/multi has one): then it drafts none, and still ingests.
      if (findFigures(text).length) expect(draft.dataset.records.length, 'records drafted').toBeGreaterThan(0);
      proposed += draft.charts.charts.length;

      const root = mkdtempSync(join(tmpdir(), 'draft-ingest-'));
      for (const dir of ['reports', 'data', 'charts']) mkdirSync(join(root, dir));
      const report = join(root, 'reports', `${slug}.txt`);
      copyFileSync(file, report);
      copyFileSync(file.replace(/\.txt$/, '.meta.json'), join(root, 'reports', `${slug}.meta.json`));
      // The tool writes no dataset for a report without figures (tools/draft.ts): it publishes as text.
      if (draft.dataset.records.length) {
        writeFileSync(join(root, 'data', `${slug}.json`), JSON.stringify(draft.dataset, null, 2));
        writeFileSync(join(root, 'charts', `${slug}.json`), JSON.stringify(draft.charts, null, 2));
      }

      // loadReport validates the dataset (schema + provenance) and chart file; planReport runs the chart check.
      const loaded = loadReport(report);
      expect(loaded.dataset?.records.length ?? 0).toBe(draft.dataset.records.length);
      const { articles } = planReport(loaded);
      const slots = articles.map((a) => a.content).join('\n');
      for (const chart of draft.charts.charts) expect(slots, chart.id).toContain(chart.id);
    });
  }
});
