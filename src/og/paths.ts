/**
 * Where each OG image lives. The endpoint (src/pages/og/[...path].png.ts) and
 * the pages' <meta property="og:image"> both go through here, so they agree.
 */
import { url } from '../lib/urls.ts';
import { isId } from '../lib/ids.ts';

export type OgKind = 'home' | 'series' | 'article' | 'chart' | 'page';

interface OgIds {
  home: [];
  series: [report: string];
  article: [report: string, article: string];
  chart: [chart: string];
  /** Site pages that are not content: data, charts, search. */
  page: [name: string];
}

/** The endpoint's `path` param: "index", "<report>", "<report>/<article>", "charts/<id>" or "pages/<name>". */
export function ogImageParam<K extends OgKind>(kind: K, ...ids: OgIds[K]): string {
  for (const id of ids) if (!isId(id)) throw new Error(`OG image ${kind}: "${id}" is not a slug (lowercase ASCII letters, digits, single hyphens)`);
  if (kind === 'series' && ids[0] === 'index')
    throw new Error('OG image: a report slugged "index" would overwrite the home page image og/index.png; rename the report');
  switch (kind) {
    case 'home':
      return 'index';
    case 'chart':
      return `charts/${ids[0]}`;
    case 'page':
      return `pages/${ids[0]}`;
    default:
      return ids.join('/');
  }
}

/** Site path of the PNG under the base, e.g. "/og/ai-talent-war-2024-04/dao-du.png"; make it absolute for og:image. */
export function ogImagePath<K extends OgKind>(kind: K, ...ids: OgIds[K]): string {
  return url(`og/${ogImageParam(kind, ...ids)}.png`);
}
