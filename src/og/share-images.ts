/**
 * Every share image of the build, worked out once: cards (og/…png) and posters
 * (poster/…png) of both editions (the 繁體 ones under zh-hant/, their words
 * converted). Whatever the cache lacks is drawn on every core while Astro
 * renders the pages; a build writes them at its end and prints how many of each
 * it drew (src/integrations/share-images.ts); the dev server serves them from
 * the endpoints.
 */
import { siteData, type ReportEntry } from '../site/data.ts';
import { thumbnail } from '../site/thumbnails.ts';
import { articleCard, chartCard, homeCard, pageCard, seriesCard } from './cards.ts';
import { SITE_PAGES } from './site-pages.ts';
import { ogImageParam } from './paths.ts';
import { missingGlyphWarning } from './fonts.ts';
import { hantCard } from './hant.ts';
import { drawMissing } from './pool.ts';
import { prepareImage } from './jobs.ts';
import { handOver } from './handoff.ts';
import type { ImageJob } from './jobs.ts';
import type { OgInput } from './input.ts';
import { posters } from '../poster/posters.ts';
import { hantConverter } from '../edition/hant.ts';
import { loadHantExceptions } from '../edition/exceptions.ts';
import { HANT_PREFIX } from '../edition/paths.ts';
import { siteConfig } from '../site/config.ts';

export type Edition = 'hans' | 'hant';

export interface ShareImage {
  edition: Edition;
  /** The endpoint's `path` param, below og/ or poster/ (and zh-hant/ for the 繁體 edition). */
  path: string;
  job: ImageJob;
  /** Where its PNG is cached (prepareImage). */
  cacheDir: string;
  key: string;
}

/** The site path of an image, for warnings: "zh-hant/poster/charts/x.png". */
const fileOf = (i: Pick<ShareImage, 'edition' | 'path' | 'job'>): string =>
  `${i.edition === 'hant' ? HANT_PREFIX : ''}${i.job.kind === 'card' ? 'og' : 'poster'}/${i.path}.png`;

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

async function make(): Promise<{ images: ShareImage[]; drawn: Promise<string> }> {
  const convert = hantConverter(loadHantExceptions());
  const images: (Pick<ShareImage, 'edition' | 'path' | 'job'> & { sources: string[] })[] = [];
  const hant = siteConfig.traditionalEdition;
  for (const c of await cards()) {
    images.push({ edition: 'hans', path: c.path, job: { kind: 'card', input: c.input }, sources: c.sources });
    if (hant) images.push({ edition: 'hant', path: c.path, job: { kind: 'card', input: hantCard(c.input, convert) }, sources: c.sources });
  }
  for (const p of await posters()) {
    images.push({ edition: 'hans', path: p.param, job: { kind: 'poster', input: p.hans }, sources: p.sources });
    if (hant) images.push({ edition: 'hant', path: p.param, job: { kind: 'poster', input: p.hant }, sources: p.sources });
  }
  // Each image is prepared once (text checked, fonts chosen, cache key): the pool and the build step use the key.
  const prepared = images.map((image) => {
    const ready = prepareImage(image.job);
    const { cacheDir, key, replaced } = ready.prepared;
    if (replaced.length) console.warn(`og: warning: ${missingGlyphWarning(fileOf(image), image.sources, replaced)}`);
    return { edition: image.edition, path: image.path, job: image.job, cacheDir, key, ready };
  });
  // Drawn on every core while the pages are rendered; the build writes them at its end (src/integrations/share-images.ts).
  const drawn = drawMissing(prepared.map((p) => p.ready)).then(({ byKind: { card, poster }, workers }) => {
    return `share images: ${card.drawn} cards and ${poster.drawn} posters drawn (${workers} worker${workers === 1 ? '' : 's'}), ${card.cached} cards and ${poster.cached} posters from cache`;
  });
  // Settled here too, so a failed drawing is reported by whoever awaits it, not as an unhandled rejection.
  drawn.catch(() => {});
  return { images: prepared.map(({ ready: _, ...image }) => image), drawn };
}

let made: Promise<{ images: ShareImage[]; drawn: Promise<string> }> | undefined;
/** Every share image of the build, listed once; the pool starts drawing them on first use. */
export function shareImages() {
  if (made) return made;
  const batch = make();
  const files = batch.then(({ images, drawn }) => ({ files: images.map((i) => ({ file: fileOf(i), cacheDir: i.cacheDir, key: i.key })), drawn }));
  // A failure is reported where the pages await the batch; the build step sees it again.
  files.catch(() => {});
  handOver(files);
  return (made = batch);
}

/** The static paths of one endpoint: the images of one kind and edition. */
export async function imagePaths(kind: ImageJob['kind'], edition: Edition) {
  return (await shareImages()).images
    .filter((i) => i.job.kind === kind && i.edition === edition)
    .map((i) => ({ params: { path: i.path }, props: { job: i.job, cacheDir: i.cacheDir, key: i.key } }));
}
