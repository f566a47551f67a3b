/**
 * From a report to a proposed dataset and chart plan, in memory: every line
 * (title, headings, paragraphs) read for figures; each figure becomes a record
 * or, when it is a period, a relative date, a year or part of a name, a
 * notFigures entry; digits no rule explains are listed as unread. Pure and
 * deterministic: the same report and meta give the same output.
 */
import { normalizeReport, occurrences } from '../../lib/report-text.ts';
import { parseReport } from '../parse-report.ts';
import { findFigures, dimensionOf } from './registry.ts';
import { paragraphContext, equivalentOf, recordFor, type ParagraphContext } from './records.ts';
import { REASONS, leftoverDigits, roleOf } from './not-figures.ts';
import { spanAt, type Span } from './clauses.ts';
import { idFrom, uniqueIds } from './ids.ts';
import { draftHash } from '../../lib/draft-mark.ts';
import { planCharts, type PlacedRecord } from './chart-plan.ts';
import { unitNoun } from './wording.ts';
import type { Sibling } from './sibling-labels.ts';
import type { ReportDate } from './dates.ts';
import type { DraftChart, DraftCharts, DraftDataset, DraftRecord, NotFigure } from './types.ts';

export interface DraftInput {
  slug: string;
  /** The report text, as in content/reports/<slug>.txt. */
  text: string;
  published: ReportDate;
  /** Record and chart ids other reports already use (ids are unique across the site). */
  takenRecordIds?: ReadonlySet<string>;
  takenChartIds?: ReadonlySet<string>;
  /**
   * The site's own check of a dataset against its report (provenance). A
   * drafted record it refuses is not written as a record but listed as unread,
   * so that the draft always validates.
   */
  check?: (dataset: DraftDataset) => { path: (string | number)[]; message: string }[];
  /**
   * Ingest's check of one chart spec against the records and the report's
   * paragraphs (src/ingest/chart-check.ts): a planned chart with problems is
   * not proposed, so that the draft builds as it stands.
   */
  checkChart?: (chart: DraftChart, records: DraftRecord[], paragraphs: string[]) => string[];
}

export interface Unread {
  line: number;
  text: string;
}

export interface DraftResult {
  dataset: DraftDataset;
  charts: DraftCharts;
  /** Figures drafted, per unit id. */
  byUnit: Record<string, number>;
  unread: Unread[];
}

interface Line {
  text: string;
  line: number;
  section: number;
  inParagraph: boolean;
}

function linesOf(text: string): { lines: Line[] } {
  const parsed = parseReport(text, 'report');
  const lines: Line[] = [{ text: parsed.title.text, line: parsed.title.line, section: 0, inParagraph: false }];
  parsed.sections.forEach((s, i) => {
    if (s.heading) lines.push({ text: s.heading.text, line: s.heading.line, section: i, inParagraph: false });
    for (const p of s.paragraphs) lines.push({ text: p.text, line: p.line, section: i, inParagraph: true });
  });
  return { lines: lines.sort((a, b) => a.line - b.line) };
}

const unitOf = (r: Omit<DraftRecord, 'id' | 'drafted'>) => r.value?.unit ?? r.change?.to?.unit ?? r.change?.from?.unit ?? r.change?.by?.unit ?? '';

