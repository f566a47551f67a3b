/** The 繁體 edition's share cards: the Simplified ones with their words converted, at zh-hant/og/<same path>. */
import { imageEndpoint } from '../../../og/endpoint.ts';

export const { getStaticPaths, GET } = imageEndpoint('card', 'hant');
