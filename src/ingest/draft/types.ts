/**
 * The record model of issue 10 as the draft tool writes it. Quantities,
 * changes, figures and dates are the shared types of src/lib; the draft's own
 * shapes (records, datasets, chart plans) are written to match the schemas.
 */

export type { Change, Quantity } from '../../lib/quantity.ts';
export type { Figure } from '../../lib/figures.ts';
export type { DateFields as RecordDate } from '../../lib/record-words.ts';
import type { Change, Quantity } from '../../lib/quantity.ts';
import type { DateFields as RecordDate } from '../../lib/record-words.ts';

export interface Source {
  name?: string;
  detail?: string;
  hedge?: string;
}

export interface DraftRecord {
  id: string;
  label: string;
  entities: { investor?: string; recipient?: string; company?: string };
  value: Quantity | null;
  change?: Change;
  equivalent?: Quantity;
  date: RecordDate;
  period?: string;
  source?: Source;
  quote: string;
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
