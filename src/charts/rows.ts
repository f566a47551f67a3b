/**
 * Row geometry shared by the row forms (bars, range, change, timeline). Wide:
 * labels in a column on the left, marks to the right. Narrow (phones): each
 * label above its mark, marks using the full width, so nothing is squeezed.
 */
import { textWidth, wrapText } from './text.ts';
import { TEXT, lineStep, sizesOf } from './labels.ts';
import type { Layout } from './types.ts';

export interface RowSpec {
  label: string;
  /** Extra lines under the mark (notes for tranches, annotations). */
  notes?: number;
  /** Rows without a mark (figure not given) are shorter. */
  bar?: boolean;
}

export interface RowBox {
  /** Label lines and where the first one sits. */
  label: string[];
  labelX: number;
  labelY: number;
  /** Band the mark sits in. */
  barY: number;
  barH: number;
  /** Baseline of the first note line. */
  noteY: number;
}

export interface RowsGeometry {
  rows: RowBox[];
  /** Start and end of the value range on x. */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Where labels are anchored: beside marks (end) or above them (start). */
  anchor: 'start' | 'end';
}

export interface RowsOptions {
  /** Room kept right of the value range for value labels, in px at the default value size (it grows with the text). */
  valueRoom: number;
  /** Space above the first row (axis labels at the top need some). */
  top?: number;
}

export function rowsLayout(specs: RowSpec[], layout: Layout, { valueRoom: room, top = 8 }: RowsOptions): RowsGeometry {
  const size = sizesOf(layout);
  const valueRoom = Math.round((room * size.value) / TEXT.value);
  const line = lineStep(size.label);
  const noteStep = lineStep(size.note);
  const barH = Math.max(layout.narrow ? 16 : 18, size.value + 4);
  if (layout.narrow) {
    let y = top;
    const rows = specs.map((s) => {
      const label = wrapText(s.label, size.label, layout.width);
      const labelY = y + size.label;
      const barY = labelY + (label.length - 1) * line + 6;
      const noteY = barY + (s.bar === false ? size.note + 2 : barH + size.note + 2);
      y = noteY + (s.notes ?? 0) * noteStep + (s.notes ? 4 : s.bar === false ? 14 : 0) + 6;
      return { label, labelX: 0, labelY, barY, barH, noteY };
    });
    return { rows, x0: 0, x1: layout.width - valueRoom, top, bottom: y, anchor: 'start' };
  }
  const labelCol = Math.min(layout.width * 0.34, Math.max(...specs.map((s) => textWidth(s.label, size.label))) + 16);
  let y = top;
  const rows = specs.map((s) => {
    const label = wrapText(s.label, size.label, labelCol - 16);
    // The label is centred on the bar; a label of several lines moves the bar down so it starts in its row.
    const above = Math.max(0, size.label - 5 + ((label.length - 1) * line) / 2 - barH / 2 - 6);
    const barY = y + 6 + above;
    const labelY = barY + barH / 2 + 5 - ((label.length - 1) * line) / 2;
    const noteY = barY + barH + size.note + 3;
    const h = Math.max(barH + 12 + above, label.length * line + 8) + (s.notes ?? 0) * noteStep;
    y += h + 6;
    return { label, labelX: labelCol - 12, labelY, barY, barH, noteY };
  });
  return { rows, x0: labelCol, x1: layout.width - valueRoom, top, bottom: y, anchor: 'end' };
}
