/**
 * Content-collection loaders for reports, their records and their chart specs.
 * They validate through the same code as ingest (loadReport), so a quote that
 * is not in the report or a figure that disagrees with its quote fails the build
 * with the same message an editor sees from `npm run ingest`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadReport, type LoadedReport } from '../ingest/load.ts';

export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

export function loadAll(): LoadedReport[] {
  const dir = join(CONTENT_DIR, 'reports');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => loadReport(join(dir, f)));
}

type Entry = { id: string; data: Record<string, unknown> };

function loader(name: string, entries: (reports: LoadedReport[]) => Entry[]): Loader {
  return {
    name,
    load: async ({ store, parseData, generateDigest }: LoaderContext) => {
      store.clear();
      for (const { id, data } of entries(loadAll())) {
        const parsed = await parseData({ id, data });
        store.set({ id, data: parsed, digest: generateDigest(parsed) });
      }
    },
  };
}

export const reportsLoader = () =>
  loader('reports', (reports) =>
    reports.map((r) => ({ id: r.slug, data: { title: r.parsed.title.text, ...r.meta, text: r.text, file: r.file } })),
  );

export const recordsLoader = () =>
  loader('records', (reports) =>
    reports.flatMap((r) => (r.dataset?.records ?? []).map((rec, index) => ({ id: rec.id, data: { ...rec, report: r.slug, index } }))),
  );

export const chartsLoader = () =>
  loader('charts', (reports) =>
    reports.flatMap((r) => (r.charts?.charts ?? []).map((c, index) => ({ id: c.id, data: { ...c, report: r.slug, index } }))),
  );
