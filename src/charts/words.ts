/**
 * The words a chart says about a record. All wording lives in
 * src/lib/record-words.ts (and house wording in src/lib/format.ts); this module
 * only gathers the names the chart forms use, so charts, tables and pages word
 * a record alike.
 */
export { changeWords, dateText, equivalentWords, quantityWords, sourceWords, valueWords } from '../lib/record-words.ts';
export { formatAmount as amountWords } from '../lib/format.ts';
