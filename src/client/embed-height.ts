/**
 * Inside an embed: tell the page around the iframe how tall the chart is, whenever that changes.
 *
 * The message goes to the framing page's origin when the browser tells it
 * (location.ancestorOrigins, or the origin of document.referrer, which the
 * framing page sends unless its referrer policy is no-referrer). Only when
 * neither is known does it go to '*': an embed can be framed by any site, so
 * there is no fixed origin to name, and the message carries nothing private
 * (the chart id and a height in pixels, both visible in the page itself). The
 * listener in the embed code checks that messages come from this site's origin.
 */
import { EMBED_MESSAGE } from '../lib/embed.ts';

function parentOrigin(): string {
  const ancestors = (window.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors && ancestors.length > 0 && ancestors[0] !== 'null') return ancestors[0];
  try {
    if (document.referrer) return new URL(document.referrer).origin;
  } catch {
    // An unreadable referrer: fall through.
  }
  return '*';
}

export function reportHeight(chartId: string): void {
  if (window.parent === window) return;
  const target = parentOrigin();
  const send = () =>
    window.parent.postMessage({ type: EMBED_MESSAGE, id: chartId, height: Math.ceil(document.documentElement.scrollHeight) }, target);
  new ResizeObserver(send).observe(document.body);
  send();
}
