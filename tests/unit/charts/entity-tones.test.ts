import { describe, expect, it } from 'vitest';
import { ENTITY_HUES, NEUTRAL, assignEntityTones, toneOf } from '../../../src/charts/entity-tones.ts';
import type { ChartRecord } from '../../../src/charts/record.ts';
import { record, seedTones } from './fixtures.ts';

const of = (company?: string, investor?: string): ChartRecord =>
  ({
    id: `${investor ?? company ?? 'none'}`,
    label: 'x',
    entities: { company, investor },
    value: null,
    date: {},
    quote: 'x',
  }) as unknown as ChartRecord;
const report = (published: string, ...companies: string[]) => ({ published, records: companies.map((c) => of(c)) });

describe('company colours', () => {
  it('give each company of a report its own hue, the most charted first, and the rest the neutral tone', () => {
    const tones = assignEntityTones([report('2024-04', 'A', 'B', 'B', 'C', 'D', 'E', 'E', 'E')]);
    expect([...tones]).toEqual([
      ['E', 'c1'],
      ['B', 'c2'],
      ['A', 'c3'],
      ['C', 'c4'],
    ]);
    expect(toneOf(of('D'), tones)).toBe(NEUTRAL);
  });

  it('keep a company’s hue in a later report, and give that report’s new companies hues none of its companies has', () => {
    const first = report('2024-04', 'A', 'B', 'C', 'D');
    const later = report('2024-06', 'X', 'A', 'Y');
    const tones = assignEntityTones([later, first]);
    expect(tones.get('A')).toBe(assignEntityTones([first]).get('A'));
    const own = ['X', 'A', 'Y'].map((c) => tones.get(c));
    expect(own.every(Boolean)).toBe(true);
    expect(new Set(own).size).toBe(3);
  });

  it('never change an earlier report’s colours when a report is added', () => {
    const reports = [report('2024-01', 'A', 'B'), report('2024-03', 'C', 'A', 'D', 'E')];
    const before = assignEntityTones(reports);
    const after = assignEntityTones([...reports, report('2024-05', 'E', 'F', 'G', 'H', 'I')]);
    for (const [company, tone] of before) expect(after.get(company), company).toBe(tone);
  });

  it('colour a figure about no company in the neutral tone, never in a company’s hue', () => {
    expect(toneOf(of(), assignEntityTones([report('2024-04', 'A')]))).toBe(NEUTRAL);
    expect(ENTITY_HUES).not.toContain(NEUTRAL);
  });

  it('give the seed’s companies one hue each, the investor’s in a deal', () => {
    const hues = [...seedTones.values()];
    expect(new Set(hues).size).toBe(hues.length);
    const deal = record('msft-openai-first');
    expect(toneOf(deal, seedTones)).toBe(seedTones.get(deal.entities.investor!));
  });
});
