/**
 * Pagefind splits a page into sections at headings with an id, and a section
 * runs until the next one. Our charts and the 要点 box have such headings, but
 * the article's text goes on after them with no heading of its own, so a match
 * there would link to the chart above it. The copy Pagefind indexes gets a
 * marker after each of them that hands the text back to the article's title.
 * Read with a tokenizer and edited by offsets (a DOM of every page cost seconds).
 */
import { Parser } from 'htmlparser2';
import { escapeAttr } from '../lib/escape.ts';
import { spliced } from '../lib/splice.ts';

interface Frame {
  body?: boolean;
  title?: boolean;
  section?: boolean;
}

export function withSectionEnds(html: string): string {
  const stack: Frame[] = [];
  let inBody = false;
  let done = false;
  let title: { id: string; text: string } | undefined;
  let inTitle = false;
  const ends: number[] = [];
  const parser: Parser = new Parser({
    onopentag(name, attribs) {
      const frame: Frame = {};
      if (!inBody && !done && attribs['data-pagefind-body'] !== undefined) inBody = frame.body = true;
      else if (inBody) {
        if (!title && name === 'h1' && attribs.id !== undefined) {
          title = { id: attribs.id, text: '' };
          inTitle = frame.title = true;
        }
        if (name === 'figure' || (attribs.class ?? '').split(/\s+/).includes('key-points')) frame.section = true;
      }
      stack.push(frame);
    },
    ontext(data) {
      if (inTitle) title!.text += data;
    },
    onclosetag(_name, implied) {
      const frame = stack.pop() ?? {};
      if (frame.title) inTitle = false;
      if (frame.section) ends.push(implied ? parser.startIndex : parser.endIndex + 1);
      // Only the first search body counts, as querySelector finds it.
      if (frame.body) [inBody, done] = [false, true];
    },
  });
  parser.end(html);
  if (!title) return html;
  const marker = `<span id="${escapeAttr(title.id)}" data-pagefind-title="${escapeAttr(title.text.trim())}"></span>`;
  return spliced(
    html,
    ends.map((at) => ({ start: at, end: at, text: marker })),
  );
}
