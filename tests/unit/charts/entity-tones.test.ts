/** One colour per company across the site, stable as reports are added. */
import { describe, expect, it } from 'vitest';
import { ENTITY_HUES, assignEntityTones, toneOf } from '../../../src/charts/entity-tones.ts';
import type { ChartRecord } from '../../../src/charts/record.ts';

const r = (id: string, entities: ChartRecord['entities']): ChartRecord =>
  ({ id, label: id, entities, value: { unit: 'USD', amount: 1 }, quote: id, date: {} }) as ChartRecord;

describe('assignEntityTones', () => {
  const first = {
    published: '2024-04',
    records: [
      r('a', { investor: '微软' }),
      r('b', { company: '谷歌' }),
      r('c', { investor: '微软', recipient: 'OpenAI' }),
      r('d', { company: '亚马逊' }),
    ],
  };

  it('gives the most charted company the first hue, then by first appearance', () => {
    const tones = assignEntityTones([first]);
    expect(tones.get('微软')).toBe(ENTITY_HUES[0]);
    expect(tones.get('谷歌')).toBe(ENTITY_HUES[1]);
    expect(tones.get('亚马逊')).toBe(ENTITY_HUES[2]);
    expect(tones.has('OpenAI')).toBe(false);
  });

  it('never changes an earlier report’s colours when a later report arrives, in any order', () => {
    const later = { published: '2024-09', records: [r('e', { company: '宁德时代' }), r('f', { company: '宁德时代' }), r('g', { company: '谷歌' })] };
    const alone = assignEntityTones([first]);
    const both = assignEntityTones([later, first]);
    for (const [e, tone] of alone) expect(both.get(e), e).toBe(tone);
    expect(both.get('宁德时代')).toBe(ENTITY_HUES[3]);
  });

  it('gives each hue to one company only, and stops when the hues run out', () => {
    const many = { published: '2024', records: ['甲', '乙', '丙', '丁', '戊', '己'].map((c) => r(c, { company: c })) };
    const tones = assignEntityTones([many]);
    expect(tones.size).toBe(ENTITY_HUES.length);
    expect(new Set(tones.values()).size).toBe(ENTITY_HUES.length);
  });
});

describe('toneOf', () => {
  const tones = assignEntityTones([{ published: '2024', records: [r('a', { investor: '微软' })] }]);

  it('colours a record by its investor, else its company; others neutral; no company the fallback', () => {
    expect(toneOf(r('x', { investor: '微软', company: '谷歌' }), tones, 'c2')).toBe(tones.get('微软'));
    expect(toneOf(r('y', { company: '谷歌' }), tones, 'c2')).toBe('other');
    expect(toneOf(r('z', {}), tones, 'c2')).toBe('c2');
    expect(toneOf(r('x', { investor: '微软' }), undefined, 'c3')).toBe('c3');
  });
});
