import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/charts/build.ts';
import { charts, seedChart } from './fixtures.ts';

describe('buildChart', () => {
  it('builds every seed chart at both widths with unique ids per layout', () => {
    for (const spec of charts.charts) {
      const { input } = seedChart(spec.id);
      const built = buildChart({ id: `chart-${spec.id}`, form: spec.form, options: spec.options }, input);
      expect(built.narrow).toMatch(/^<svg[^>]* viewBox="0 0 340 \d+"/);
      expect(built.wide).toMatch(/^<svg[^>]* viewBox="0 0 720 \d+"/);
      expect(built.narrow).toContain(`aria-labelledby="chart-${spec.id}-title"`);
      const ids = [...(built.narrow + built.wide).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(built.summary.length).toBeGreaterThan(10);
    }
  });

  it('gives marks a link target only when asked (embeds), by option, not by patching', () => {
    const spec = charts.charts[0];
    const def = { id: 'c', form: spec.form, options: spec.options };
    expect(buildChart(def, seedChart(spec.id).input).wide).not.toContain('target=');
    expect(buildChart(def, seedChart(spec.id).input, { target: '_top' }).wide).toMatch(/<a class="mark" href="[^"]+" target="_top"/);
  });

  it('names only the sources of the rows it shows', () => {
    const spec = charts.charts.find((c) => c.id === 'engineer-pay')!;
    const built = buildChart({ id: 'c', form: spec.form, options: spec.options }, seedChart(spec.id).input);
    expect(built.sources).toContain('Levels.fyi');
    const layoffs = charts.charts.find((c) => c.id === 'layoffs')!;
    expect(buildChart({ id: 'c', form: layoffs.form }, seedChart('layoffs').input).sources).not.toContain('Levels.fyi');
  });
});
