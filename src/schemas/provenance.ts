/**
 * Checks a dataset against its report: every quote is in the report exactly
 * once, the numbers and qualifiers written in the quote are the record's, the
 * names and dates it uses are in the report, and every figure of the report is
 * covered by a record or listed as not a figure. Each problem carries the JSON
 * path of the record and says how to fix it.
 */
import { findFigures, quantitiesOf, sameAmount, type Figure } from '../lib/figures.ts';
import { formatQuantity } from '../lib/format.ts';
import type { Change, Quantity } from '../lib/quantity.ts';
import { family, isUnitId, toBase } from '../lib/units.ts';
import { lineOf, normalizeReport, occurrences, paragraphAt, sentenceAround } from '../lib/report-text.ts';
import type { DataRecord } from './record.ts';

export interface Problem {
  path: (string | number)[];
  message: string;
}

interface DatasetLike {
  records: DataRecord[];
  notFigures: { text: string; reason: string }[];
}

/** A quantity as JSON to paste into a record: {"unit": "percent", "amount": 70, "qualifier": "以上"}. */
const json = (v: unknown) => JSON.stringify(v).replace(/":/g, '": ').replace(/,"/g, ', "');

/** What the parser read: "超2.7万名" (people 27000, 超). */
function describe(f: Figure): string {
  return `"${f.text}" (${f.change ? `change ${json(f.change)}` : json(f.quantity)})`;
}

/** Why a quote is not found: the usual cause is half-width punctuation. */
function notFoundHint(report: string, quote: string): string {
  const loose = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return loose(report).includes(loose(quote))
    ? ' It matches if punctuation width or spaces are ignored: copy it from the report so ，（）“” stay as they are.'
    : ' Copy the words exactly from the report.';
}

const sameIn = (a: number, ua: string, b: number, ub: string) => sameAmount(toBase(a, ua), toBase(b, ub));

/** Same unit family and the same amount, range or vague words (the qualifier is checked apart). */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (!isUnitId(a.unit) || !isUnitId(b.unit) || family(a.unit) !== family(b.unit)) return false;
  if (a.amount !== null || b.amount !== null) return a.amount !== null && b.amount !== null && sameIn(a.amount, a.unit, b.amount, b.unit);
  if (a.range || b.range) return !!a.range && !!b.range && a.range.every((x, i) => sameIn(x, a.unit, b.range![i], b.unit));
  if (a.vague || b.vague) return !!a.vague && !!b.vague && a.vague.join('|') === b.vague.join('|');
  return false;
}

const wording = (q: Quantity) => formatQuantity(q) ?? json(q);

/** The quote holds this quantity, with the report's qualifier. */
function checkQuantity(q: Quantity, figures: Figure[], path: (string | number)[], what: string, problems: Problem[]): void {
  if (q.missing !== undefined) return;
  const candidates = figures.flatMap((f) => quantitiesOf(f).map((c) => ({ f, c })));
  const match = candidates.find(({ c }) => sameQuantity(c, q));
  if (!match) {
    const listed = figures.length ? `it gives ${figures.map(describe).join(', ')}` : 'the parser reads no figure in it';
    problems.push({
      path: [...path, q.amount !== null ? 'amount' : q.range ? 'range' : 'vague'],
      message: `the quote does not say ${what} ${wording(q)} (${json(q)}): ${listed}. Fix the record to what the quote says, or quote the words that give the figure.`,
    });
    return;
  }
  if (match.c.qualifier !== q.qualifier)
    problems.push({
      path: [...path, 'qualifier'],
      message: match.c.qualifier
        ? `the report words it "${match.f.text}": set "qualifier": "${match.c.qualifier}"`
        : `the report words it "${match.f.text}" with no qualifier: remove "qualifier": "${q.qualifier}"`,
    });
}

/** The quote holds a change in this direction whose from / to / by are the record's. */
function checkChange(c: Change, figures: Figure[], path: (string | number)[], problems: Problem[]): void {
  const changes = figures.filter((f) => f.change);
  const sides = (['from', 'to', 'by'] as const).filter((s) => c[s]);
  const fits = (f: Figure) => f.change!.direction === c.direction && sides.every((s) => f.change![s] && sameQuantity(f.change![s]!, c[s]!));
  const match = changes.find(fits);
  if (!match) {
    const listed = changes.length ? `it gives ${changes.map(describe).join(', ')}` : 'the parser reads no change in it (从…降至…, 增长…, 下降了…)';
    problems.push({
      path,
      message: `the quote does not say this change (${json(c)}): ${listed}. Fix "change" to what the quote says, or quote the words that give it.`,
    });
    return;
  }
  for (const s of sides) {
    const want = match.change![s]!.qualifier;
    if (want !== c[s]!.qualifier)
      problems.push({
        path: [...path, s, 'qualifier'],
        message: want
          ? `the report words it "${match.text}": set "qualifier": "${want}"`
          : `the report words it "${match.text}" with no qualifier here: remove "qualifier"`,
      });
  }
  const missing = (['from', 'to', 'by'] as const).filter((s) => match.change![s] && !c[s]);
  if (missing.length)
    problems.push({
      path,
      message: `the report also gives ${missing.map((s) => `"${s}": ${json(match.change![s])}`).join(', ')} in "${match.text}": add it to "change".`,
    });
}

