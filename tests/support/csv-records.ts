/**
 * Reads the data CSV back into dataset records, independently of the code
 * that writes it: the round trip is the test that no field is lost or changed.
 */
import { csvParse } from 'd3-dsv';

/** Undo the spreadsheet guard: exactly one leading apostrophe before = + - @ tab CR or '. */
const cell = (s: string | undefined) => (s === undefined ? '' : /^'[=+\-@\t\r']/.test(s) ? s.slice(1) : s);

/** Only the fields that have text, so absent fields stay absent. */
function pick(entries: [string, unknown][]): Record<string, unknown> {
  return Object.fromEntries(entries.filter(([, v]) => v !== '' && v !== undefined));
}

export function parseDataCsv(text: string): { columns: string[]; records: Record<string, unknown>[] } {
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV has no BOM');
  const rows = csvParse(text.slice(1));
  return { columns: rows.columns, records: rows.map((raw) => recordOf((k) => cell(raw[k]))) };
}

function recordOf(c: (column: string) => string): Record<string, unknown> {
  const num = (k: string) => (c(k) === '' ? undefined : Number(c(k)));
  const quantity = (p: string) =>
    c(`${p}_unit`)
      ? {
          ...pick([['unit', c(`${p}_unit`)]]),
          amount: num(`${p}_amount`) ?? null,
          ...pick([
            ['qualifier', c(`${p}_qualifier`)],
            ['range', c(`${p}_range`) ? c(`${p}_range`).split('|').map(Number) : undefined],
            ['vague', c(`${p}_vague`) ? c(`${p}_vague`).split('|') : undefined],
            ['missing', p === 'value' ? c('value_missing') : ''],
          ]),
        }
      : undefined;
  const value = quantity('value') ?? null;
  const change = c('change_direction')
    ? pick([
        ['direction', c('change_direction')],
        ['from', quantity('change_from')],
        ['to', quantity('change_to')],
        ['by', quantity('change_by')],
      ])
    : undefined;
  const relative = c('date_relative')
    ? pick([
        ['text', c('date_relative')],
        ['anchor', c('date_relative_anchor')],
      ])
    : undefined;
  const source = pick([
    ['name', c('source_name')],
    ['detail', c('source_detail')],
    ['hedge', c('source_hedge')],
  ]);
  return pick([
    ['id', c('id')],
    ['label', c('label')],
    ['tags', c('tags') ? c('tags').split('|') : undefined],
    [
      'entities',
      pick([
        ['investor', c('investor')],
        ['recipient', c('recipient')],
        ['company', c('company')],
      ]),
    ],
    ['value', value],
    ['change', change],
    ['equivalent', quantity('equivalent')],
    [
      'date',
      pick([
        ['value', c('date_value')],
        ['precision', c('date_precision')],
        ['part', c('date_part')],
        ['asOf', c('date_as_of') === '' ? undefined : c('date_as_of') === 'true'],
        ['relative', relative],
        ['missing', c('date_missing')],
      ]),
    ],
    ['period', c('period')],
    ['partOf', c('part_of')],
    ['source', Object.keys(source).length ? source : undefined],
    ['quote', c('quote')],
    ['detail', c('detail')],
    ['drafted', c('drafted')],
  ]);
}
