/**
 * Row geometry shared by the horizontal bar charts. Wide: labels in a column on
 * the left, bars to the right. Narrow (phones): each label above its bar, bars
 * using the full width, so nothing is squeezed.
 */
import { textWidth, wrapText } from './text.ts';
import type { Layout } from './types.ts';

export const LABEL_SIZE = 14;
export const VALUE_SIZE = 13;
export const NOTE_SIZE = 12;

export interface RowSpec {
  label: string;
  /** Extra lines under the bar (notes for tranches, annotations). */
  notes?: number;
  /** Rows without a bar (figure not given) are shorter. */
  bar?: boolean;
}

export interface RowBox {
  /** Label lines, position and anchor. */
  label: string[];
  labelX: number;
  labelY: number;
  /** Bar band. */
  barY: number;
  barH: number;
  /** Where a note line starts (first note line's baseline). */
  noteY: number;
}

export interface RowsGeometry {
  rows: RowBox[];
  /** Start and end of the value range on x. */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export function rowsLayout(specs: RowSpec[], layout: Layout, valueRoom: number, top = 8): RowsGeometry {
  const barH = layout.narrow ? 16 : 18;
  const noteStep = 16;
  if (layout.narrow) {
    let y = top;
    const rows = specs.map((s) => {
      const label = wrapText(s.label, LABEL_SIZE, layout.width);
      const labelY = y + LABEL_SIZE;
      const barY = labelY + (label.length - 1) * 18 + 6;
      const noteY = barY + (s.bar === false ? 14 : barH + 14);
      y = noteY + (s.notes ?? 0) * noteStep + (s.notes ? 4 : s.bar === false ? 14 : 0) + 6;
      return { label, labelX: 0, labelY, barY, barH, noteY };
    });
    return { rows, x0: 0, x1: layout.width - valueRoom, top, bottom: y };
  }
  const labelCol = Math.min(layout.width * 0.34, Math.max(...specs.map((s) => textWidth(s.label, LABEL_SIZE))) + 16);
  let y = top;
  const rows = specs.map((s) => {
    const label = wrapText(s.label, LABEL_SIZE, labelCol - 16);
    const barY = y + 6;
    const labelY = barY + barH / 2 + 5 - ((label.length - 1) * 18) / 2;
    const noteY = barY + barH + 15;
    const h = Math.max(barH + 12, label.length * 18 + 8) + (s.notes ?? 0) * noteStep;
    y += h + 6;
    return { label, labelX: labelCol - 12, labelY, barY, barH, noteY };
  });
  return { rows, x0: labelCol, x1: layout.width - valueRoom, top, bottom: y };
}
