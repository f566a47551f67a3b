/**
 * The `_headers` file that Netlify and Cloudflare Pages read: a path pattern on
 * its own line, then indented `Name: value` lines. `*` matches any rest of the
 * path, `:name` one segment. Every matching rule applies; a header set by two
 * rules gets both values joined by a comma, as those hosts do.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!m || rules.length === 0) throw new Error(`_headers:${i + 1}: expected "  Name: value" under a path, got ${JSON.stringify(line)}`);
    rules.at(-1)!.headers.push([m[1], m[2]]);
  }
  return rules;
}

export function readHeadersFile(file: string): HeaderRule[] {
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

export function matches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escape(part)))
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

/** The headers a host sends for a site path ("/a/b/"), names lower-cased. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules.filter((r) => matches(r.pattern, path)))
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  return out;
}
