/**
 * Per page template: bytes read from the built files and Lighthouse's mobile
 * figures (median of `runs`; CLS the worst run). Every article page is measured,
 * one page of every other template.
 */
import { SiteFiles } from '../../tests/support/budgets.ts';
import { pathOf } from '../../tests/support/dist.ts';
import { ARTICLE_ROUTE, templates } from '../../tests/support/templates.ts';
import { serve } from '../../tests/support/static-server.ts';
import { startLighthouse, waitForQuietCpu, type LighthouseFigures } from '../../tests/support/lighthouse.ts';
import { kb, median, table } from './format.ts';

export interface PageResults {
  table: string;
  /** Templates the build produced no page for. */
  missing: string[];
  /** Lighthouse medians of the article pages (empty without Lighthouse). */
  articles: LighthouseFigures[];
  /** LCP of every Lighthouse run of every article page, ms. */
  articleLcpRuns: number[];
}

export async function measurePages(out: string, runs: number, lighthouse: boolean): Promise<PageResults> {
  const site = new SiteFiles(out);
  const list = templates(out);
  const targets = list.flatMap((t) => (t.route === ARTICLE_ROUTE ? t.pages : t.pages.slice(0, 1)).map((page) => ({ route: t.route, page })));
  const figures = new Map<string, LighthouseFigures>();
  const perfRuns = new Map<string, number[]>();
  const lcpRuns = new Map<string, number[]>();
  if (lighthouse) {
    const server = await serve(out);
    const lh = await startLighthouse(server.url);
    try {
      for (const { page } of targets) {
        const all: LighthouseFigures[] = [];
        for (let i = 0; i < runs; i++) {
          await waitForQuietCpu(0.6, 30_000);
          all.push(await lh.run(server.url + pathOf(page)));
        }
        const med = (f: (r: LighthouseFigures) => number) => median(all.map(f));
        perfRuns.set(
          page,
          all.map((r) => r.scores.performance),
        );
        lcpRuns.set(
          page,
          all.map((r) => r.lcp),
        );
        figures.set(page, {
          ...all[0],
          scores: {
            performance: med((r) => r.scores.performance),
            accessibility: med((r) => r.scores.accessibility),
            'best-practices': med((r) => r.scores['best-practices']),
            seo: med((r) => r.scores.seo),
          },
          lcp: med((r) => r.lcp),
          fcp: med((r) => r.fcp),
          tbt: med((r) => r.tbt),
          cls: Math.max(...all.map((r) => r.cls)),
          bytes: med((r) => r.bytes),
        });
        console.log(
          `lighthouse ${page}: LCP ${all.map((r) => Math.round(r.lcp)).join('/')} ms, TBT ${all.map((r) => Math.round(r.tbt)).join('/')} ms, perf ${all.map((r) => r.scores.performance).join('/')}`,
        );
      }
    } finally {
      await lh.close();
      await server.close();
    }
  }
  const rows = targets.map(({ route, page }) => {
    const w = site.weigh(page);
    const f = figures.get(page);
    return [
      `${route.replace(/\.astro$/, '')}: \`/${pathOf(page)}\``,
      `${kb(w.html.raw)} / ${kb(w.html.gzip)}`,
      `${kb(w.css.raw)} / ${kb(w.css.gzip)}`,
      `${kb(w.js.raw)} / ${kb(w.js.gzip)}`,
      kb(w.firstRender.gzip),
      f ? `${f.scores.performance}/${f.scores.accessibility}/${f.scores['best-practices']}/${f.scores.seo}` : '–',
      f ? perfRuns.get(page)!.join(', ') : '–',
      f
        ? `${(f.lcp / 1000).toFixed(2)} s (${lcpRuns
            .get(page)!
            .map((ms) => (ms / 1000).toFixed(2))
            .join(', ')})`
        : '–',
      f ? `${Math.round(f.tbt)} ms` : '–',
      f ? f.cls.toFixed(3) : '–',
      f ? kb(f.bytes) : '–',
    ];
  });
  const articlePages = targets.filter((t) => t.route === ARTICLE_ROUTE).map((t) => t.page);
  return {
    table: table(
      [
        'template: page',
        'HTML KB raw / gz',
        'CSS KB raw / gz',
        'JS KB raw / gz',
        'first render KB gz',
        'LH perf/a11y/bp/seo',
        'perf, each run',
        'LCP (each run)',
        'TBT',
        'CLS',
        'LH bytes KB',
      ],
      rows,
    ),
    missing: list.filter((t) => t.pages.length === 0).map((t) => t.route),
    articles: articlePages.map((p) => figures.get(p)).filter((f): f is LighthouseFigures => Boolean(f)),
    articleLcpRuns: articlePages.flatMap((p) => lcpRuns.get(p) ?? []),
  };
}
