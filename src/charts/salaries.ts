/**
 * AI工程师薪酬: medians as bars with their CNY equivalents; a vague range (数十万到
 * 几百万美元) as a band that fades in across its lower magnitude and runs off the
 * axis towards its upper one — a range, never a made-up point.
 */
import { max } from 'd3-array';
import type { DataRecord } from '../schemas/record.ts';
import type { ChartBuilder, ChartInput } from './types.ts';
import { el, frame } from './svg.ts';
import { PALETTE, fill, haloText } from './palette.ts';
import { mark } from './mark.ts';
import { valueAxis, zeroBased } from './axis.ts';
import { LABEL_SIZE, NOTE_SIZE, VALUE_SIZE, rowsLayout } from './rows.ts';
import { cnyText, dateText, sourceName, valueText } from './words.ts';
import { times } from './ratio.ts';
import { findFigures } from '../lib/cn-number.ts';
import { t } from '../i18n/strings.ts';

export interface SalariesModel {
  bars: DataRecord[];
  ranges: { record: DataRecord; from: [number, number]; to: [number, number] }[];
  max: number;
  links: ChartInput['links'];
}

/** [min, max) of a vague magnitude word such as 数十万, read by the same parser as the quotes. */
function magnitude(word: string): [number, number] {
  const v = findFigures(`${word}美元`)[0]?.vague?.from;
  if (!v) throw new Error(`salaries chart: cannot read the vague magnitude "${word}"`);
  return [v.min, v.max];
}

export const salaries: ChartBuilder<SalariesModel> = {
  model({ records, links }) {
    const bars: DataRecord[] = [];
    const ranges: SalariesModel['ranges'] = [];
    for (const r of records) {
      const v = r.value;
      if (v?.unit !== 'USD') throw new Error(`salaries chart: record "${r.id}" is not a USD figure`);
      if (v.amount !== null) bars.push(r);
      else if (v.vague?.length === 2) ranges.push({ record: r, from: magnitude(v.vague[0]), to: magnitude(v.vague[1]) });
      else throw new Error(`salaries chart: record "${r.id}" has neither an amount nor a vague range`);
    }
    if (!bars.length) throw new Error('salaries chart: needs at least one figure with an amount');
    return { bars, ranges, max: max(bars, (r) => r.value!.amount!)!, links };
  },

  draw(model, layout) {
    const specs = [
      ...model.bars.map((r) => ({ label: r.label, notes: layout.narrow && r.cny ? 1 : 0 })),
      ...model.ranges.map((r) => ({ label: r.record.label, notes: 1 })),
    ];
    const g = rowsLayout(specs, layout, layout.narrow ? 108 : 250);
    const x = zeroBased(model.max, [g.x0, g.x1]);
    const anchor = layout.narrow ? 'start' : 'end';
    const label = (i: number) => {
      const box = g.rows[i];
      return el(
        'text',
        { x: box.labelX, y: box.labelY, 'text-anchor': anchor, 'font-size': LABEL_SIZE, 'font-weight': 600, ...haloText('text') },
        box.label.map((line, j) => el('tspan', { x: box.labelX, dy: j ? 18 : undefined }, line)),
      );
    };
    const bars = model.bars.map((r, i) => {
      const box = g.rows[i];
      const end = x(r.value!.amount!);
      const cny = cnyText(r);
      const inline = !layout.narrow && cny ? `${valueText(r)}（${cny}）` : valueText(r);
      return el(
        'g',
        {},
        label(i),
        mark(
          { record: r, href: model.links[r.id] },
          el('rect', { x: g.x0, y: box.barY, width: end - g.x0, height: box.barH, ...fill('c1') }),
          el('text', { x: end + 6, y: box.barY + box.barH / 2 + 5, 'font-size': VALUE_SIZE, 'font-weight': 600, ...haloText('text') }, inline),
          layout.narrow && cny ? el('text', { x: g.x0, y: box.noteY, 'font-size': NOTE_SIZE, ...haloText('muted') }, cny) : null,
        ),
      );
    });
    const [d0, d1] = x.domain();
    const ranges = model.ranges.map(({ record, from, to }, k) => {
      const i = model.bars.length + k;
      const box = g.rows[i];
      const id = `${layout.idPrefix}-range-${k}`;
      const start = x(Math.max(d0, from[0]));
      // The band is solid from where the lower magnitude must have been reached.
      const solidFrom = Math.min(1, (x(Math.min(d1, from[1])) - start) / Math.max(1, g.x1 - start));
      const offAxis = to[0] >= d1;
      return el(
        'g',
        {},
        label(i),
        el(
          'defs',
          {},
          el(
            'linearGradient',
            { id, x1: 0, x2: 1, y1: 0, y2: 0 },
            el('stop', { offset: 0, class: 'stop-c1', 'stop-color': PALETTE.c1, 'stop-opacity': 0 }),
            el('stop', { offset: solidFrom, class: 'stop-c1', 'stop-color': PALETTE.c1, 'stop-opacity': 1 }),
          ),
        ),
        mark(
          { record, href: model.links[record.id], note: t.chart.rangeNote },
          el('rect', { x: start, y: box.barY, width: g.x1 - start, height: box.barH, fill: `url(#${id})` }),
          offAxis ? el('path', { d: `M${g.x1},${box.barY - 3} l9,${box.barH / 2 + 3} l-9,${box.barH / 2 + 3}z`, ...fill('c1') }) : null,
          offAxis
            ? el('text', { x: g.x1 + 12, y: box.barY + box.barH / 2 + 5, 'font-size': VALUE_SIZE, 'font-weight': 600, ...haloText('text') }, t.chart.offScale(record.value!.vague![1]))
            : null,
          el('text', { x: g.x0, y: box.noteY, 'font-size': NOTE_SIZE, ...haloText('muted') }, `${valueText(record)}（${t.chart.rangeNote}）`),
        ),
      );
    });
    return frame(layout.width, g.bottom + 40, valueAxis(x, { top: g.top, bottom: g.bottom, unit: 'USD' }), ...bars, ...ranges);
  },

  summary(model) {
    const sorted = [...model.bars].sort((a, b) => b.value!.amount! - a.value!.amount!);
    const [hi, lo] = [sorted[0], sorted.at(-1)!];
    let text = `${hi.label}（${valueText(hi)}）`;
    text += hi === lo ? '。' : `约为${lo.label}（${valueText(lo)}）的${times(hi.value!.amount!, lo.value!.amount!)}倍。`;
    for (const { record } of model.ranges) text += `${record.label}为${valueText(record)}，是区间而非确切数值。`;
    return text;
  },

  table(model) {
    const all = [...model.bars, ...model.ranges.map((r) => r.record)];
    return {
      columns: [t.chart.item, t.chart.value, t.chart.cny, t.chart.when, t.chart.source],
      rows: all.map((r) => ({ record: r.id, cells: [r.label, valueText(r), cnyText(r) ?? '—', dateText(r), sourceName(r) ?? r.source?.hedge ?? ''] })),
    };
  },
};
