/**
 * 算力投入与回报: each amount as squares of one size and one value, so areas are
 * proportional (a waffle). The value of a square is chosen from the data: the
 * power of ten that keeps the largest amount within a hundred squares.
 */
import type { DataRecord } from '../schemas/record.ts';
import type { ChartBuilder, ChartInput } from './types.ts';
import { el, frame, type SvgNode } from './svg.ts';
import { fill, haloText, type Tone } from './palette.ts';
import { mark } from './mark.ts';
import { LABEL_SIZE, NOTE_SIZE, VALUE_SIZE } from './rows.ts';
import { dateText, sourceName, valueText } from './words.ts';
import { times } from './ratio.ts';
import { formatAmount } from '../lib/format.ts';
import { wrapText } from './text.ts';
import { t } from '../i18n/strings.ts';

export interface ComputeModel {
  records: DataRecord[];
  /** Value of one square, in the records' unit. */
  unit: number;
  links: ChartInput['links'];
}

const MAX_SQUARES = 100;
const amount = (r: DataRecord) => r.value!.amount!;

export const compute: ChartBuilder<ComputeModel> = {
  model({ records, links }) {
    const units = new Set(records.map((r) => r.value?.unit));
    if (records.some((r) => r.value?.amount == null) || units.size !== 1)
      throw new Error('compute chart: needs figures with amounts, all in the same unit');
    const largest = Math.max(...records.map(amount));
    const unit = 10 ** Math.ceil(Math.log10(largest / MAX_SQUARES));
    return { records, unit, links };
  },

  draw(model, layout) {
    const cols = layout.narrow ? 10 : 20;
    const size = Math.min(22, Math.floor((layout.width - (layout.narrow ? 0 : 220)) / cols) - 3);
    const step = size + 3;
    const blockX = layout.narrow ? 0 : 220;
    let y = 8;
    const tones: Tone[] = ['c2', 'c1', 'c3', 'c4'];
    const blocks: SvgNode[] = model.records.map((r, k) => {
      const n = amount(r) / model.unit;
      const whole = Math.floor(n);
      const squares: SvgNode[] = [];
      const labelLines = wrapText(r.label, LABEL_SIZE, layout.narrow ? layout.width : 200);
      const labelY = y + LABEL_SIZE;
      const top = layout.narrow ? labelY + (labelLines.length - 1) * 18 + 10 : y;
      for (let i = 0; i < Math.ceil(n); i++) {
        const fraction = i < whole ? 1 : n - whole;
        squares.push(el('rect', { x: blockX + (i % cols) * step, y: top + Math.floor(i / cols) * step, width: size * fraction, height: size, ...fill(tones[k % tones.length]) }));
      }
      const rowsUsed = Math.ceil(Math.ceil(n) / cols);
      const valueY = top + rowsUsed * step + 16;
      const label = el(
        'text',
        { x: layout.narrow ? 0 : blockX - 16, y: layout.narrow ? labelY : top + 14, 'text-anchor': layout.narrow ? 'start' : 'end', 'font-size': LABEL_SIZE, 'font-weight': 600, ...haloText('text') },
        labelLines.map((line, j) => el('tspan', { x: layout.narrow ? 0 : blockX - 16, dy: j ? 18 : undefined }, line)),
      );
      y = valueY + 20;
      return el(
        'g',
        {},
        label,
        mark(
          { record: r, href: model.links[r.id] },
          ...squares,
          el('text', { x: blockX, y: valueY, 'font-size': VALUE_SIZE, 'font-weight': 600, ...haloText('text') }, `${valueText(r)} · ${dateText(r)}`),
        ),
      );
    });
    const legend = el(
      'g',
      { 'aria-hidden': 'true' },
      el('rect', { x: blockX, y: y - 2, width: size, height: size, ...fill('muted') }),
      el('text', { x: blockX + size + 6, y: y + size - 3, 'font-size': NOTE_SIZE, ...fill('muted') }, t.chart.perSquare(formatAmount(model.unit, model.records[0].value!.unit))),
    );
    return frame(layout.width, y + size + 10, ...blocks, legend);
  },

  summary(model) {
    const [a, b] = [...model.records].sort((x, y) => amount(y) - amount(x));
    if (!b) return `${a.label}：${valueText(a)}。`;
    return `${a.label}（${valueText(a)}）约为${b.label}（${valueText(b)}）的${times(amount(a), amount(b))}倍；每个方块代表${formatAmount(model.unit, a.value!.unit)}。`;
  },

  table(model) {
    return {
      columns: [t.chart.item, t.chart.value, t.chart.when, t.chart.source],
      rows: model.records.map((r) => ({ record: r.id, cells: [r.label, valueText(r), dateText(r), sourceName(r) ?? ''] })),
    };
  },
};
