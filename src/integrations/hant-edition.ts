/**
 * The 繁體 edition, made after every `astro build` from the built Simplified
 * pages (src/edition/html.ts): dist/zh-hant/<same path>, its feed and its
 * sitemap. Runs before the search index, so Pagefind indexes both editions
 * (it keeps one index per page language). The edition's share cards and
 * posters are drawn with the others (src/og/share-images.ts); here the pages'
 * links to them (og:image, the WeChat poster) move into the edition.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hantConverter } from '../edition/hant.ts';
import { hantFeed } from '../edition/feed.ts';
import { hantCsv } from '../edition/csv.ts';
import { hantPage, setSearchScriptMap } from '../edition/html.ts';
import { ScriptPairs } from '../edition/script-map.ts';
import { loadHantExceptions } from '../edition/exceptions.ts';
import { EDITIONS, HANT_PREFIX, isHantPath, toHantPath } from '../edition/paths.ts';
import { t } from '../i18n/strings.ts';
import { escapeAttr } from '../lib/escape.ts';
import { qrSvg } from '../lib/qr.ts';
import { handedOver } from '../og/handoff.ts';
import { cachedPage, keepPage, pageKey } from '../edition/page-cache.ts';

/** "a/b/index.html" -> "a/b/", "index.html" -> "", "404.html" stays. */
const pagePath = (file: string) => file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1');

/** The edition's sitemap, beside the one @astrojs/sitemap writes; listed in its index by astro.config. */
export const HANT_SITEMAP = 'sitemap-zh-hant.xml';

export function hantEdition(options: { contentDir?: string; inSitemap: (path: string) => boolean }): AstroIntegration {
  let site: URL;
  let base = '/';
  return {
    name: 'hant-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site ?? 'http://localhost:4321');
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const exceptions = loadHantExceptions(options.contentDir);
        const convertOnce = hantConverter(exceptions);
        // Pages repeat most of their words (masthead, labels of a chart drawn at nine widths): each text is converted once.
        const converted = new Map<string, string>();
        const toHant = (s: string) => {
          let out = converted.get(s);
          if (out === undefined) converted.set(s, (out = convertOnce(s)));
          return out;
        };
        const pairs = new ScriptPairs();
        /** A converter that records what it changed into `into`. */
        const converter = (into: ScriptPairs) => (s: string) => {
          const out = toHant(s);
          into.add(s, out);
          return out;
        };
        const convert = converter(pairs);
        const all = readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => f.replace(/\\/g, '/'));
        const files = all.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !isHantPath(f)).sort();
        const feeds = ['rss.xml'].filter((f) => existsSync(join(root, f)));
        // CSV downloads get a twin with their words converted; links to them move into the edition (the original stays offered).
        const csvs = (existsSync(join(root, 'data')) ? readdirSync(join(root, 'data'), { recursive: true, encoding: 'utf8' }) : [])
          .map((f) => `data/${f.replace(/\\/g, '/')}`)
          .filter((f) => f.endsWith('.csv'))
          .sort();
        // Share cards and posters the build draws for the edition (written last, src/integrations/share-images.ts): links to them move too.
        const pngs = new Set((await handedOver())?.files.map((f) => f.file));
        const images = [...pngs].filter((f) => !isHantPath(f) && pngs.has(toHantPath(f)));
        const pages = new Set([...files.map(pagePath), ...feeds, ...csvs, ...images]);

        const hantUrl = (href: string, from: URL): string | undefined => {
          let u: URL;
          try {
            u = new URL(href, from);
          } catch {
            return undefined;
          }
          if (u.origin !== site.origin || !u.pathname.startsWith(base)) return undefined;
          const rel = decodeURI(u.pathname.slice(base.length));
          if (!pages.has(rel) || isHantPath(rel)) return undefined;
          const path = base + toHantPath(rel) + u.search + u.hash;
          return /^[a-z][a-z0-9+.-]*:/i.test(href) ? site.origin + path : path;
        };
        const write = (rel: string, text: string) => {
          const out = join(root, rel);
          mkdirSync(dirname(out), { recursive: true });
          writeFileSync(out, text);
        };

        // What every page's conversion depends on besides the page: the addresses that have a 繁體 twin, the fixes, the labels.
        const switchBack = { label: t.edition.toHans, title: t.edition.toHansTitle, twin: t.edition.hansDownload };
        const shared = createHash('sha256')
          .update(JSON.stringify({ site: site.href, base, pages: [...pages].sort(), exceptions, switchBack }))
          .digest('hex');
        let fromCache = 0;
        for (const file of files) {
          const rel = pagePath(file);
          const pageUrl = new URL(base + rel, site);
          const back = rel === '404.html' ? base : base + rel;
          const source = readFileSync(join(root, file), 'utf8');
          // A page with a WeChat QR code gets one of its 繁體 address (the label is taken over, converted).
          const qr = source.includes('class="qr"') ? await qrSvg(new URL(base + toHantPath(rel), site).href, '') : undefined;
          const key = pageKey({ shared, rel, source, qr });
          const kept = cachedPage(key);
          if (kept) {
            fromCache++;
            pairs.addCounts(kept.pairs);
            write(HANT_PREFIX + file, kept.html);
            continue;
          }
          const own = new ScriptPairs();
          const html = hantPage(source, pageUrl, converter(own), { hantUrl }, switchBack, back, qr);
          pairs.addCounts(own.toJSON());
          keepPage(key, { html, pairs: own.toJSON() });
          write(HANT_PREFIX + file, html);
        }
        // Feeds are XML made by the build: their words are converted, their page addresses moved into the edition.
        for (const feed of feeds) {
          write(
            HANT_PREFIX + feed,
            hantFeed(readFileSync(join(root, feed), 'utf8'), convert, (href) => hantUrl(href, site) ?? href),
          );
        }
        for (const csv of csvs)
          write(
            HANT_PREFIX + csv,
            hantCsv(readFileSync(join(root, csv), 'utf8'), convert, (href) => hantUrl(href, site) ?? href),
          );
        // Each search page learns the characters of the other script it may be typed in.
        const search = 'search/index.html';
        if (files.includes(search)) {
          for (const [file, map] of [
            [search, pairs.toHans()],
            [HANT_PREFIX + search, pairs.toHant()],
          ])
            writeFileSync(join(root, file), setSearchScriptMap(readFileSync(join(root, file), 'utf8'), map));
        }
        const listed = files.map(pagePath).filter(options.inSitemap);
        write(
          HANT_SITEMAP,
          sitemapXml(listed.map((rel) => ({ hans: new URL(base + rel, site).href, hant: new URL(base + toHantPath(rel), site).href }))),
        );
        logger.info(
          `繁體 edition: ${files.length} pages (${files.length - fromCache} converted, ${fromCache} from cache), ${feeds.length} feed, ${csvs.length} CSV downloads, ${images.length} share images`,
        );
      },
    },
  };
}

/** The 繁體 pages, each with both alternates (and x-default, the Simplified page). */
function sitemapXml(entries: { hans: string; hant: string }[]): string {
  const links = (e: { hans: string; hant: string }) =>
    [
      `<xhtml:link rel="alternate" hreflang="${EDITIONS.hans}" href="${escapeAttr(e.hans)}"/>`,
      `<xhtml:link rel="alternate" hreflang="${EDITIONS.hant}" href="${escapeAttr(e.hant)}"/>`,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeAttr(e.hans)}"/>`,
    ].join('');
  const urls = entries.map((e) => `<url><loc>${escapeAttr(e.hant)}</loc>${links(e)}</url>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls}</urlset>`;
}
