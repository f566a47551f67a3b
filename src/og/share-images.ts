/**
 * Every share image of the build, worked out once for the four endpoints that
 * serve them: cards (og/…png) and posters (poster/…png) of both editions (the
 * 繁體 ones under zh-hant/, their words converted). Whatever the cache lacks is
 * drawn first, on every core; the build prints how many of each it drew.
 */
import { siteData, type ReportEntry } from '../site/data.ts';
import { thumbnail } from '../site/thumbnails.ts';
import { articleCard, chartCard, homeCard, pageCard, seriesCard } from './cards.ts';
import { SITE_PAGES } from './site-pages.ts';
import { ogImageParam } from './paths.ts';
import { cardMissing } from './render.ts';
import { missingGlyphWarning } from './fonts.ts';
import { hantCard } from './hant.ts';
import { prerenderImages } from './pool.ts';
import type { ImageJob } from './jobs.ts';
import type { OgInput } from './input.ts';
import { posters } from '../poster/posters.ts';
import { posterMissing } from '../poster/render.ts';
import { hantConverter } from '../edition/hant.ts';
import { loadHantExceptions } from '../edition/exceptions.ts';
import { HANT_PREFIX } from '../edition/paths.ts';

export type Edition = 'hans' | 'hant';

export interface ShareImage {
  edition: Edition;
  /** The endpoint's `path` param, below og/ or poster/ (and zh-hant/ for the 繁體 edition). */
  path: string;
  job: ImageJob;
}

/** The site path of an image, for warnings: "zh-hant/poster/charts/x.png". */
const fileOf = (i: ShareImage) => `${i.edition === 'hant' ? HANT_PREFIX : ''}${i.job.kind === 'card' ? 'og' : 'poster'}/${i.path}.png`;

async function cards(): Promise<{ path: string; input: OgInput; sources: string[] }[]> {
  const site = await siteData();
  const { reports, articles, charts } = site;
  // Each chart's card drawing, drawn once per build for its thumbnail, its own card and the card of the article it opens.
  const svgs = new Map(charts.map((c) => [c.id, thumbnail(c).svg] as const));
  const texts = (r: ReportEntry) => [r.files.report, r.files.meta];
  return [
    {
      path: ogImageParam('home'),
      input: homeCard(reports.map((r) => ({ title: r.data.title, publisher: r.data.publisher }))),
      sources: reports.flatMap(texts),
    },
    ...reports.map((r) => ({
      path: ogImageParam('series', r.id),
      input: seriesCard({ title: r.data.title, publisher: r.data.publisher }, r.articles.length),
      sources: texts(r),
    })),
    ...articles.map(({ data }) => ({
      path: ogImageParam('article', data.report, data.slug),
      input: {
        ...articleCard({ title: data.title, series: data.series, order: data.order, publisher: data.source.publisher }),
        ...(data.charts[0] ? { chartSvg: svgs.get(data.charts[0]) } : {}),
      },
      sources: [
        ...texts(site.report(data.report)),
        ...(data.charts[0] ? [site.report(data.report).files.charts, site.report(data.report).files.dataset] : []),
      ],
    })),
    ...SITE_PAGES.map((p) => ({
      path: ogImageParam('page', p.name),
      input: pageCard(
        p.title,
        reports.map((r) => r.data.publisher),
      ),
      sources: reports.map((r) => r.files.meta),
    })),
    ...charts.map((c) => {
      const report = site.report(c.data.report);
      return {
        path: ogImageParam('chart', c.id),
        input: chartCard(
          { title: c.data.title, series: c.article?.data.series ?? report.data.title, publisher: report.data.publisher },
          svgs.get(c.id)!,
        ),
        sources: [report.files.charts, report.files.dataset, ...texts(report)],
      };
    }),
  ];
}

async function make(): Promise<ShareImage[]> {
  const convert = hantConverter(loadHantExceptions());
  const images: (ShareImage & { sources: string[] })[] = [];
  for (const c of await cards()) {
    images.push({ edition: 'hans', path: c.path, job: { kind: 'card', input: c.input }, sources: c.sources });
    images.push({ edition: 'hant', path: c.path, job: { kind: 'card', input: hantCard(c.input, convert) }, sources: c.sources });
  }
  for (const p of await posters()) {
    images.push({ edition: 'hans', path: p.param, job: { kind: 'poster', input: p.hans }, sources: p.sources });
    images.push({ edition: 'hant', path: p.param, job: { kind: 'poster', input: p.hant }, sources: p.sources });
  }
  for (const image of images) {
    const missing = image.job.kind === 'card' ? cardMissing(image.job.input) : posterMissing(image.job.input);
    if (missing.length) console.warn(`og: warning: ${missingGlyphWarning(fileOf(image), image.sources, missing)}`);
  }
  // Draw what the cache lacks on every core first; each endpoint then reads its image.
  const pool = await prerenderImages(images.map((i) => i.job));
  const { card, poster } = pool.byKind;
  console.log(
    `share images: ${card.drawn} cards and ${poster.drawn} posters drawn (${pool.workers} worker${pool.workers === 1 ? '' : 's'}), ${card.cached} cards and ${poster.cached} posters from cache`,
  );
  return images.map(({ edition, path, job }) => ({ edition, path, job }));
}

let made: Promise<ShareImage[]> | undefined;
/** Every share image, drawn into the cache on first use (once per build). */
export const shareImages = () => (made ??= make());

/** The static paths of one endpoint: the images of one kind and edition. */
export async function imagePaths(kind: ImageJob['kind'], edition: Edition) {
  return (await shareImages())
    .filter((i) => i.job.kind === kind && i.edition === edition)
    .map((i) => ({ params: { path: i.path }, props: { job: i.job } }));
}
