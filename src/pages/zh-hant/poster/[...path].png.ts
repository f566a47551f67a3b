/** The 繁體 edition's posters: converted words, the 繁體 page's address in the QR code, at zh-hant/poster/<same path>. */
import { imageEndpoint } from '../../../og/endpoint.ts';

export const { getStaticPaths, GET } = imageEndpoint('poster', 'hant');
