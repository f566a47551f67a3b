/**
 * npm run draft -- content/reports/<slug>.txt [--force] [--date YYYY-MM-DD]
 *
 * Proposes content/data/<slug>.json and content/charts/<slug>.json from the
 * report alone, for an editor to review. Never overwrites either file without
 * --force; bad input exits 2 and writes nothing. When the report has no
 * changelog yet, writes its first entry (the draft's version, dated today or
 * --date), so the draft builds as it stands; an existing changelog is the
 * editor's and is never touched.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/ingest/errors.ts';
import { readDraftSource } from '../src/ingest/draft/input.ts';
import { draftReport } from '../src/ingest/draft/draft.ts';
import { summaryTable } from '../src/ingest/draft/table.ts';
import { firstChangelog } from '../src/ingest/draft/changelog.ts';
import { loadReport } from '../src/ingest/load.ts';
import { datasetVersion } from '../src/data/version.ts';
import { writeFileAtomic } from '../src/io/atomic-write.ts';
import { precisionOf } from '../src/lib/dates.ts';

const usage = 'usage: npm run draft -- content/reports/<slug>.txt [--force] [--date YYYY-MM-DD]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { force: { type: 'boolean', default: false }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (e) {
    throw new IngestError(`draft: ${(e as Error).message}. Fix: ${usage}.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length > 1) throw new IngestError(`draft: one report at a time, got ${positionals.length}. Fix: ${usage}.`);
  const day = values.date ?? new Date().toISOString().slice(0, 10);
  if (precisionOf(day) !== 'day') throw new IngestError(`draft: --date "${day}" is not a day. Fix: write it as YYYY-MM-DD, e.g. --date 2024-05-02.`);
  const source = readDraftSource(positionals[0], values.force);
  const result = draftReport({
    slug: source.slug,
    text: source.text,
    published: source.meta.published,
    takenRecordIds: source.takenRecordIds,
    takenChartIds: source.takenChartIds,
    // What ingest will check, so the draft validates and builds as it stands.
    ...(await import('../src/ingest/draft/ingest-checks.ts')).ingestChecks(source.slug, source.text),
  });
  if (!result.dataset.records.length) {
    // A dataset needs a record: a report without figures publishes as text alone, with no dataset or charts.
    console.log(`${source.file}: no figures found, so no dataset or chart file was written; the report publishes without them.`);
    return 0;
  }
  for (const [file, data] of [
    [source.out.dataset, result.dataset],
    [source.out.charts, result.charts],
  ] as const)
    writeFileAtomic(file, JSON.stringify(data, null, 2) + '\n');
  const shown = { dataset: relative('.', source.out.dataset), charts: relative('.', source.out.charts) };
  console.log(`${source.file}: drafted ${result.dataset.records.length} record(s)\n${summaryTable(result, shown)}`);
  if (!existsSync(source.out.changelog)) {
    // The version is that of the dataset as ingest validates and publishes it.
    const version = datasetVersion(loadReport(positionals[0]).dataset!);
    writeFileAtomic(source.out.changelog, JSON.stringify(firstChangelog(source.slug, day, version), null, 2) + '\n');
    console.log(`wrote ${relative('.', source.out.changelog)} (first entry ${day}, version ${version}: add an entry after your review)`);
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  if (!(e instanceof IngestError)) throw e;
  console.error(e.message);
  process.exitCode = 2;
}
