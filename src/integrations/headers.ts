/**
 * Writes each page's headers into <outDir>/_headers at the end of the build:
 * public/_headers holds what every path shares (nosniff, referrer, permissions,
 * opener policy, caching of /_astro/); hosts combine the headers of every
 * matching rule, so the per-page ones (Content-Security-Policy and
 * X-Frame-Options) are written here once per page path, exactly one policy per
 * path, copied from the page's own CSP <meta> plus frame-ancestors.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { headerPolicy, pageKind } from '../security/policy.ts';

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };

/** The content of the page's CSP <meta>, read from the parsed page. */
export function metaCsp(html: string): string | undefined {
  // The meta is in the head: parsing only up to its end is a tenth of the work on an article page.
  const end = html.indexOf('</head>');
  const stack: Node[] = [parse(end < 0 ? html : html.slice(0, end)) as unknown as Node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeName === 'meta' && n.attrs?.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'))
      return n.attrs.find((a) => a.name === 'content')?.value;
    stack.push(...(n.childNodes ?? []));
  }
  return undefined;
}

/**
 * "a/index.html" -> ["/a/", "/a/index.html"]; "404.html" -> ["/404.html"]. Paths are
 * below the folder that is uploaded (hosts read _headers for the site's root, and a
 * base path is where that folder is served), as in the rules of public/_headers.
 */
export function pagePaths(file: string): string[] {
  const f = file.replace(/\\/g, '/');
  if (f === 'index.html' || f.endsWith('/index.html')) return [`/${f.slice(0, -'index.html'.length)}`, `/${f}`];
  return [`/${f}`];
}

export function pageRules(pages: { file: string; html: string }[]): string {
  const out: string[] = ['', '# Per page, written by the build (src/integrations/headers.ts): one policy per path.'];
  for (const { file, html } of pages) {
    const meta = metaCsp(html);
    if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta>`);
    for (const path of pagePaths(file)) {
      out.push(path, `  Content-Security-Policy: ${headerPolicy(meta, path, '/')}`);
      if (pageKind(path, '/') !== 'embed') out.push('  X-Frame-Options: DENY');
    }
  }
  return `${out.join('\n')}\n`;
}

export function pageHeaders(): AstroIntegration {
  return {
    name: 'page-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const files = readdirSync(out, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .sort();
        appendFileSync(join(out, '_headers'), pageRules(files.map((file) => ({ file, html: readFileSync(join(out, file), 'utf8') }))));
      },
    },
  };
}
