/**
 * An article's HTML made fit for feed readers, which show it at another
 * address, without our CSS or JavaScript: every link and source absolute, no
 * scripts or styles, no bits that only work with our CSS (heading self-links,
 * the chart icon after a sentence), and one chart layout instead of two (the
 * narrow one fits any reader's column; without CSS both would show).
 * Works on the markup our components write: `<` starts a tag and attribute
 * values are double-quoted and escaped.
 */

const DROP = [
  /<script\b[^>]*>[\s\S]*?<\/script>/g,
  /<style\b[^>]*>[\s\S]*?<\/style>/g,
  /<link\b[^>]*>/g,
  /<a class="heading-anchor"[^>]*><\/a>/g,
  /<a class="cite-marker"[^>]*>[\s\S]*?<\/a>/g,
  // The wide layout's <svg> holds no nested <svg>, so the first </svg> closes it.
  /<svg\b[^>]*\bclass="layout-wide"[^>]*>[\s\S]*?<\/svg>/g,
];

/** A start tag, with `>` allowed inside quoted attribute values. */
const TAG = /<[a-zA-Z](?:[^>"]|"[^"]*")*>/g;
const URL_ATTR = /(\s(?:href|src))="([^"]*)"/g;

const unescapeAttr = (s: string) => s.replace(/&amp;/g, '&');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function feedHtml(html: string, pageUrl: string): string {
  const kept = DROP.reduce((s, re) => s.replace(re, ''), html);
  return kept.replace(TAG, (tag) =>
    tag.replace(URL_ATTR, (_, name: string, value: string) => `${name}="${escapeAttr(new URL(unescapeAttr(value), pageUrl).href)}"`),
  );
}
