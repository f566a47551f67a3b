/**
 * The one inline script in every page's <head> (src/layouts/Base.astro), run
 * before the first paint so nothing moves on load:
 * - applies the stored text size as <html data-text-size> (CSS scales the text;
 *   without JavaScript the attribute is never set and the A−/A+ buttons stay hidden);
 * - the 简/繁 switch remembers the edition chosen and carries the place on the page
 *   (?query and #anchor) to the other edition;
 * - the Simplified front page (x-default, <html data-edition-entry>) opens the 繁體
 *   one instead for a reader who chose 繁體 and arrives from outside the site.
 *   Crawlers store nothing, so they are never redirected; a reader moving within
 *   the site is never taken elsewhere; reading never waits for it.
 * The text is the same on every page and in both editions (the 繁體 edition keeps
 * scripts byte for byte): its hash goes into the page's CSP (src/middleware.ts).
 */
import { cspHash } from '../security/policy.ts';
import { DEFAULT_TEXT_SIZE, STORAGE, TEXT_SIZES } from './reader-prefs.ts';

const js = JSON.stringify;
const code = `(function () {
var d = document.documentElement, S = ${js(TEXT_SIZES)};
var get = function (k) { try { return localStorage.getItem(k); } catch (e) { return null; } };
var z = get(${js(STORAGE.textSize)});
d.dataset.textSize = S.indexOf(z) < 0 ? ${js(DEFAULT_TEXT_SIZE)} : z;
var alt = document.querySelector('link[rel=alternate][hreflang="zh-Hant"]'), r = document.referrer;
if (d.hasAttribute('data-edition-entry') && d.lang !== 'zh-Hant' && alt && !(r && new URL(r).origin === location.origin) && get(${js(STORAGE.edition)}) === 'zh-Hant')
location.replace(new URL(alt.href).pathname + location.search + location.hash);
document.addEventListener('click', function (e) {
var a = e.target.closest && e.target.closest('[data-edition-switch]');
if (!a) return;
try { localStorage.setItem(${js(STORAGE.edition)}, a.getAttribute('hreflang')); } catch (x) {}
a.href = a.href.replace(/[?#].*$/, '') + location.search + location.hash;
});
})();`;

/** The script as the page carries it (its bytes, and so its hash, are exactly these). */
export const READER_PREFS = code.replace(/\n/g, ' ');

/** The CSP source that allows it: 'sha256-…'. */
export const READER_PREFS_HASH = cspHash(READER_PREFS);
