/**
 * Part of a whole: the first share (三分之一, 49%) as a part-to-whole bar — the
 * rest is what the share leaves, not a figure of its own — then the other
 * figures as key-number callouts; a percentage callout carries its own small
 * part-to-whole bar. Callouts may be in any unit.
 */
import { z } from 'zod';
import type { ChartForm, SpecProblem } from '../types.ts';
import type { ChartRecord } from '../record.ts';
import { el, frame, type SvgNode } from '../svg.ts';
import { fill, fillStroke, type Tone } from '../palette.ts';
import { toneOf } from '../entity-tones.ts';
import { linker, mark } from '../mark.ts';
import { lineStep, sizesOf, textLines } from '../labels.ts';
import { textWidth, wrapText } from '../text.ts';
import { dateText, sourceWords, valueWords } from '../words.ts';
import { formFor, optionProblems, unknownUnitProblem } from './accepts.ts';
import { t } from '../../i18n/strings.ts';

const optionsSchema = z
  .object({
    /** What the rest of the whole is, in words (其他AI初创企业); shown as 其余：… */
    rest: z.string().min(1).max(20).optional(),
  })
  .strict();
export type PartWholeOptions = z.infer<typeof optionsSchema>;

export interface PartWholeModel {
  part: ChartRecord;
  callouts: ChartRecord[];
  rest?: string;
  links: Record<string, string | undefined>;
  /** Each record's company colour (the neutral tone for a figure about none). */
  tones: Record<string, Tone>;
}

/** The part as a fraction of the whole (0–1), or undefined when the record is no share. */
function fraction(r: ChartRecord): number | undefined {
  const v = r.value;
  if (v?.amount == null) return undefined;
  return v.unit === 'share' ? v.amount : v.unit === 'percent' && v.amount <= 100 ? v.amount / 100 : undefined;
}

export const partWhole: ChartForm<PartWholeOptions, PartWholeModel> = {
  defaults: Object.freeze({} as PartWholeOptions),

  accepts(records, options) {
    const problems: SpecProblem[] = optionProblems(optionsSchema, options);
    records.forEach((r, i) => {
      const unknown = unknownUnitProblem(r, i);
      if (unknown) problems.push(unknown);
      else if (formFor(r) === 'timeline' || formFor(r) === 'change')
        problems.push({
          path: ['records', i],
          message: `"${r.id}" has no figure to show as a part or a key number; use form "${formFor(r)}" for it`,
        });
      else if (!valueWords(r) || r.value?.missing !== undefined)
        problems.push({ path: ['records', i], message: `"${r.id}" has no figure; remove it from this chart (a key number needs one)` });
    });
    if (!records.some((r) => fraction(r) !== undefined))
      problems.push({
        path: ['records'],
        message:
          'part-whole needs a share of a whole (unit "share" 0–1, or "percent" up to 100) as its first such record; add one or use form "bars"',
      });
    return problems;
  },

  model({ records, links, tones }, options) {
    const part = records.find((r) => fraction(r) !== undefined)!;
    return {
      part,
      callouts: records.filter((r) => r !== part),
      rest: options.rest,
      links,
      tones: Object.fromEntries(records.map((r) => [r.id, toneOf(r, tones)])),
    };
  },

  draw(model, layout) {
    const size = sizesOf(layout);
    const link = linker(model.links, layout);
    const w = layout.width;
    const share = fraction(model.part)!;
    const title = wrapText(model.part.label, size.label, w);
    let y = 8 + size.label;
    const heading = textLines(title, { x: 0, y, size: size.label, weight: 600, halo: false });
    y += (title.length - 1) * lineStep(size.label) + 10;
    const barH = 28;
    const bar = el(
      'g',
      {},
      // The whole: everything the share leaves, as a track behind it.
      el('rect', { x: 0, y, width: w, height: barH, ...fillStroke('grid', 'muted'), 'stroke-width': 1 }),
      textLines(model.rest ? `其余：${model.rest}` : '其余', { x: w - 8, y: y + barH / 2 + 5, size: size.note, anchor: 'end', halo: false }),
      mark(
        link(model.part),
        el('rect', { x: 0, y, width: w * share, height: barH, ...fill(model.tones[model.part.id]) }),
        textLines(`${valueWords(model.part)} · ${dateText(model.part)}`, {
          x: 0,
          y: y + barH + size.label + 4,
          size: size.label + 2,
          weight: 700,
          halo: false,
        }),
      ),
    );
    y += barH + 2 * size.label + 12;

    const callouts = layout.limit ? model.callouts.slice(0, Math.max(0, layout.limit - 1)) : model.callouts;
    const cols = layout.narrow ? 1 : Math.max(1, Math.min(3, callouts.length));
    const gap = 16;
    const cardW = (w - gap * (cols - 1)) / cols;
    const labelSize = size.note + 1;
    const cards: SvgNode[] = [];
    let rowBottom = y;
    callouts.forEach((r, i) => {
      const cx = (i % cols) * (cardW + gap);
      const top = layout.narrow ? rowBottom : y;
      const lines = wrapText(r.label, labelSize, cardW - 8);
      const valueY = top + 30;
      const pct = r.value!.unit === 'percent' && r.value!.amount !== null && r.value!.amount <= 100 ? r.value!.amount / 100 : undefined;
      const labelY = valueY + (pct !== undefined ? 26 : 10) + labelSize + 1;
      const note = [r.period, r.detail].filter(Boolean).join(' · ');
      const detail = note ? wrapText(note, size.note, cardW - 8) : [];
      const bottom = labelY + (lines.length - 1) * lineStep(labelSize) + detail.length * lineStep(size.note) + 10;
      cards.push(
        mark(
          link(r),
          el('rect', { x: cx, y: top, width: 4, height: bottom - top - 6, ...fill(model.tones[r.id]) }),
          // The key number as large as its card allows, up to 26 px.
          textLines(valueWords(r), {
            x: cx + 12,
            y: valueY,
            size: Math.min(26, (cardW - 16) / textWidth(valueWords(r), 1)),
            weight: 700,
            halo: false,
          }),
          pct !== undefined
            ? el(
                'g',
                {},
                el('rect', { x: cx + 12, y: valueY + 8, width: cardW - 24, height: 8, ...fillStroke('grid', 'muted'), 'stroke-width': 0.75 }),
                el('rect', { x: cx + 12, y: valueY + 8, width: (cardW - 24) * pct, height: 8, ...fill(model.tones[r.id]) }),
              )
            : null,
          textLines(lines, { x: cx + 12, y: labelY, size: labelSize, halo: false }),
          detail.length
            ? textLines(detail, {
                x: cx + 12,
                y: labelY + (lines.length - 1) * lineStep(labelSize) + lineStep(size.note),
                size: size.note,
                tone: 'muted',
              })
            : null,
        ),
      );
      rowBottom = layout.narrow ? bottom + 8 : Math.max(rowBottom, bottom);
    });
    return frame(w, rowBottom + 4, heading, bar, ...cards);
  },

  summary(model) {
    const parts = [model.part, ...model.callouts].map((r) => `${r.label}：${valueWords(r)}`);
    return `${parts.join('；')}。`;
  },

  table(model) {
    return {
      columns: [t.chart.item, t.chart.value, t.chart.when, t.chart.source],
      rows: [model.part, ...model.callouts].map((r) => ({
        record: r.id,
        cells: [r.label, valueWords(r), dateText(r), sourceWords(r) ?? r.source?.hedge ?? ''],
      })),
    };
  },
};
