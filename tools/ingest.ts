/**
 * npm run ingest -- [report.txt …] [--out <dir>] [--check]
 *
 * Turns each report (default: every content/reports/*.txt) into MDX articles in
 * content/articles/<slug>/. --out writes one report's articles into another
 * folder; --check writes nothing and exits 1 when committed articles differ
 * from what the reports produce. Bad input exits 2 and writes nothing.
 */
import { charName } from '../src/ingest/parse-report.ts';
import { drawable, replacedWarning } from '../src/og/fonts.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/ingest/errors.ts';
import { loadReport } from '../src/ingest/load.ts';
import { parseSlugRecord, planReport, SLUG_RECORD } from '../src/ingest/plan.ts';
import { compareWithDisk, writeArticles, type Drift } from '../src/ingest/write.ts';
import { checkUniqueIds } from '../src/site/load.ts';

const CONTENT = process.env.CONTENT_DIR ?? 'content';
const usage = 'usage: npm run ingest -- [content/reports/<slug>.txt …] [--out <dir>] [--check]';

function main(): number {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' }, check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const reportsDir = join(CONTENT, 'reports');
  const files = positionals.length
    ? positionals
    : readdirSync(reportsDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(reportsDir, f));
  if (values.out && files.length !== 1) throw new IngestError(`--out takes exactly one report; ${usage}`);

  // Load and plan everything before writing anything.
  const plans = files.map((file) => {
    const report = loadReport(file);
    // Invisible and look-alike characters the parse acted on (src/ingest/parse-report.ts): reported, never silent.
    for (const n of report.parsed.normalised)
      console.error(
        `ingest: note: ${report.file}:${n.line}:${n.column}: ${charName(n.char)} ${n.action === 'removed' ? 'removed at the edge of the line' : 'ignored to find the subheading (kept in the text)'}`,
      );
    // The title and subheadings are drawn on share cards: name what the card font cannot draw.
    for (const para of [report.parsed.title, ...report.parsed.sections.flatMap((s) => (s.heading ? [s.heading] : []))]) {
      let column = 1;
      for (const { segment } of new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(para.text)) {
        if (drawable(segment, 700).replaced.length)
          console.error(
            `ingest: warning: ${report.file}:${para.line}:${column}: ${replacedWarning('share card', [segment]).replace(/^share card: /, '')}`,
          );
        column += [...segment].length;
      }
    }
    const dir = values.out ?? join(CONTENT, 'articles', report.slug);
    const recordPath = join(dir, SLUG_RECORD);
    const planned = planReport(report, parseSlugRecord(existsSync(recordPath) ? readFileSync(recordPath, 'utf8') : undefined, recordPath));
    return { report, files: [...planned.articles, planned.record], articles: planned.articles.length, dir };
  });
  checkUniqueIds(plans.map((p) => p.report));

  if (values.check) {
    const drift: Drift[] = plans.flatMap((p) => compareWithDisk(p.dir, p.files));
    for (const d of drift) console.error(`stale: ${relative('.', d.file)} (${d.problem})`);
    if (drift.length) {
      console.error(`ingest --check: ${drift.length} generated file(s) out of date. Fix: run npm run ingest and commit the result.`);
      return 1;
    }
    console.log(`ingest --check: ${plans.reduce((n, p) => n + p.articles, 0)} article(s) up to date.`);
    return 0;
  }
  for (const p of plans) {
    const { written, removed } = writeArticles(p.dir, p.files);
    const changes = [...written.map((f) => `  wrote ${relative('.', f)}`), ...removed.map((f) => `  removed ${relative('.', f)}`)];
    console.log(`${p.report.file}: ${p.articles} article(s) in ${relative('.', p.dir) || '.'}${changes.length ? '' : ', unchanged'}`);
    for (const c of changes) console.log(c);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  if (!(e instanceof IngestError)) throw e;
  for (const line of e.problems) console.error(`ingest: ${line}`);
  if (process.env.DEBUG) console.error(e.stack);
  process.exitCode = 2;
}
