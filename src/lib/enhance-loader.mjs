/**
 * Enhancement scripts (tooltips, copy link, table sort, search) load after the
 * first paint, so nothing but the HTML and its stylesheets stands before it.
 * The page keeps each script as <template data-enhance><script src></template>;
 * this one inline loader, the same text on every page, imports them once the
 * page has loaded and a frame has been drawn, and marks <html data-enhanced>
 * when they have run. (Fetched any earlier, they count towards Lighthouse's
 * simulated LCP, by ~0.1 s in some runs and not in others.)
 * Its hash is in the page's CSP (astro.config.mjs) and in public/_headers.
 */
import { createHash } from 'node:crypto';

export const ENHANCE_LOADER =
  "addEventListener('load',()=>requestAnimationFrame(()=>setTimeout(()=>Promise.all([...document.querySelectorAll('template[data-enhance]')].map((t)=>import(t.content.firstElementChild.getAttribute('src')))).then(()=>{document.documentElement.dataset.enhanced=''}))))";

/** The loader's hash as Astro's CSP config takes it: sha256-… */
export const ENHANCE_LOADER_DIGEST = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(ENHANCE_LOADER).digest('base64')}`);

/** The CSP source that allows the loader: 'sha256-…'. */
export const ENHANCE_LOADER_HASH = `'${ENHANCE_LOADER_DIGEST}'`;
