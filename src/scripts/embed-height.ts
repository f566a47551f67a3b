/** Inside an embed: tell the page around the iframe how tall the chart is, whenever that changes. */
import { EMBED_MESSAGE } from '../lib/embed.ts';

export function reportHeight(chartId: string): void {
  if (window.parent === window) return;
  const send = () => window.parent.postMessage({ type: EMBED_MESSAGE, id: chartId, height: Math.ceil(document.documentElement.scrollHeight) }, '*');
  new ResizeObserver(send).observe(document.body);
  send();
}
