/**
 * Pagefind splits a page into sections at headings with an id, and a section
 * runs until the next one. Our charts and the 要点 box have such headings, but
 * the article's text goes on after them with no heading of its own, so a match
 * there would link to the chart above it. The copy Pagefind indexes gets a
 * marker after each of them that hands the text back to the article's title.
 */
import { parseHTML } from 'linkedom';

export function withSectionEnds(html: string): string {
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  const title = body?.querySelector('h1[id]');
  if (!body || !title) return html;
  for (const section of body.querySelectorAll('figure, .key-points')) {
    const marker = document.createElement('span');
    marker.id = title.id;
    marker.setAttribute('data-pagefind-title', title.textContent!.trim());
    section.after(marker);
  }
  return document.toString();
}
