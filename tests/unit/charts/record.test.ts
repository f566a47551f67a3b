/** The record shape chart forms read, and whose colour a record takes. */
import { describe, expect, it } from 'vitest';
import { entityOf, type ChartRecord } from '../../../src/charts/record.ts';
import { record } from './fixtures.ts';

describe('entityOf', () => {
  const base = record('msft-openai-cumulative');

  it('is who invests when there is an investor, else the company, else nothing', () => {
    expect(entityOf({ ...base, entities: { investor: '微软', recipient: 'OpenAI', company: '谷歌' } })).toBe('微软');
    expect(entityOf({ ...base, entities: { company: '谷歌' } })).toBe('谷歌');
    expect(entityOf({ ...base, entities: { recipient: 'OpenAI' } } as ChartRecord)).toBeUndefined();
  });
});
