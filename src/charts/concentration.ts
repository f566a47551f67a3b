/**
 * 资金集中度: the share of funding as a part-to-whole bar (the rest is what the
 * share leaves, not a figure of its own), then the other figures as key-number
 * callouts; a percentage callout carries its own small part-to-whole bar.
 */
import type { DataRecord } from '../schemas/record.ts';
import type { ChartBuilder, ChartInput } from './types.ts';
import { el, frame, type SvgNode } from './svg.ts';
import { PALETTE, fill, haloText } from './palette.ts';
import { mark } from './mark.ts';
import { LABEL_SIZE, NOTE_SIZE } from './rows.ts';
import { dateText, sourceName, valueText } from './words.ts';
import { textWidth, wrapText } from './text.ts';
import { t } from '../i18n/strings.ts';

export interface ConcentrationModel {
  share: DataRecord;
  callouts: DataRecord[];
  links: ChartInput['links'];
}

export const concentration: ChartBuilder<ConcentrationModel> = {
  model({ records, links }) {
    const share = records.find((r) => r.value?.unit === 'share' && r.value.amount !== null);
    if (!share) throw new Error('concentration chart: needs one record with a share (e.g. 三分之一)');
    const callouts = records.filter((r) => r !== share);
    for (const r of callouts) if (r.value?.amount == null) throw new Error(`concentration chart: callout "${r.id}" needs an amount`);
    return { share, callouts, links };
  },

  draw(model, layout) {
    const w = layout.width;
    const share = model.share.value!.amount!;
    const title = wrapText(model.share.label, LABEL_SIZE, w);
    let y = 8 + LABEL_SIZE;
    const heading = el('text', { x: 0, y, 'font-size': LABEL_SIZE, 'font-weight': 600, ...fill('text') }, title.map((line, j) => el('tspan', { x: 0, dy: j ? 18 : undefined }, line)));
    y += (title.length - 1) * 18 + 10;
    const barH = 28;
    const shareW = w * share;
    const bar = el(
      'g',
      {},
      // The whole: everything the share leaves, as a track behind it.
      el('rect', { x: 0, y, width: w, height: barH, ...fill('grid'), stroke: PALETTE.muted, class: 'f-grid s-muted', 'stroke-width': 1 }),
      el('text', { x: w - 8, y: y + barH / 2 + 5, 'text-anchor': 'end', 'font-size': NOTE_SIZE, ...fill('text') }, `其余：${t.chart.others}`),
      mark(
        { record: model.share, href: model.links[model.share.id] },
        el('rect', { x: 0, y, width: shareW, height: barH, ...fill('c1') }),
        el('text', { x: 0, y: y + barH + 18, 'font-size': 16, 'font-weight': 700, ...fill('text') }, `${valueText(model.share)} · ${dateText(model.share)}`),
      ),
    );
    y += barH + 40;

    const cols = layout.narrow ? 1 : Math.min(3, model.callouts.length);
    const gap = 16;
    const cardW = (w - gap * (cols - 1)) / cols;
    const cards: SvgNode[] = [];
    let rowBottom = y;
    model.callouts.forEach((r, i) => {
      const cx = (i % cols) * (cardW + gap);
      const top = layout.narrow ? rowBottom : y;
      const lines = wrapText(r.label, NOTE_SIZE + 1, cardW - 8);
      const valueY = top + 30;
      const pct = r.value!.unit === 'percent' ? r.value!.amount! / 100 : undefined;
      const labelY = valueY + (pct !== undefined ? 26 : 10) + 14;
      const note = [r.period, r.detail].filter(Boolean).join(' · ');
      const detail = note ? wrapText(note, NOTE_SIZE, cardW - 8) : [];
      const bottom = labelY + (lines.length - 1) * 17 + detail.length * 16 + 10;
      cards.push(
        mark(
          { record: r, href: model.links[r.id] },
          el('rect', { x: cx, y: top, width: 4, height: bottom - top - 6, ...fill('c1') }),
          // The key number as large as its card allows, up to 26 px.
          el('text', { x: cx + 12, y: valueY, 'font-size': Math.min(26, (cardW - 16) / textWidth(valueText(r), 1)), 'font-weight': 700, ...fill('text') }, valueText(r)),
          pct !== undefined
            ? el(
                'g',
                {},
                el('rect', { x: cx + 12, y: valueY + 8, width: cardW - 24, height: 8, ...fill('grid'), stroke: PALETTE.muted, class: 'f-grid s-muted', 'stroke-width': 0.75 }),
                el('rect', { x: cx + 12, y: valueY + 8, width: (cardW - 24) * pct, height: 8, ...fill('c1') }),
              )
            : null,
          el('text', { x: cx + 12, y: labelY, 'font-size': NOTE_SIZE + 1, ...fill('text') }, lines.map((line, j) => el('tspan', { x: cx + 12, dy: j ? 17 : undefined }, line))),
          detail.length
            ? el('text', { x: cx + 12, y: labelY + (lines.length - 1) * 17 + 16, 'font-size': NOTE_SIZE, ...haloText('muted') }, detail.map((line, j) => el('tspan', { x: cx + 12, dy: j ? 16 : undefined }, line)))
            : null,
        ),
      );
      rowBottom = layout.narrow ? bottom + 8 : Math.max(rowBottom, bottom);
    });
    return frame(w, rowBottom + 4, heading, bar, ...cards);
  },

  summary(model) {
    const parts = [model.share, ...model.callouts].map((r) => `${r.label}：${valueText(r)}`);
    return `${parts.join('；')}。`;
  },

  table(model) {
    return {
      columns: [t.chart.item, t.chart.value, t.chart.when, t.chart.source],
      rows: [model.share, ...model.callouts].map((r) => ({ record: r.id, cells: [r.label, valueText(r), dateText(r), sourceName(r) ?? r.source?.hedge ?? ''] })),
    };
  },
};
