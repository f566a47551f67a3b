/**
 * Content-Security-Policy, read the way a browser applies it: directives with
 * their sources, the fallback from script-src-elem to script-src to default-src,
 * and whether an inline script, <style> or style attribute would run.
 */
import { createHash } from 'node:crypto';

export type Policy = Map<string, string[]>;

export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins, as in browsers.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const FALLBACK: Record<string, string[]> = {
  'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
  'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
  'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
  'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
};

/** The sources that govern a directive (after fallback), or undefined when nothing restricts it. */
export function sourcesFor(policy: Policy, directive: string): string[] | undefined {
  for (const d of FALLBACK[directive] ?? [directive, 'default-src']) if (policy.has(d)) return policy.get(d);
  return undefined;
}

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const hasHashOrNonce = (sources: string[]) => sources.some((s) => /^'(sha(256|384|512)|nonce)-/.test(s));

/** Would this policy run an inline <script> / apply a <style> with this text? */
export function allowsInlineElement(policy: Policy, kind: 'script' | 'style', text: string): boolean {
  const sources = sourcesFor(policy, `${kind}-src-elem`);
  if (!sources) return true;
  if (sources.includes(sha256(text))) return true;
  // 'unsafe-inline' is ignored once a hash or nonce is present.
  return sources.includes("'unsafe-inline'") && !hasHashOrNonce(sources);
}

/** Would this policy apply a style="" attribute with this text? */
export function allowsStyleAttribute(policy: Policy, text: string): boolean {
  const sources = sourcesFor(policy, 'style-src-attr');
  if (!sources) return true;
  if (sources.includes("'unsafe-hashes'") && sources.includes(sha256(text))) return true;
  return sources.includes("'unsafe-inline'") && !hasHashOrNonce(sources);
}

/** The policy without hashes and nonces: what a site-wide header can say. */
export function withoutHashes(policy: Policy): Policy {
  return new Map([...policy].map(([d, s]) => [d, s.filter((x) => !/^'(sha(256|384|512)|nonce)-/.test(x))]));
}

/** Directives in name order, for comparing two policies. */
export const format = (policy: Policy) =>
  [...policy]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, s]) => [d, ...s].join(' '))
    .join('; ');

/**
 * What a policy lets through that this site's policy must not, in words: scripts
 * by 'unsafe-inline'/'unsafe-eval' or from anywhere but the site, any source
 * other than 'self', 'none' or a hash (data: only for images, 'wasm-unsafe-eval'
 * only for scripts: the search engine is WebAssembly).
 */
export function cspWeaknesses(policy: Policy): string[] {
  const out: string[] = [];
  const script = sourcesFor(policy, 'script-src') ?? [];
  if (script.length === 0) out.push('no script-src or default-src: scripts from anywhere would run');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', '*'])
    if (script.includes(bad)) out.push(`script-src allows ${bad}`);
  if (policy.get('default-src')?.join(' ') !== "'self'") out.push(`default-src is ${policy.get('default-src')?.join(' ')}, not 'self'`);
  if (policy.get('object-src')?.join(' ') !== "'none'") out.push("object-src is not 'none'");
  if (!policy.has('base-uri')) out.push('no base-uri');
  for (const [d, sources] of policy)
    for (const s of sources) {
      // 'wasm-unsafe-eval': Pagefind (search) compiles WebAssembly; it allows no JavaScript eval.
      const ok =
        /^'(self|none|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(s) ||
        (s === 'data:' && d === 'img-src') ||
        (s === "'wasm-unsafe-eval'" && d === 'script-src');
      if (!ok) out.push(`${d} allows ${s}: only the site itself${d === 'img-src' ? ' (and data:)' : ''}`);
    }
  for (const d of ['img-src', 'connect-src']) {
    const sources = sourcesFor(policy, d) ?? [];
    if (!sources.includes("'self'")) out.push(`${d} does not fall back to 'self'`);
  }
  return out;
}
