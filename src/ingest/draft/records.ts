/**
 * One drafted record from one figure of a paragraph: its quote (the clause
 * that holds it, lengthened until the report has it once), its quantity or
 * change, the report's own conversion (约合人民币290万元) as `equivalent`, the
 * period worded with it (未来两年内), its date, source and label.
 */
import { clauses, spanAt, subSentences, type Span } from './clauses.ts';
import { dateMentions, dateOf, type ReportDate } from './dates.ts';
import { attributions, sourceOf } from './sources.ts';
import { labelFrom, shorten as shortLabel } from './labels.ts';
import type { Sibling } from './sibling-labels.ts';
import { dimensionOf } from './registry.ts';
import type { Role } from './not-figures.ts';
import type { DraftRecord, Figure } from './types.ts';

export interface ParagraphContext {
  text: string;
  line: number;
  figures: Figure[];
  roles: Role[];
  clauses: Span[];
  subSentences: Span[];
  published: ReportDate;
  /** How often a text occurs in the whole report. */
  count(text: string): number;
}

export function paragraphContext(
  text: string,
  line: number,
  figures: Figure[],
  roles: Role[],
  published: ReportDate,
  count: (t: string) => number,
): ParagraphContext {
  return { text, line, figures, roles, clauses: clauses(text), subSentences: subSentences(text), published, count };
}

