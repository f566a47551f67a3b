/**
 * Scaling with content: corpora of n copies of every report (bench-corpus.ts),
 * ingested and built clean; cost per article and per chart, the share cards'
 * part of it, and whether build time grows linearly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SiteFiles } from '../../tests/support/budgets.ts';
import { ARTICLE_ROUTE, templates } from '../../tests/support/templates.ts';
import { join } from 'node:path';
import { buildEnv } from '../../tests/support/build.ts';
import { htmlFiles } from '../../tests/support/dist.ts';
import { generateCorpus } from '../bench-corpus.ts';
import { composeContent } from '../compose-content.ts';
import { build, cacheDirFor, cleanBuild, type BuildRun } from './build.ts';
import { median, sec, table } from './format.ts';

/** Pairs of clean builds (both editions, then one) the both ÷ one ratio is taken from, at least. */
const RATIO_PAIRS = 3;

/** Both ÷ one per pair, and their median. */
export function editionRatios(s: Pick<Scale, 'editionPairs'>) {
  const ratios = s.editionPairs.map((p) => p.both / p.one);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), ratios };
}

/** Content folder of the site tests with more than one report (tests/fixtures). */
const MULTI_FIXTURE = 'tests/fixtures/multi';

export interface Scale {
  copies: number;
  reports: number;
  articles: number;
  charts: number;
  pages: number;
  /** Share-card PNGs in the output. */
  cards: number;
  ingestMs: number;
  /** Median of the clean builds. */
  build: BuildRun;
  /** A build with only the share-image and 繁體-page caches kept (output and content cache removed). */
  cardsCached: BuildRun;
  /** Clean builds of the same corpus without the 繁體 edition (site.json traditionalEdition: false), median. */
  oneEdition: BuildRun;
  /** Clean builds in pairs, both editions then one, one pair after another: the ratio drifts with the machine's load, so each pair is timed close together. */
  editionPairs: { both: number; one: number }[];
  /** A warm rebuild after one report's headline was edited and ingested again: what it drew and converted. */
  afterEdit: BuildRun & { edited: string };
  /** An article's first render and first-view weight (gzip bytes) with both editions and with one. */
  article: { page: string; two: { firstRender: number; total: number }; one: { firstRender: number; total: number } };
  /** Chart figures in the built pages, and how many contain an SVG drawing. */
  figures: number;
  drawn: number;
}

