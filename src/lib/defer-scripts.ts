/**
 * Moves a page's enhancement scripts out of the way of its first paint (see
 * enhance-loader.mjs): each module script Astro emits becomes an inert
 * <template data-enhance>, and the loader is added once before </body>.
 * Pages without module scripts come back unchanged.
 */
import { ENHANCE_LOADER } from './enhance-loader.mjs';

/** Exactly what Astro writes for a bundled component script. */
const MODULE_SCRIPT = /<script type="module" src="([^"<>]+)"><\/script>/g;

export function deferScripts(html: string): string {
  const deferred = html.replace(MODULE_SCRIPT, (tag) => `<template data-enhance>${tag}</template>`);
  if (deferred === html) return html;
  const end = deferred.lastIndexOf('</body>');
  if (end === -1) throw new Error('deferScripts: the page has module scripts but no </body> to put their loader before');
  return `${deferred.slice(0, end)}<script type="module">${ENHANCE_LOADER}</script>${deferred.slice(end)}`;
}
