import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/charts/build.ts';
import { LAYOUTS } from '../../../src/charts/layouts.ts';
import { sourceWords } from '../../../src/charts/words.ts';
import { charts, seedChart } from './fixtures.ts';

describe('buildChart', () => {
  it('builds every seed chart at every layout width with unique ids', () => {
    for (const spec of charts.charts) {
      const { input } = seedChart(spec.id);
      const built = buildChart({ id: `chart-${spec.id}`, form: spec.form, options: spec.options }, input);
      expect(built.drawings.map((d) => d.width)).toEqual(LAYOUTS.map((l) => l.width));
      for (const d of built.drawings) {
        expect(d.svg).toMatch(new RegExp(`^<svg[^>]* viewBox="0 0 ${d.width} \\d+"`));
        expect(d.svg).toContain(`aria-labelledby="chart-${spec.id}-title"`);
      }
      const ids = [
        ...built.drawings
          .map((d) => d.svg)
          .join('')
          .matchAll(/ id="([^"]+)"/g),
      ].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(built.summary.length).toBeGreaterThan(10);
    }
  });

  it('gives marks a link target only when asked (embeds), by option, not by patching', () => {
    const spec = charts.charts[0];
    const def = { id: 'c', form: spec.form, options: spec.options };
    expect(buildChart(def, seedChart(spec.id).input).drawings.at(-1)!.svg).not.toContain('target=');
    expect(buildChart(def, seedChart(spec.id).input, { target: '_top' }).drawings.at(-1)!.svg).toMatch(/<a class="mark" href="[^"]+" target="_top"/);
  });

  it('names only the sources of the rows it shows', () => {
    const spec = charts.charts.find((c) => c.id === 'engineer-pay')!;
    const built = buildChart({ id: 'c', form: spec.form, options: spec.options }, seedChart(spec.id).input);
    expect(built.sources).toContain('Levels.fyi');
    const layoffs = charts.charts.find((c) => c.id === 'layoffs')!;
    expect(buildChart({ id: 'c', form: layoffs.form }, seedChart('layoffs').input).sources).not.toContain('Levels.fyi');
  });

  it('counts the rows of a source that gives only some of them, so it is not credited with the whole chart', () => {
    for (const spec of charts.charts) {
      const { input } = seedChart(spec.id);
      const built = buildChart({ id: 'c', form: spec.form, options: spec.options }, input);
      for (const s of built.sources) {
        const n = input.records.filter((r) => sourceWords(r) === s).length;
        if (n < built.rows) expect(built.sourceRows[s], `${spec.id}: ${s}`).toBe(n);
        else expect(built.sourceRows[s], `${spec.id}: ${s}`).toBeUndefined();
      }
    }
  });
});
