/**
 * The record model of issue 10 as the draft tool writes it. Quantities,
 * changes, figures and dates are the shared types of src/lib; the draft's own
 * shapes (records, datasets, chart plans) are written to match the schemas.
 */

export type { Change, Quantity } from '../../lib/quantity.ts';
export type { Figure } from '../../lib/figures.ts';
export type { DateFields as RecordDate } from '../../lib/record-words.ts';
import type { RecordShape } from '../../lib/record-shape.ts';

export type { RecordSource as Source } from '../../lib/record-shape.ts';

/** A record as the draft proposes it: the shared shape, with why it was drafted. */
export interface DraftRecord extends RecordShape {
  drafted?: string;
}

export interface NotFigure {
  text: string;
  reason: string;
}

export interface DraftDataset {
  $schema: string;
  report: string;
  records: DraftRecord[];
  notFigures: NotFigure[];
}

export type ChartForm = 'bars' | 'range' | 'change' | 'part-whole' | 'timeline' | 'ratio';

export interface DraftChart {
  id: string;
  form: ChartForm;
  title: string;
  dek: string;
  records: string[];
  after: string;
  notes: string[];
}

export interface DraftCharts {
  $schema: string;
  report: string;
  charts: DraftChart[];
}
