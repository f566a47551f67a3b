/**
 * 裁员潮: one bar per layoff the report counts; 超 drawn as an arrow past the
 * bar's end; layoffs the report names without a number are rows of text with
 * the report's words, never zero-length bars.
 */
import type { DataRecord } from '../schemas/record.ts';
import type { ChartBuilder, ChartInput } from './types.ts';
import { el, frame } from './svg.ts';
import { fill, haloText } from './palette.ts';
import { mark } from './mark.ts';
import { valueAxis, zeroBased } from './axis.ts';
import { LABEL_SIZE, NOTE_SIZE, VALUE_SIZE, rowsLayout } from './rows.ts';
import { dateText, sourceName, valueText } from './words.ts';
import { times } from './ratio.ts';
import { qualifierKind } from '../lib/format.ts';
import { t } from '../i18n/strings.ts';

export interface LayoffsModel {
  /** Layoffs with a head count, largest first. */
  counted: DataRecord[];
  /** Layoffs the report gives no exact count for, in the spec's order. */
  uncounted: DataRecord[];
  max: number;
  links: ChartInput['links'];
}

const amount = (r: DataRecord) => r.value!.amount!;

/** What to write for a layoff without a count: the report's words, then what is missing. */
function annotation(r: DataRecord): string {
  if (r.value?.vague) return `${valueText(r)}（确切数字未披露）`;
  return r.detail ? t.chart.noFigureDetail(r.detail) : t.chart.noFigure;
}

export const layoffs: ChartBuilder<LayoffsModel> = {
  model({ records, links }) {
    const counted: DataRecord[] = [];
    const uncounted: DataRecord[] = [];
    for (const r of records) {
      if (!r.value || r.kind !== 'layoff') throw new Error(`layoffs chart: record "${r.id}" is not a layoff figure`);
      if (r.value.unit === 'people' && r.value.amount !== null) counted.push(r);
      else uncounted.push(r);
    }
    if (!counted.length) throw new Error('layoffs chart: needs at least one layoff with a head count');
    counted.sort((a, b) => amount(b) - amount(a));
    return { counted, uncounted, max: Math.max(...counted.map(amount)), links };
  },

  draw(model, layout) {
    const specs = [
      ...model.counted.map((r) => ({ label: r.label, notes: 1 })),
      ...model.uncounted.map((r) => ({ label: r.label, bar: false })),
    ];
    const g = rowsLayout(specs, layout, layout.narrow ? 84 : 110);
    const x = zeroBased(model.max, [g.x0, g.x1]);
    const anchor = layout.narrow ? 'start' : 'end';
    const rowLabel = (i: number) =>
      el(
        'text',
        { x: g.rows[i].labelX, y: g.rows[i].labelY, 'text-anchor': anchor, 'font-size': LABEL_SIZE, 'font-weight': 600, ...haloText('text') },
        g.rows[i].label.map((line, j) => el('tspan', { x: g.rows[i].labelX, dy: j ? 18 : undefined }, line)),
      );
    const link = (r: DataRecord) => ({ record: r, href: model.links[r.id] });

    const counted = model.counted.map((r, i) => {
      const box = g.rows[i];
      const end = x(amount(r));
      const over = qualifierKind(r.value!.qualifier) === 'over';
      const mid = box.barY + box.barH / 2;
      return el(
        'g',
        {},
        rowLabel(i),
        mark(
          link(r),
          el('rect', { x: g.x0, y: box.barY, width: end - g.x0, height: box.barH, ...fill('c2') }),
          // "超": the count goes on past the bar's end.
          over ? el('path', { d: `M${end + 2},${box.barY} l10,${box.barH / 2} l-10,${box.barH / 2}z`, ...fill('c2') }) : null,
          el('text', { x: end + (over ? 16 : 6), y: mid + 5, 'font-size': VALUE_SIZE, 'font-weight': 600, ...haloText('text') }, valueText(r)),
          el('text', { x: g.x0, y: box.noteY, 'font-size': NOTE_SIZE, ...haloText('muted') }, [r.detail, dateText(r)].filter(Boolean).join(' · ')),
        ),
      );
    });
    const uncounted = model.uncounted.map((r, k) => {
      const i = model.counted.length + k;
      const box = g.rows[i];
      return el(
        'g',
        {},
        rowLabel(i),
        mark(
          link(r),
          el('text', { x: g.x0, y: box.barY + (layout.narrow ? 8 : box.barH / 2 + 5), 'font-size': VALUE_SIZE, 'font-style': 'italic', ...haloText('muted') }, `${annotation(r)} · ${dateText(r)}`),
        ),
      );
    });
    return frame(layout.width, g.bottom + 40, valueAxis(x, { top: g.top, bottom: g.bottom, unit: 'people' }), ...counted, ...uncounted);
  },

  summary(model) {
    const [hi] = model.counted;
    const lo = model.counted.at(-1)!;
    let text = `报道给出人数的裁员中，最多的是${hi.label}（${valueText(hi)}）`;
    if (lo !== hi) text += `，约为${lo.label}（${valueText(lo)}）的${times(amount(hi), amount(lo))}倍`;
    text += '。';
    if (model.uncounted.length) text += `另有${model.uncounted.length}项裁员报道没有给出确切人数：${model.uncounted.map((r) => r.label).join('、')}。`;
    return text;
  },

  table(model) {
    return {
      columns: [t.chart.item, t.chart.value, t.chart.when, t.chart.source],
      rows: [...model.counted, ...model.uncounted].map((r) => ({
        record: r.id,
        cells: [r.label, r.value?.amount !== null ? valueText(r) : annotation(r), dateText(r), sourceName(r) ?? ''],
      })),
    };
  },
};