function checkRecord(r: DataRecord, i: number, report: string, ids: Set<string>, problems: Problem[]): void {
  const path = ['records', i];
  const at = occurrences(report, r.quote);
  if (at.length === 0) {
    problems.push({ path: [...path, 'quote'], message: `the quote is not in the report.${notFoundHint(report, r.quote)}` });
    return;
  }
  if (at.length > 1) {
    problems.push({
      path: [...path, 'quote'],
      message: `the quote occurs ${at.length} times in the report (lines ${at.map((x) => lineOf(report, x)).join(', ')}); lengthen it so it points to one place.`,
    });
  }
  const sentence = sentenceAround(report, at[0], r.quote.length);
  const paragraph = paragraphAt(report, at[0]).text;
  const figures = findFigures(r.quote);
  if (r.value) checkQuantity(r.value, figures, [...path, 'value'], 'the figure', problems);
  if (r.change) checkChange(r.change, figures, [...path, 'change'], problems);
  if (r.equivalent) checkQuantity(r.equivalent, figures, [...path, 'equivalent'], 'the equivalent', problems);

  for (const [role, name] of Object.entries(r.entities))
    if (name && !report.includes(name))
      problems.push({ path: [...path, 'entities', role], message: `"${name}" is not in the report; name it as the report does.` });

  for (const [field, text] of Object.entries(r.source ?? {}))
    if (text && !paragraph.includes(text))
      problems.push({
        path: [...path, 'source', field],
        message: `"${text}" is not in the quote's paragraph (line ${lineOf(report, at[0])}); attribute the figure as that paragraph does.`,
      });

  const inSentence = (field: (string | number)[], text: string | undefined, what: string) => {
    if (text !== undefined && !sentence.includes(text))
      problems.push({ path: [...path, ...field], message: `${what} "${text}" is not in the quote's sentence: "${sentence}".` });
  };
  inSentence(['period'], r.period, 'the period');
  inSentence(['detail'], r.detail, 'the detail');
  if (r.date.relative) {
    inSentence(['date', 'relative', 'text'], r.date.relative.text, 'the relative date');
    if (r.date.relative.anchor && !report.includes(r.date.relative.anchor))
      problems.push({ path: [...path, 'date', 'relative', 'anchor'], message: `the anchor "${r.date.relative.anchor}" is not in the report.` });
  } else if (r.date.value) {
    const year = r.date.value.slice(0, 4);
    if (!sentence.includes(year))
      problems.push({
        path: [...path, 'date', 'value'],
        message: `the year ${year} is not in the quote's sentence; if the report dates it relatively (上个月, 今年), add "relative": {"text": …}.`,
      });
  }

  if (r.partOf !== undefined && (r.partOf === r.id || !ids.has(r.partOf)))
    problems.push({ path: [...path, 'partOf'], message: `"${r.partOf}" is not the id of another record in this dataset.` });
}

interface Uncovered {
  text: string;
  index: number;
  figure?: Figure;
}

/** Figures of the report (and any Arabic digits) that no record or notFigures entry covers. */
function uncovered(report: string, covers: string[]): Uncovered[] {
  const spans = covers.flatMap((c) => occurrences(report, c).map((s) => [s, s + c.length] as const));
  const covered = (start: number, end: number) => spans.some(([s, e]) => s <= start && end <= e);
  const figures = findFigures(report);
  // Digits outside any recognised figure (GPT-4, 4月10日) count too.
  const digits = [...report.matchAll(/\d+(?:\.\d+)?/g)]
    .map((m) => ({ text: m[0], index: m.index, end: m.index + m[0].length }))
    .filter((d) => !figures.some((f) => f.start <= d.index && d.end <= f.end));
  return [...figures.map((f) => ({ text: f.text, index: f.start, end: f.end, figure: f })), ...digits]
    .filter((t) => !covered(t.index, t.end))
    .sort((a, b) => a.index - b.index);
}

/** What to write for an uncovered figure: the value (or change) as the parser read it. */
function recordToAdd(f: Figure | undefined): string {
  if (!f) return 'add a record whose "quote" holds it';
  const field = f.change ? `"value": null, "change": ${json(f.change)}` : `"value": ${json(f.quantity)}`;
  return `add a record with ${field} and a "quote" that holds "${f.text}"`;
}

export function checkProvenance(dataset: DatasetLike, reportText: string): Problem[] {
  const report = normalizeReport(reportText);
  const problems: Problem[] = [];
  const ids = new Set<string>();
  dataset.records.forEach((r, i) => {
    if (ids.has(r.id)) problems.push({ path: ['records', i, 'id'], message: `the id "${r.id}" is used twice; ids must be unique.` });
    ids.add(r.id);
  });
  dataset.records.forEach((r, i) => checkRecord(r, i, report, ids, problems));
  dataset.notFigures.forEach((n, i) => {
    if (!report.includes(n.text))
      problems.push({ path: ['notFigures', i, 'text'], message: `"${n.text}" is not in the report; copy it exactly or remove the entry.` });
  });
  const covers = [...dataset.records.map((r) => r.quote), ...dataset.notFigures.map((n) => n.text)];
  for (const t of uncovered(report, covers))
    problems.push({
      path: ['records'],
      message: `the report's figure "${t.text}" (line ${lineOf(report, t.index)}: "${sentenceAround(report, t.index)}") is in no record's quote: ${recordToAdd(t.figure)}, or list it in "notFigures" with the reason it is not a figure.`,
    });
  return problems;
}
