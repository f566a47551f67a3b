/**
 * The Content-Security-Policy of each page, in one place. The page carries it as
 * a <meta> (src/middleware.ts) and the build writes the same policy per page
 * into dist/_headers (src/integrations/headers.ts), so the two always agree and
 * each path gets exactly one policy.
 *
 * - script-src: the site's own files, plus the hash of each inline script the
 *   page really has (the reader's preferences in <head>, src/lib/reader-prefs.ts;
 *   the enhancement loader, on pages with enhancement scripts);
 *   'wasm-unsafe-eval' only on the search page (Pagefind compiles WebAssembly;
 *   it allows no JavaScript eval).
 * - style-src: the site's own files only (no inline styles are emitted).
 * - frame-ancestors (header only: browsers ignore it in a <meta>): 'none',
 *   except on /embed/ pages, which other sites may frame.
 */
import { createHash } from 'node:crypto';
import { HANT_PREFIX } from '../edition/paths.ts';

const BASE_DIRECTIVES = ["default-src 'self'", "img-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Which kind of page a path (with the base) is. */
export function pageKind(pathname: string, base: string): 'search' | 'embed' | 'page' {
  // The 繁體 twin of a page is the same kind of page.
  const rest = (pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')).replace(new RegExp(`^${HANT_PREFIX}`), '');
  if (/^search\/(index\.html)?$/.test(rest)) return 'search';
  if (/^embed\//.test(rest)) return 'embed';
  return 'page';
}

/** The policy of the page's <meta>: no frame-ancestors (ignored there). */
export function metaPolicy(pathname: string, base: string, inlineScripts: string[]): string {
  const script = ["'self'", ...(pageKind(pathname, base) === 'search' ? ["'wasm-unsafe-eval'"] : []), ...[...new Set(inlineScripts)].map(cspHash)];
  return [...BASE_DIRECTIVES, `script-src ${script.join(' ')}`, "style-src 'self'"].join('; ');
}

/** The same policy as a header, with frame-ancestors. */
export function headerPolicy(meta: string, pathname: string, base: string): string {
  return pageKind(pathname, base) === 'embed' ? meta : `${meta}; frame-ancestors 'none'`;
}
