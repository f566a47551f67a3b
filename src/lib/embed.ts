/**
 * The code a reader pastes to embed a chart: an iframe sized for a phone-width
 * first paint, and a few lines that let the embed report its real height.
 */
import { escapeAttr as attr } from './escape.ts';

export const EMBED_MESSAGE = 'ai-talent-embed-height';

export interface EmbedCodeInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** Site origin the height messages must come from. */
  origin: string;
  chartId: string;
  title: string;
  /** Height in px to start with. */
  height: number;
}

export function embedCode({ src, origin, chartId, title, height }: EmbedCodeInput): string {
  const iframe = `<iframe src="${attr(src)}" title="${attr(title)}" data-chart-embed="${attr(chartId)}" height="${Math.round(height)}" loading="lazy" style="width:100%;border:0"></iframe>`;
  const listener =
    `<script>window.addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_MESSAGE)})return;` +
    `document.querySelectorAll('iframe[data-chart-embed="'+d.id+'"]').forEach(function(f){f.height=d.height});});</script>`;
  return `${iframe}\n${listener}`;
}
