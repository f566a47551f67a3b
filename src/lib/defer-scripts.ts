/**
 * Moves a page's enhancement scripts out of the way of its first paint (see
 * enhance-loader.mjs): each external module script becomes an inert
 * <template data-enhance>, and the loader is added once before </body>.
 * The scripts are found in the parsed page (html-places.ts). Pages without
 * module scripts come back unchanged.
 */
import { ENHANCE_LOADER } from './enhance-loader.mjs';
import { htmlPlaces, type HtmlPlaces } from './html-places.ts';

/** `places`: the page's places when the caller has already read them (htmlPlaces). */
export function deferScripts(html: string, places: HtmlPlaces = htmlPlaces(html)): string {
  const { moduleScripts, bodyCloseStart } = places;
  if (moduleScripts.length === 0) return html;
  if (bodyCloseStart === -1) throw new Error('deferScripts: the page has module scripts but no </body> to put their loader before');
  const edits = [
    { at: bodyCloseStart, end: bodyCloseStart, text: `<script type="module">${ENHANCE_LOADER}</script>` },
    ...moduleScripts.map(({ start, end }) => ({ at: start, end, text: `<template data-enhance>${html.slice(start, end)}</template>` })),
  ].sort((a, b) => b.at - a.at);
  let out = html;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return out;
}
