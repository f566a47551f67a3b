/**
 * The fields every record has, as the dataset schema (src/schemas/record.ts)
 * validates them: the one shape that the chart forms (charts/record.ts) and the
 * draft tool (ingest/draft/types.ts) extend with what only they use.
 */
import type { Change, Quantity } from './quantity.ts';
import type { DateFields } from './record-words.ts';

export interface RecordSource {
  name?: string;
  detail?: string;
  hedge?: string;
}

export interface RecordShape {
  id: string;
  label: string;
  entities: { investor?: string; recipient?: string; company?: string };
  value: Quantity | null;
  change?: Change;
  equivalent?: Quantity;
  date: DateFields;
  period?: string;
  source?: RecordSource;
  quote: string;
}
