/** Web app manifest: names, language, where the site starts and its icons, all under BASE. */
import type { APIContext } from 'astro';
import css from '../styles/global.css?raw';
import { t } from '../i18n/strings.ts';
import { rootTokens } from '../lib/css-tokens.ts';
import { url } from '../lib/urls.ts';
import { ICON_SIZES } from '../output/icons.ts';

export function GET(_: APIContext) {
  const tokens = rootTokens(css);
  const manifest = {
    name: t.siteName,
    short_name: t.siteShortName,
    description: t.siteTagline,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: url(),
    scope: url(),
    display: 'minimal-ui',
    // Same as the light theme-color meta tag in Base.astro.
    background_color: tokens['--bg'],
    theme_color: tokens['--bg'],
    icons: [
      { src: url('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ...ICON_SIZES.map((size) => ({ src: url(`icon-${size}.png`), sizes: `${size}x${size}`, type: 'image/png' })),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
}
