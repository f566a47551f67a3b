/**
 * Where each poster lives: poster/<report>/<article>.png and poster/charts/<id>.png,
 * the 繁體 ones under zh-hant/ (like the edition's pages). The endpoints and the
 * share bar's link both go through here, so they agree.
 */
import { url } from '../lib/urls.ts';
import { isId } from '../lib/ids.ts';

export type PosterKind = 'article' | 'chart';

interface PosterIds {
  article: [report: string, article: string];
  chart: [chart: string];
}

/** The endpoint's `path` param: "<report>/<article>" or "charts/<id>". */
export function posterParam<K extends PosterKind>(kind: K, ...ids: PosterIds[K]): string {
  for (const id of ids) if (!isId(id)) throw new Error(`poster ${kind}: "${id}" is not a slug (lowercase ASCII letters, digits, single hyphens)`);
  return kind === 'chart' ? `charts/${ids[0]}` : ids.join('/');
}

/** Site path of the PNG under the base, e.g. "/poster/ai-talent-war-2024-04/dao-du.png". */
export function posterPath<K extends PosterKind>(kind: K, ...ids: PosterIds[K]): string {
  return url(`poster/${posterParam(kind, ...ids)}.png`);
}