/** Index of the figure whose value `i` restates in another currency (约合人民币…), or -1. */
export function equivalentOf(p: ParagraphContext, i: number): number {
  const f = p.figures[i];
  const prev = p.figures[i - 1];
  if (!prev?.quantity || !f.quantity || dimensionOf(f.quantity.unit) !== 'currency' || dimensionOf(prev.quantity.unit) !== 'currency') return -1;
  if (prev.quantity.unit === f.quantity.unit) return -1;
  const between = p.text.slice(prev.end, f.start);
  const converts = /^(?:约合|折合|合|相当于)/u.test(f.text) || /^[(（]\s*(?:约合|折合|合|相当于)?\s*$/u.test(between);
  return converts && spanAt(p.clauses, prev.start) === spanAt(p.clauses, f.start) ? i - 1 : -1;
}

/** The clauses around a figure, lengthened backwards (then forwards) until they occur once in the report. */
export function quoteSpan(p: ParagraphContext, figure: Span): Span {
  let from = p.clauses.indexOf(spanAt(p.clauses, figure.start));
  let to = Math.max(from, p.clauses.indexOf(spanAt(p.clauses, figure.end - 1)));
  const text = () => p.text.slice(p.clauses[from].start, p.clauses[to].end);
  while ((p.count(text()) !== 1 || [...text()].length < 6) && (from > 0 || to < p.clauses.length - 1)) {
    if (from > 0) from--;
    else to++;
  }
  return { start: p.clauses[from].start, end: p.clauses[to].end };
}

/** Spans a label leaves out: figures, dates and attribution verbs of the paragraph. */
function labelCuts(p: ParagraphContext): Span[] {
  const cuts: Span[] = p.figures.map((f, i) => {
    const r = p.roles[i];
    return r.kind === 'figure' ? { start: f.start, end: f.end } : r.span;
  });
  for (const d of dateMentions(p.text)) cuts.push({ start: d.start, end: d.end });
  for (const a of attributions(p.text)) {
    const words = p.text.slice(a.start, a.end);
    // 微软称 keeps 微软 (who acts); 据悉, …显示 and unnamed sources go entirely.
    const name = a.source.name;
    if (name && !a.paragraphWide && words.startsWith(name) && !/显示|统计$/u.test(words)) cuts.push({ start: a.start + name.length, end: a.end });
    else cuts.push({ start: a.start, end: a.end });
  }
  return cuts;
}

/**
 * The clause of a sub-sentence that says who acts: one that opens a topic
 * before the figure (尤其是OpenAI), else the first one before the figure's
 * that is not only a date, a source, a connector or a topic (价格方面), and
 * does not itself leave its subject out (15轮打进了41球, 只需花费…).
 */
function leadClause(p: ParagraphContext, sub: Span, clause: Span): { span: Span; topic: boolean } | undefined {
  const cuts: Span[] = [...dateMentions(p.text), ...attributions(p.text)].map((s) => ({ start: s.start, end: s.end }));
  const before = p.clauses.filter((c) => c.start >= sub.start && c.end <= clause.start);
  // A topic clause that holds a figure of its own (其中玉米…约6.7亿亩) is a sibling, not the subject of the next.
  const holdsFigure = (c: Span) => p.figures.some((f, j) => p.roles[j].kind === 'figure' && f.start >= c.start && f.end <= c.end);
  const topic = before.filter((c) => /^(?:尤其是|特别是|其中|比如|例如)/u.test(p.text.slice(c.start, c.end)) && !holdsFigure(c)).at(-1);
  if (topic) return { span: topic, topic: true };
  const span = before.find((c) => {
    if (p.figures.some((f, j) => (p.roles[j].kind === 'figure' ? f.start : p.roles[j].span.start) === c.start)) return false;
    let rest = '';
    for (let i = c.start; i < c.end; i++) if (!cuts.some((s) => s.start <= i && i < s.end)) rest += p.text[i];
    rest = rest.replace(/^(?:而|但|并|另外|此外|同时)+/u, '');
    return /[\p{Script=Han}A-Za-z]{2,}/u.test(rest) && !/方面$|^(?:为了?|随着|按照|根据|只|就|已|又|还|也|再|仍|将|都|才|却)/u.test(rest);
  });
  return span && { span, topic: false };
}

/** A period belongs to the figures of its clause, or, standing as a clause of its own (今年前8个月，…), to the rest of its sub-sentence. */
function periodOf(p: ParagraphContext, at: Span, period: Span, clause: Span, sub: Span): boolean {
  if (at === clause) return true;
  const alone = p.text.slice(at.start, period.start) + p.text.slice(period.end, at.end);
  return at.start >= sub.start && at.end <= clause.start && /^(?:在|从|自)?$/u.test(alone.trim());
}

/** The record of figure `i`; `siblings` are the records drafted before it in its sub-sentence. */
export function recordFor(p: ParagraphContext, i: number, siblings: Sibling[] = []): Omit<DraftRecord, 'id' | 'drafted'> {
  const f = p.figures[i];
  const clause = spanAt(p.clauses, f.start);
  const sub = spanAt(p.subSentences, f.start);
  const quote = quoteSpan(p, f);
  const equivalent = p.figures.findIndex((_, j) => j > i && equivalentOf(p, j) === i);
  const period = p.roles.find((r, j) => r.kind === 'period' && periodOf(p, spanAt(p.clauses, p.figures[j].start), r.span, clause, sub));
  const source = sourceOf(p.text, f.start, sub);
  const cuts = labelCuts(p);
  const lead = leadClause(p, sub, clause);
  const c = f.change;
  const label = labelFrom({
    paragraph: p.text,
    clause,
    figure: f,
    lead: lead?.span,
    topic: lead?.topic,
    cut: cuts.filter((s) => s.end <= f.start || s.start >= f.end),
    kind: !c ? 'value' : c.from || c.to ? 'level' : 'by',
    direction: c?.direction,
    dimension: dimensionOf((f.quantity ?? c?.to ?? c?.from ?? c?.by)!.unit),
    toOnly: !!c?.to && !c.from,
    siblings,
  });
  // 他流转的2000亩小麦: the person the pronoun stands for, as the source names them.
  const who = source?.name && /^[他她](?!们)/u.test(label) ? source.name + label.slice(1) : label;
  return {
    label: shortLabel(who),
    entities: {},
    value: f.change ? null : f.quantity!,
    ...(f.change ? { change: f.change } : {}),
    ...(equivalent !== -1 ? { equivalent: p.figures[equivalent].quantity! } : {}),
    date: dateOf(p.text, f.start, { subSentence: sub, clause }, p.published, f),
    ...(period && period.kind === 'period' ? { period: p.text.slice(period.span.start, period.span.end) } : {}),
    ...(source ? { source } : {}),
    quote: p.text.slice(quote.start, quote.end),
  };
}
