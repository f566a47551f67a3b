/** A chart's finished figure: the drawing and its words, ready for the frame (Figure.astro). */
import { buildChart, type BuiltChart } from '../charts/build.ts';
import { siteData, type ChartEntry } from './data.ts';
import { t } from '../i18n/strings.ts';

export interface FigureDrawing {
  /** The spec's id (the figure's element id is chart-<id>). */
  chartId: string;
  title: string;
  dek: string;
  notes: string[];
  built: BuiltChart;
  links: Record<string, string | undefined>;
  /** Who published the report, for the source line. */
  publisher: string;
}

export async function chartFigure(chart: ChartEntry, options: { target?: '_top' } = {}): Promise<FigureDrawing> {
  const report = (await siteData()).report(chart.data.report);
  const built = buildChart({ id: `chart-${chart.id}`, form: chart.data.form, options: chart.data.options }, chart.input, { target: options.target });
  return {
    chartId: chart.id,
    title: chart.data.title,
    dek: chart.data.dek,
    notes: chart.data.notes,
    built,
    links: chart.input.links,
    publisher: report.data.publisher,
  };
}

/** One page per chart, with the chart as its props: the chart page and its embed share these paths. */
export async function chartPaths(): Promise<{ params: { id: string }; props: { chart: ChartEntry } }[]> {
  return (await siteData()).charts.map((chart) => ({ params: { id: chart.id }, props: { chart } }));
}

/**
 * The figure's source line after 来源：, as the page prints it (ChartCredits.astro) and the poster draws it: the named
 * sources (with how many rows, when a source gives only some of them), then the report's publisher.
 */
export const chartSourceLine = (built: Pick<BuiltChart, 'sources' | 'sourceRows' | 'rows'>, publisher: string) =>
  [...built.sources.map((s) => (built.sourceRows[s] ? t.chart.sourceRows(s, built.sourceRows[s], built.rows) : s)), t.according(publisher)].join(
    t.chart.sourceJoin,
  );
