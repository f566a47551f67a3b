/**
 * The search page at work, loaded only once the reader starts to search: loads
 * Pagefind from the bundle path the page gives, runs the query, lists the hits
 * with marked excerpts and links to the chart or 要点 box they are in, announces
 * the count, and keeps ?q= in the address so a search can be shared.
 */
import { coverAll, excerptAround, marks, parseQuery, pickHits, plainText } from '../lib/search-match.ts';
import { inScript } from '../edition/script-map.ts';

interface SubResult {
  title: string;
  url: string;
  plain_excerpt: string;
  anchor?: { id: string; element: string };
}
interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<ResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLElement>('#search-results')!;
/** Messages and paths written by the page (strings live in src/i18n). */
const page = form.dataset as Record<'pagefind' | 'base' | 'loading' | 'found' | 'partial' | 'none' | 'failed' | 'inChart' | 'scriptMap', string>;
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));

let pagefind: Promise<Pagefind> | undefined;
/** Loads Pagefind and its index metadata (called on focus, so the first search is quick). */
export function warm(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ page.pagefind).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: page.base, excerptEllipsis: '…' });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}
const marked = (text: string, needles: string[]) => marks(text, needles).map((p) => (p.mark ? el('mark', {}, p.text) : p.text));

/** A section's excerpt without its own heading, which the link shows already. */
function withoutTitle(s: SubResult): string {
  const text = plainText(s.plain_excerpt);
  return text.startsWith(s.title) ? text.slice(s.title.length).replace(/^[\s·]+/, '') : text;
}

function section(s: SubResult, needles: string[]): HTMLLIElement {
  const label = s.anchor?.id.startsWith('chart-') ? fill(page.inChart, { title: s.title }) : s.title;
  return el('li', {}, el('a', { href: s.url }, label), el('span', { class: 'excerpt' }, ...marked(withoutTitle(s), needles)));
}

function item(d: ResultData, needles: string[]): HTMLLIElement {
  const content = plainText(d.content);
  const count = (s: SubResult) => marks(plainText(s.plain_excerpt), needles).filter((p) => p.mark).length;
  const shown = d.sub_results.filter((s) => count(s) > 0);
  // The excerpt comes from the article's own text where the query shows most (the title
  // alone least: it is shown already); charts and 要点 get links of their own.
  const weight = (s: SubResult) => count(s) + (s.anchor?.element === 'h1' ? 0 : 0.5);
  const text = shown.filter((s) => s.title === d.meta.title).sort((a, b) => weight(b) - weight(a))[0];
  const excerpt = coverAll(text ? plainText(text.plain_excerpt) : excerptAround(content, needles), content, needles);
  const sections = shown.filter((s, i) => s.title !== d.meta.title && shown.findIndex((o) => o.url === s.url) === i);
  const li = el(
    'li',
    {},
    el('h2', {}, el('a', { href: d.url }, d.meta.title)),
    el('p', { class: 'kicker' }, d.meta.series ?? ''),
    el('p', { class: 'excerpt' }, ...marked(excerpt, needles)),
  );
  if (sections.length) li.append(el('ul', { class: 'sections' }, ...sections.slice(0, 3).map((s) => section(s, needles))));
  return li;
}

function remember(q: string) {
  const address = new URL(location.href);
  if (q) address.searchParams.set('q', q);
  else address.searchParams.delete('q');
  history.replaceState(null, '', address);
}

let latest = 0;
export async function search(raw: string): Promise<void> {
  // Pagefind runs a quoted query as an exact phrase, which fails for Chinese (its index and
  // the browser cut words differently); the containment check keeps phrases exact anyway.
  const q = raw.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
  const run = ++latest;
  remember(q);
  if (!q) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  if (!pagefind) status.textContent = page.loading;
  try {
    const pf = await warm();
    // A query typed in the other edition's script is searched in this page's (the build gives the pairs).
    const own = inScript(q, page.scriptMap ?? '');
    const found = await pf.search(own);
    const data = await Promise.all(found.results.slice(0, 50).map((r) => r.data()));
    if (run !== latest) return; // the reader has typed on
    const { hits, exact, needles } = pickHits(data, parseQuery(own));
    list.replaceChildren(...hits.map((d) => item(d, needles)));
    status.textContent = fill(hits.length ? (exact ? page.found : page.partial) : page.none, { n: hits.length, q });
  } catch (error) {
    if (run === latest) status.textContent = page.failed;
    console.warn(error);
  }
}