async function measure(work: string, copies: number, runs: number, source: string): Promise<Scale> {
  const dir = join(work, `corpus-${copies}`);
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  const corpus = generateCorpus(content, copies, source);
  const ingest = () => {
    const r = spawnSync(process.execPath, ['tools/ingest.ts'], {
      env: buildEnv({ CONTENT_DIR: content }),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`ingest of the ${copies}-copy corpus failed:\n${r.stderr}`);
  };
  const t0 = performance.now();
  ingest();
  const ingestMs = performance.now() - t0;
  const articles = readdirSync(join(content, 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length;
  const all: BuildRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await cleanBuild(dist, content));
  const ms = all.map((r) => r.ms);
  const run: BuildRun = { ms: median(ms), peakMb: median(all.map((r) => r.peakMb)), spreadMs: Math.max(...ms) - Math.min(...ms) };
  const cards = readdirSync(join(dist, 'og'), { recursive: true }).filter((f) => String(f).endsWith('.png')).length;
  const page = templates(dist).find((t) => t.route === ARTICLE_ROUTE)!.pages[0];
  const weigh = () => {
    const w = new SiteFiles(dist).weigh(page);
    return { firstRender: w.firstRender.gzip, total: w.html.gzip + w.css.gzip + w.js.gzip };
  };
  const two = weigh();
  // Same build with the share cards already drawn: how much of a clean build they are.
  rmSync(cacheDirFor(content), { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  const cardsCached = await build({ OUT_DIR: dist, CONTENT_DIR: content });
  const built = htmlFiles(dist).map((f) => readFileSync(join(dist, f), 'utf8'));
  const figureHtml = built.flatMap((h) => h.match(/<figure[\s\S]*?<\/figure>/g) ?? []);
  // An editor changes one report's headline and ingests it again: the warm rebuild should redraw and convert that report's share only.
  const edited = join(content, 'reports', `${corpus.reports[0]}.txt`);
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^([^\n]+)/, '$1（更新）'));
  ingest();
  const warm = await build({ OUT_DIR: dist, CONTENT_DIR: content });
  const afterEdit = { ...warm, edited: corpus.reports[0] };
  // The same corpus as a Simplified-only site.
  const siteFile = join(content, 'site.json');
  const siteJson = readFileSync(siteFile, 'utf8');
  const setEditions = (hant: boolean) => writeFileSync(siteFile, JSON.stringify({ ...JSON.parse(siteJson), traditionalEdition: hant }));
  const pairs: { both: BuildRun; one: BuildRun }[] = [];
  for (let i = 0; i < Math.max(runs, RATIO_PAIRS); i++) {
    setEditions(true);
    const both = await cleanBuild(dist, content);
    setEditions(false);
    pairs.push({ both, one: await cleanBuild(dist, content) });
  }
  const editionPairs = pairs.map((p) => ({ both: p.both.ms, one: p.one.ms }));
  const ones = pairs.map((p) => p.one);
  const oneEdition: BuildRun = { ms: median(ones.map((r) => r.ms)), peakMb: median(ones.map((r) => r.peakMb)) };
  const one = weigh();
  writeFileSync(siteFile, siteJson);
  console.log(
    `corpus ×${copies}: ${articles} articles, ${corpus.charts} charts, builds ${ms.map(sec).join(', ')} s, peak ${run.peakMb.toFixed(0)} MB`,
  );
  rmSync(cacheDirFor(content), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  return {
    copies,
    reports: corpus.reports.length,
    articles,
    charts: corpus.charts,
    pages: built.length,
    cards,
    ingestMs,
    build: run,
    cardsCached,
    oneEdition,
    editionPairs,
    afterEdit,
    article: { page, two, one },
    figures: figureHtml.length,
    drawn: figureHtml.filter((f) => /<svg[\s>][\s\S]*?<(rect|path|line|circle|text)\b/.test(f)).length,
  };
}

/** Straight line through (articles, ms) by least squares: start-up + cost per article. */
function fit(points: { x: number; y: number }[]) {
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const slope = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  return { intercept: my - slope * mx, slope };
}

/** Linear when every size lies within the run-to-run spread (or 5% of the largest build) of the fitted line. */
function linearity(scales: Scale[]): string {
  if (scales.length < 2) return 'Too few corpus sizes to judge linearity.';
  const line = fit(scales.map((s) => ({ x: s.articles, y: s.build.ms })));
  const residuals = scales.map((s) => s.build.ms - (line.intercept + line.slope * s.articles));
  const noise = Math.max(...scales.map((s) => s.build.spreadMs ?? 0));
  const worst = Math.max(...residuals.map(Math.abs));
  const formula = `${sec(line.intercept)} s start-up + ${line.slope.toFixed(1)} ms per article`;
  if (worst <= Math.max(noise, 0.05 * Math.max(...scales.map((s) => s.build.ms))))
    return `Linear: build time ≈ ${formula}; every size lies within ${Math.round(worst)} ms of that line, inside the run-to-run spread (${Math.round(noise)} ms) or 5% of the largest build.`;
  const offsets = residuals.map((r, i) => `${r > 0 ? '+' : ''}${Math.round(r)} ms at ×${scales[i].copies}`).join(', ');
  const why =
    residuals.at(-1)! > 0
      ? 'The largest corpus is slower than linear: look for work per page that walks the whole collection (src/site/data.ts is read once per build; a component that scans every report or record on every page would show here).'
      : 'The largest corpus is faster than linear: start-up costs are still being amortised.';
  return `Not linear: build time is ${offsets} off the straight line (${formula}), more than the run-to-run spread (${Math.round(noise)} ms). ${why}`;
}

/**
 * The reports a corpus copies: the seed with the test fixture's reports on other
 * subjects laid over it (tests/fixtures/multi holds only what it adds to
 * content/, see tools/compose-content.ts) when it is there, so the corpus is
 * not one subject repeated; else content/. BENCH_CONTENT names another folder.
 */
export const corpusSource = () => process.env.BENCH_CONTENT ?? (existsSync(MULTI_FIXTURE) ? `content/ + ${MULTI_FIXTURE}` : 'content');

function sourceFolder(work: string): string {
  if (process.env.BENCH_CONTENT) return process.env.BENCH_CONTENT;
  return existsSync(MULTI_FIXTURE) ? composeContent(MULTI_FIXTURE, join(work, 'corpus-source')) : 'content';
}

export async function measureScaling(work: string, sizes: number[], runs: number, source = sourceFolder(work)) {
  const scales: Scale[] = [];
  // Sizes count reports: each of the source's reports is copied as often as that takes.
  const sourceReports = readdirSync(join(source, 'reports')).filter((f) => f.endsWith('.txt')).length;
  for (const size of sizes) scales.push(await measure(work, Math.max(1, Math.round(size / sourceReports)), runs, source));
  const scaleTable = table(
    [
      'corpus',
      'reports',
      'articles',
      'charts',
      'pages',
      'share cards',
      'ingest',
      'clean build',
      'per article',
      'per chart',
      'peak memory',
      'build, cards cached',
      'per page, cards cached',
      'clean, Simplified only',
      'both ÷ one',
    ],
    scales.map((s) => [
      `×${s.copies}`,
      s.reports,
      s.articles,
      s.charts,
      s.pages,
      s.cards,
      `${sec(s.ingestMs)} s`,
      `${sec(s.build.ms)} s`,
      `${Math.round(s.build.ms / s.articles)} ms`,
      s.charts ? `${Math.round(s.build.ms / s.charts)} ms` : '–',
      `${s.build.peakMb.toFixed(0)} MB`,
      `${sec(s.cardsCached.ms)} s`,
      `${(s.cardsCached.ms / s.pages).toFixed(1)} ms`,
      `${sec(s.oneEdition.ms)} s`,
      `${editionRatios(s).median.toFixed(2)}×`,
    ]),
  );
  // Cost of each extra article between consecutive sizes: constant if the build grows linearly.
  const marginal = scales
    .slice(1)
    .map((s, i) => {
      const prev = scales[i];
      const n = s.articles - prev.articles;
      return `×${prev.copies}→×${s.copies}: ${((s.build.ms - prev.build.ms) / n).toFixed(0)} ms and ${((s.build.peakMb - prev.build.peakMb) / n).toFixed(1)} MB per extra article`;
    })
    .join('; ');
  const undrawn = scales.filter((s) => s.drawn < s.figures).map((s) => `×${s.copies}: ${s.figures - s.drawn} of ${s.figures}`);
  const chartNote = undrawn.length
    ? `Some chart figures hold no drawing (${undrawn.join('; ')}): "per chart" undercounts drawing.`
    : 'Chart figures in these builds contain their SVG drawings.';
  const warm = scales
    .map(
      (s) =>
        `- ×${s.copies}, after editing the headline of ${s.afterEdit.edited} (and ingest): ${sec(s.afterEdit.ms)} s; the build printed: ${(s.afterEdit.printed ?? []).join('; ') || 'nothing'}`,
    )
    .join('\n');
  const pairs = scales
    .map((s) => `×${s.copies}: ${s.editionPairs.map((p) => `${sec(p.both)} / ${sec(p.one)} s (${(p.both / p.one).toFixed(2)}×)`).join(', ')}.`)
    .join(' ');
  return { scales, table: scaleTable, marginal, linear: linearity(scales), chartNote, warm, pairs: `Pairs, both / one: ${pairs}` };
}
