/**
 * What a mark's tooltip adds to the drawing: only the facts the mark does not
 * print (the value in the report's words with its qualifier, the report's own
 * conversion, the date with its precision, a note), then who the figure comes
 * from, one per line. The label and values already drawn are never repeated.
 */
import { dateText, equivalentWords, sourceWords, valueWords } from './words.ts';
import { t } from '../i18n/strings.ts';
import type { ChartRecord } from './record.ts';

export function tipText(record: ChartRecord, drawn: string[], note?: string): string {
  const printed = (fact: string) => drawn.some((d) => d.includes(fact));
  const source = sourceWords(record);
  const facts = [valueWords(record), equivalentWords(record), record.date.value ? dateText(record) : undefined, note].filter(
    (f): f is string => Boolean(f) && !printed(f!),
  );
  const from = source ? t.chart.tipSource(source) : record.source?.hedge ? t.chart.tipHedge(record.source.hedge) : t.chart.tipReport;
  return [...facts, from].join('\n');
}
