/**
 * npm run draft -- content/reports/<slug>.txt [--force]
 *
 * Proposes content/data/<slug>.json and content/charts/<slug>.json from the
 * report alone, for an editor to review. Never overwrites either file without
 * --force; bad input exits 2 and writes nothing.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/ingest/errors.ts';
import { readDraftSource } from '../src/ingest/draft/input.ts';
import { draftReport } from '../src/ingest/draft/draft.ts';
import { summaryTable } from '../src/ingest/draft/table.ts';

const usage = 'usage: npm run draft -- content/reports/<slug>.txt [--force]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (e) {
    throw new IngestError(`draft: ${(e as Error).message}. Fix: ${usage}.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length > 1) throw new IngestError(`draft: one report at a time, got ${positionals.length}. Fix: ${usage}.`);
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
  for (const [file, data] of [
    [source.out.dataset, result.dataset],
    [source.out.charts, result.charts],
  ] as const) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  }
  const shown = { dataset: relative('.', source.out.dataset), charts: relative('.', source.out.charts) };
  console.log(`${source.file}: drafted ${result.dataset.records.length} record(s)\n${summaryTable(result, shown)}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  if (!(e instanceof IngestError)) throw e;
  console.error(e.message);
  process.exitCode = 2;
}
