/**
 * Ratio: each amount as squares of one size and one value, so areas are
 * proportional (a waffle) and one figure reads as so many times another. The
 * value of a square comes from the data: the power of ten that keeps the
 * largest amount within a hundred squares.
 */
import { z } from 'zod';
import type { ChartForm, SpecProblem } from '../types.ts';
import type { ChartRecord } from '../record.ts';
import { el, frame, type SvgNode } from '../svg.ts';
import { fill, type Tone } from '../palette.ts';
import { linker, mark } from '../mark.ts';
import { lineStep, sizesOf, textLines } from '../labels.ts';
import { wrapText } from '../text.ts';
import { toneOf } from '../entity-tones.ts';
import { amountWords, dateText, sourceWords, valueWords } from '../words.ts';
import { mixedUnits, optionProblems, unknownUnitProblem } from './accepts.ts';
import { times } from './common.ts';
import { t } from '../../i18n/strings.ts';

const optionsSchema = z
  .object({
    /** Most squares the largest amount may take (the square's value is a power of ten). */
    maxSquares: z.number().int().min(10).max(400).optional(),
  })
  .strict();
export type RatioOptions = Required<z.infer<typeof optionsSchema>>;

export interface RatioModel {
  records: ChartRecord[];
  /** Value of one square, in the records' unit. */
  square: number;
  unit: string;
  tones: Tone[];
  links: Record<string, string | undefined>;
}

const amount = (r: ChartRecord) => r.value!.amount!;

export const ratio: ChartForm<RatioOptions, RatioModel> = {
  defaults: Object.freeze({ maxSquares: 100 } as RatioOptions),

  accepts(records, options) {
    const problems: SpecProblem[] = optionProblems(optionsSchema, options);
    records.forEach((r, i) => {
      const unknown = unknownUnitProblem(r, i);
      if (unknown) problems.push(unknown);
      else if (r.value?.amount == null || r.value.amount <= 0)
        problems.push({
          path: ['records', i],
          message: `"${r.id}" has no positive amount, and a ratio compares amounts; remove it or use form "${r.value?.range || r.value?.vague ? 'range' : 'bars'}"`,
        });
    });
    if (records.length < 2) problems.push({ path: ['records'], message: 'a ratio compares at least two amounts; add one or use form "bars"' });
    if (!problems.length)
      problems.push(
        ...mixedUnits(
          records,
          (r) => r.value?.unit,
          (r) => records.indexOf(r),
        ),
      );
    return problems;
  },

  model({ records, links, tones }, options) {
    const o = { ...ratio.defaults, ...options };
    const largest = Math.max(...records.map(amount));
    const square = 10 ** Math.ceil(Math.log10(largest / o.maxSquares));
    return { records, square, unit: records[0].value!.unit, links, tones: records.map((r) => toneOf(r, tones)) };
  },

  draw(model, layout) {
    const size = sizesOf(layout);
    const link = linker(model.links, layout);
    const records = layout.limit ? model.records.slice(0, layout.limit) : model.records;
    const labelCol = layout.narrow ? 0 : 220;
    const cols = layout.narrow ? 10 : 20;
    const side = Math.min(22, Math.floor((layout.width - labelCol) / cols) - 3);
    const step = side + 3;
    let y = 8;
    const blocks: SvgNode[] = records.map((r, k) => {
      const n = amount(r) / model.square;
      const whole = Math.floor(n);
      const lines = wrapText(r.label, size.label, layout.narrow ? layout.width : 200);
      const labelY = y + size.label;
      const top = layout.narrow ? labelY + (lines.length - 1) * lineStep(size.label) + 10 : y;
      const squares: SvgNode[] = [];
      for (let i = 0; i < Math.ceil(n); i++) {
        const part = i < whole ? 1 : n - whole;
        squares.push(
          el('rect', {
            x: labelCol + (i % cols) * step,
            y: top + Math.floor(i / cols) * step,
            width: side * part,
            height: side,
            ...fill(model.tones[k]),
          }),
        );
      }
      const valueY = top + Math.ceil(Math.ceil(n) / cols) * step + 16;
      const labelX = layout.narrow ? 0 : labelCol - 16;
      y = valueY + 20;
      return el(
        'g',
        {},
        textLines(lines, { x: labelX, y: layout.narrow ? labelY : top + 14, size: size.label, anchor: layout.narrow ? 'start' : 'end', weight: 600 }),
        mark(link(r), ...squares, textLines(`${valueWords(r)} · ${dateText(r)}`, { x: labelCol, y: valueY, size: size.value, weight: 600 })),
      );
    });
    const key = el(
      'g',
      { 'aria-hidden': 'true' },
      el('rect', { x: labelCol, y: y - 2, width: side, height: side, ...fill('muted') }),
      textLines(t.chart.perSquare(amountWords(model.square, model.unit)), {
        x: labelCol + side + 6,
        y: y + side - 3,
        size: size.note,
        tone: 'muted',
        halo: false,
      }),
    );
    return frame(layout.width, y + side + 10, ...blocks, key);
  },

  summary(model) {
    const [a, b] = [...model.records].sort((x, y) => amount(y) - amount(x));
    const per = `每个方块代表${amountWords(model.square, model.unit)}。`;
    if (!b) return `${a.label}：${valueWords(a)}。`;
    return `${a.label}（${valueWords(a)}）约为${b.label}（${valueWords(b)}）的${times(amount(a), amount(b))}倍；${per}`;
  },

  table(model) {
    return {
      columns: [t.chart.item, t.chart.value, t.chart.when, t.chart.source],
      rows: model.records.map((r) => ({ record: r.id, cells: [r.label, valueWords(r), dateText(r), sourceWords(r) ?? ''] })),
    };
  },
};
