/** Addresses on the built site: its public root (SITE + BASE) and what an absolute URL serves. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { DIST, dom } from './dist.ts';

/** SITE + BASE as the build wrote them: the home page's canonical URL. */
export const siteRoot = (dir = DIST) => dom('index.html', dir).querySelector('link[rel="canonical"]')!.getAttribute('href')!;

/** The file in dir an absolute URL serves, or undefined when it is not on this site or missing. */
export function fileFor(href: string, root: string, dir = DIST): string | undefined {
  const u = new URL(href);
  const base = new URL(root);
  if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) return undefined;
  let file = join(dir, decodeURIComponent(u.pathname.slice(base.pathname.length)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** Why an absolute link on this site is broken, or undefined when its page (and #anchor) exist. */
export function brokenLink(href: string, root: string, dir = DIST): string | undefined {
  const file = fileFor(href, root, dir);
  if (!file) return `${href}: no such file under ${root}`;
  const id = decodeURIComponent(new URL(href).hash.slice(1));
  if (id && !dom(file.slice(dir.length + 1), dir).getElementById(id)) return `${href}: no element #${id}`;
  return undefined;
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: string;
  content: string;
}

/** The feed's channel link and items, parsed as XML (a malformed feed throws or yields nothing). */
export function readFeed(dir = DIST): { link: string; self: string; items: FeedItem[] } {
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, 'rss.xml'), 'utf8'), 'text/xml');
  const text = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent ?? '';
  const channel = doc.getElementsByTagName('channel')[0];
  return {
    link: [...channel.children].find((c) => c.tagName === 'link')!.textContent!,
    self: doc.getElementsByTagName('atom:link')[0]?.getAttribute('href') ?? '',
    items: [...doc.getElementsByTagName('item')].map((item) => ({
      title: text(item, 'title'),
      link: text(item, 'link'),
      description: text(item, 'description'),
      pubDate: text(item, 'pubDate'),
      content: text(item, 'content:encoded'),
    })),
  };
}

/** The <loc>s of every sitemap the index lists. */
export function sitemapUrls(root: string, dir = DIST): string[] {
  const locs = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  return locs(join(dir, 'sitemap-index.xml')).flatMap((sitemap) => {
    const file = fileFor(sitemap, root, dir);
    if (!file) throw new Error(`sitemap index lists ${sitemap}, which the build did not write`);
    return locs(file);
  });
}
