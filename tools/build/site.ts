/** The origin a build is for: a real one for deployment, localhost only for a local preview. */
export const LOCAL_SITE = 'http://localhost:4321';

export type SiteCheck = { ok: true; origin: string } | { ok: false; message: string };

const EXAMPLE = 'SITE=https://news.example.com npm run build';

export function checkSite(value: string | undefined, local: boolean): SiteCheck {
  if (!value?.trim()) {
    if (local) return { ok: true, origin: LOCAL_SITE };
    return {
      ok: false,
      message: `SITE is not set, so every canonical link, feed, sitemap, share card and embed code would point to ${LOCAL_SITE}. Fix: set the public origin the site is served from, e.g. ${EXAMPLE} (for a local preview run npm start).`,
    };
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, message: `SITE is "${value}", which is not an address. Fix: write the origin with its scheme, e.g. ${EXAMPLE}.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, message: `SITE uses ${url.protocol}; only https: and http: can serve a site. Fix: e.g. ${EXAMPLE}.` };
  if (url.pathname !== '/' || url.search || url.hash)
    return {
      ok: false,
      message: `SITE is "${value}", which has a path. Fix: put the origin in SITE and the sub-path in BASE, e.g. SITE=${url.origin} BASE=${url.pathname.replace(/\/?$/, '/')} npm run build.`,
    };
  if (!local && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname))
    return {
      ok: false,
      message: `SITE is ${url.origin}, this machine: a deployment would link to the reader's own computer. Fix: set the public origin, e.g. ${EXAMPLE}, or run npm start for a local preview.`,
    };
  return { ok: true, origin: url.origin };
}
