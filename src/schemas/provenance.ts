/**
 * Checks a dataset against its report: every quote is in the report exactly
 * once, the numbers and qualifiers written in the quote are the record's, the
 * names and dates it uses are in the report, and every figure of the report is
 * covered by a record or listed as not a figure. Each problem carries the JSON
 * path of the record and says how to fix it.
 */
import { findFigures, sameAmount, type Figure } from '../lib/cn-number.ts';
import { formatFigure } from '../lib/format.ts';
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

const describe = (f: Figure) => `"${f.text}"`;

/** Why a quote is not found: the usual cause is half-width punctuation. */
function notFoundHint(report: string, quote: string): string {
  const loose = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return loose(report).includes(loose(quote))
    ? ' It matches if punctuation width or spaces are ignored: copy it from the report so ，（）“” stay as they are.'
    : ' Copy the words exactly from the report.';
}

function checkFigure(
  r: DataRecord,
  figures: Figure[],
  path: (string | number)[],
  problems: Problem[],
): void {
  const v = r.value;
  if (!v || v.missing !== undefined) return;
  const sameUnit = figures.filter((f) => f.unit === v.unit);
  const listed = figures.length ? `it gives ${figures.map(describe).join(', ')}` : 'it has no figure';
  if (v.amount !== null) {
    const match = sameUnit.find((f) => f.amount !== undefined && sameAmount(f.amount, v.amount!));
    if (!match) {
      problems.push({
        path: [...path, 'value', 'amount'],
        message: `the quote does not say ${formatFigure(v.amount, v.unit)} (${v.amount} ${v.unit}): ${listed}. Fix "amount"/"unit" or quote the words that give the figure.`,
      });
      return;
    }
    if ((match.qualifier ?? undefined) !== v.qualifier)
      problems.push({
        path: [...path, 'value', 'qualifier'],
        message: match.qualifier
          ? `the report words it "${match.text}": set "qualifier": "${match.qualifier}"`
          : `the report words it "${match.text}" with no qualifier: remove "qualifier": "${v.qualifier}"`,
      });
    return;
  }
  if (v.vague) {
    const words = (f: Figure) => [f.vague!.from.text, f.vague!.to?.text].filter(Boolean).join(',');
    if (!sameUnit.some((f) => f.vague && words(f) === v.vague!.join(',')))
      problems.push({
        path: [...path, 'value', 'vague'],
        message: `the quote does not word the figure as ${JSON.stringify(v.vague)} in ${v.unit}: ${listed}.`,
      });
  }
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
  checkFigure(r, figures, path, problems);

  if (r.cny) {
    const match = figures.find((f) => f.unit === 'CNY' && f.amount !== undefined && sameAmount(f.amount, r.cny!.amount));
    if (!match)
      problems.push({ path: [...path, 'cny', 'amount'], message: `the quote gives no 人民币 figure of ${r.cny.amount} yuan; fix "cny" or the quote.` });
    else if (match.qualifier !== r.cny.qualifier)
      problems.push({ path: [...path, 'cny', 'qualifier'], message: `the report words it "${match.text}": set "qualifier" to ${match.qualifier ? `"${match.qualifier}"` : 'nothing'}.` });
  }

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

/** Figures of the report (and any Arabic digits) that no record or notFigures entry covers. */
function uncovered(report: string, covers: string[]): { text: string; index: number }[] {
  const spans = covers.flatMap((c) => occurrences(report, c).map((s) => [s, s + c.length] as const));
  const covered = (start: number, end: number) => spans.some(([s, e]) => s <= start && end <= e);
  const figures = findFigures(report).map((f) => ({ text: f.text, index: f.start, end: f.end }));
  // Digits outside any recognised figure (GPT-4, 4月10日) count too.
  const digits = [...report.matchAll(/\d+(?:\.\d+)?/g)]
    .map((m) => ({ text: m[0], index: m.index, end: m.index + m[0].length }))
    .filter((d) => !figures.some((f) => f.index <= d.index && d.end <= f.end));
  return [...figures, ...digits]
    .filter((t) => !covered(t.index, t.end))
    .sort((a, b) => a.index - b.index);
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
      message: `the report's figure "${t.text}" (line ${lineOf(report, t.index)}: "${sentenceAround(report, t.index)}") is in no record's quote; add a record for it, or list it in "notFigures" with the reason it is not a figure.`,
    });
  return problems;
}
