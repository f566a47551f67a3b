/**
 * One 1200×630 share card per page that is shared: og/index.png (home),
 * og/<report>.png (series), og/<report>/<article>.png (articles, with their
 * first chart), og/charts/<id>.png (charts, drawn by the page's own builder),
 * og/pages/<name>.png. Drawn at build time, from node_modules/.cache/og when
 * nothing changed (src/og/share-images.ts).
 */
import { imageEndpoint } from '../../og/endpoint.ts';

export const { getStaticPaths, GET } = imageEndpoint('card', 'hans');
