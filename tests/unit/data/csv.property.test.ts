/** A CSV cell keeps any text and is never a formula. Hostile strings (tests/support/hostile-text.ts) as in lib/escape.property.test.ts. */
import fc from 'fast-check';
import { hostileText } from '../../support/hostile-text.ts';
import { csvFormatRow, csvParseRows } from 'd3-dsv';
import { spreadsheetSafe } from '../../../src/data/csv.ts';
import { describe, expect, it } from 'vitest';

const RUNS = { numRuns: 300 };

describe('hostile text stays text', () => {
  it('in the CSV: one cell that reads back, never a formula', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const cell = spreadsheetSafe(s);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        const rows = csvParseRows(csvFormatRow(['id', cell]));
        expect(rows).toEqual([['id', cell]]);
        expect(cell.startsWith("'") && cell !== s ? cell.slice(1) : cell).toBe(s);
      }),
      RUNS,
    );
  });
});
