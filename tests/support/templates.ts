/**
 * Page templates: each route file in src/pages that renders HTML, and the built
 * pages it produced in dist/. Gates derive what to check from here, so a page
 * added tomorrow is covered without editing a list.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { simplifiedHtmlFiles } from './dist.ts';

export interface Template {
  /** Route file, relative to src/pages ("[report]/[article].astro"). */
  route: string;
  /** Built pages of this route, relative to dist ("a/b/index.html"). */
  pages: string[];
  /** Number of dynamic segments; fewer wins when two routes match a page (Astro's priority). */
  params: number;
  pattern: RegExp;
}

/** The route file for article pages: every article gets its own Lighthouse run. */
export const ARTICLE_ROUTE = '[report]/[article].astro';

const PAGE_EXT = /\.(astro|md|mdx|html)$/;

function routeFiles(dir = 'src/pages'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      // Files starting with _ are not routes; .ts/.js endpoints write feeds, images and JSON, not pages.
      else if (PAGE_EXT.test(name) && !name.startsWith('_')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

/** "[report]/[article].astro" -> /^[^/]+\/[^/]+\/index\.html$/ ; "404.astro" -> /^404\.html$/ */
export function routePattern(route: string): RegExp {
  const path = route.replace(PAGE_EXT, '').replace(/(^|\/)index$/, '');
  if (/^(404|500)$/.test(path)) return new RegExp(`^${path}\\.html$`);
  const re = path
    .split('/')
    .filter(Boolean)
    .map((seg) => (/^\[\.\.\.[^\]]+\]$/.test(seg) ? '(?:.+/)?' : `${seg.replace(/\[[^\]]+\]/g, '[^/]+').replace(/\./g, '\\.')}/`))
    .join('');
  return new RegExp(`^${re}index\\.html$`);
}

/** Every HTML route of src/pages with the pages it built in dir (the 繁體 twins under zh-hant/ are made from these). */
export function templates(dir?: string): Template[] {
  const list = routeFiles().map((route) => ({
    route,
    pages: [] as string[],
    params: (route.match(/\[/g) ?? []).length,
    pattern: routePattern(route),
  }));
  for (const page of simplifiedHtmlFiles(dir)) {
    const candidates = list.filter((t) => t.pattern.test(page)).sort((a, b) => a.params - b.params);
    candidates[0]?.pages.push(page);
  }
  return list;
}

/** The 繁體 twin of one page of each template: what browser gates check of that edition (its pages share their markup). */
export const hantSample = (dir?: string): string[] => templates(dir).flatMap((t) => t.pages.slice(0, 1).map((p) => `zh-hant/${p}`));
