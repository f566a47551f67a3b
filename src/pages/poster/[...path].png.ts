/**
 * One share poster (分享海报, 750×1500 PNG) per article and chart page:
 * poster/<report>/<article>.png, poster/charts/<id>.png (src/poster/).
 */
import { imageEndpoint } from '../../og/endpoint.ts';

export const { getStaticPaths, GET } = imageEndpoint('poster', 'hans');
