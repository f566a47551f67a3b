/** A mark's tooltip adds what the drawing does not print, then the source. */
import { describe, expect, it } from 'vitest';
import { tipText } from '../../../src/charts/tip.ts';
import { dateText, valueWords } from '../../../src/charts/words.ts';
import { t } from '../../../src/i18n/strings.ts';
import { record } from './fixtures.ts';

describe('tipText', () => {
  const r = record('msft-openai-cumulative');

  it('adds the value and date when the drawing does not print them, and ends with the source', () => {
    const lines = tipText(r, []).split('\n');
    expect(lines[0]).toBe(valueWords(r));
    expect(lines).toContain(dateText(r));
    expect(lines.at(-1)).toMatch(/^来源/);
  });

  it('leaves out what is already drawn', () => {
    const lines = tipText(r, [`${valueWords(r)}`, dateText(r)]).split('\n');
    expect(lines).not.toContain(valueWords(r));
    expect(lines).not.toContain(dateText(r));
    expect(lines).toHaveLength(1);
  });

  it('adds a note, and leaves out a date the report does not give', () => {
    const undated = { ...r, date: { missing: '累计数' } };
    const lines = tipText(undated, [], '分三次投入').split('\n');
    expect(lines).toContain('分三次投入');
    expect(lines).not.toContain(t.chart.noDate);
  });

  it('names the source, the report’s hedge, or the report itself', () => {
    expect(
      tipText({ ...r, source: { name: 'Levels.fyi' } }, [])
        .split('\n')
        .at(-1),
    ).toBe(t.chart.tipSource('Levels.fyi'));
    expect(
      tipText({ ...r, source: { hedge: '据悉' } }, [])
        .split('\n')
        .at(-1),
    ).toBe(t.chart.tipHedge('据悉'));
    expect(
      tipText({ ...r, source: undefined }, [])
        .split('\n')
        .at(-1),
    ).toBe(t.chart.tipReport);
  });
});