export function draftReport(input: DraftInput): DraftResult {
  const text = normalizeReport(input.text);
  const count = (t: string) => occurrences(text, t).length;
  const { lines } = linesOf(text);
  const paragraphs = lines.filter((l) => l.inParagraph).map((l) => l.text);
  const drafts: { record: Omit<DraftRecord, 'id' | 'drafted'>; placed: Omit<PlacedRecord, 'record'> }[] = [];
  const notFigures: NotFigure[] = [];
  const unread: Unread[] = [];

  for (const l of lines) {
    const figures = findFigures(l.text);
    const roles = figures.map((f, i) => roleOf(l.text, f, figures[i + 1]));
    const p: ParagraphContext = paragraphContext(l.text, l.line, figures, roles, input.published, count);
    const covered: Span[] = [];
    const siblings = new Map<Span, Sibling[]>();
    figures.forEach((f, i) => {
      if (roles[i].kind !== 'figure' || equivalentOf(p, i) !== -1) return;
      const sub = spanAt(p.subSentences, f.start);
      const before = siblings.get(sub) ?? [];
      const record = recordFor(p, i, before);
      const c = record.change;
      const kind = !c ? 'value' : c.from || c.to ? 'level' : 'by';
      siblings.set(sub, [...before, { label: record.label, kind, dimension: dimensionOf(unitOf(record)) }]);
      const at = l.text.indexOf(record.quote);
      covered.push({ start: at, end: at + record.quote.length });
      drafts.push({ record, placed: { section: l.section, line: l.line, subSentence: `${l.line}:${sub.start}`, inParagraph: l.inParagraph } });
    });
    // Periods, relative dates, years … outside every quote still need their reason.
    figures.forEach((f, i) => {
      const role = roles[i];
      if (role.kind === 'figure' || covered.some((c) => c.start <= f.start && f.end <= c.end)) return;
      const span = role.span;
      notFigures.push({ text: l.text.slice(span.start, span.end), reason: REASONS[role.kind] });
      covered.push(span);
    });
    for (const left of leftoverDigits(l.text, covered, (i) => spanAt(p.clauses, i))) {
      notFigures.push({ text: left.text, reason: left.reason });
      if (left.unread) unread.push({ line: l.line, text: left.text });
    }
  }

  distinctLabels(drafts.map((d) => d.record));
  const ids = uniqueIds(
    drafts.map((d, i) => idFrom(d.record.label, `figure-${i + 1}`)),
    input.takenRecordIds,
  );
  const records: DraftRecord[] = drafts.map((d, i) => {
    const record = { id: ids[i], ...d.record };
    return { ...record, drafted: draftHash(record) };
  });
  const refused = refusedRecords(input, records, notFigures);
  for (const i of [...refused].sort((a, b) => b - a)) {
    const [r] = records.splice(i, 1);
    const [d] = drafts.splice(i, 1);
    notFigures.push({ text: r.quote, reason: REASONS.unread });
    unread.push({ line: d.placed.line, text: r.quote });
  }
  unread.sort((a, b) => a.line - b.line);
  const placed = records.map((record, i) => ({ record, ...drafts[i].placed }));
  const byUnit: Record<string, number> = {};
  for (const r of records) byUnit[unitOf(r)] = (byUnit[unitOf(r)] ?? 0) + 1;

  return {
    dataset: {
      $schema: '../../public/data/schema/dataset.schema.json',
      report: input.slug,
      records,
      notFigures: dedupe(notFigures),
    },
    charts: {
      $schema: '../../public/data/schema/charts.schema.json',
      report: input.slug,
      charts: planCharts(placed, input.takenChartIds, (chart) => input.checkChart?.(chart, records, paragraphs) ?? []),
    },
    byUnit: Object.fromEntries(Object.entries(byUnit).sort(([a], [b]) => (a < b ? -1 : 1))),
    unread,
  };
}

/** Records that share a label are told apart by what they measure (累计出场时间, 累计出场时间倍数), then by order. */
function distinctLabels(records: Omit<DraftRecord, 'id' | 'drafted'>[]): void {
  const groups = new Map<string, Omit<DraftRecord, 'id' | 'drafted'>[]>();
  for (const r of records) groups.set(r.label, [...(groups.get(r.label) ?? []), r]);
  for (const [label, same] of groups) {
    if (same.length < 2) continue;
    const seen = new Set([label]);
    same.slice(1).forEach((r) => {
      const noun = unitNoun(dimensionOf(unitOf(r)));
      const base = label.endsWith(noun) ? label : `${label}${noun}`;
      let next = base;
      for (let n = 2; seen.has(next); n++) next = `${base}${n}`;
      seen.add(next);
      r.label = next;
    });
  }
}

function dedupe(items: NotFigure[]): NotFigure[] {
  const seen = new Set<string>();
  return items.filter((n) => !seen.has(n.text) && seen.add(n.text));
}

/** Indexes of records the site's check refuses. */
function refusedRecords(input: DraftInput, records: DraftRecord[], notFigures: NotFigure[]): Set<number> {
  if (!input.check) return new Set();
  const problems = input.check({ $schema: '', report: input.slug, records, notFigures: dedupe(notFigures) });
  return new Set(problems.filter((p) => p.path[0] === 'records' && typeof p.path[1] === 'number').map((p) => p.path[1] as number));
}
