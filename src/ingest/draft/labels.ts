/**
 * A short Chinese label for a record, made from the words of its clause: the
 * figures, dates, attributions and bracketed asides taken out, the function
 * words they leave dangling dropped, and the sub-sentence's subject put in
 * front when the clause alone has none (已裁掉超2.7万名员工 → 亚马逊裁掉员工).
 * An editor will often improve it; it only has to be readable and true.
 */
import type { Span } from './clauses.ts';

export const MAX_LABEL = 28;

export interface LabelInput {
  paragraph: string;
  clause: Span;
  /** The first clause of the sub-sentence that says who acts, when it is not `clause`. */
  lead?: Span;
  /** Spans of the paragraph to leave out: figures, dates, periods, attributions. */
  cut: Span[];
}

const BEFORE_CUT = /(?:达到了|达到|达|至|到|为|于|以|在|约|近|有|是|了|从|合计|共计|总计|累计)+$/u;
const LEADING =
  /^(?:而且|而|但是|但|并且|并|且|又|也|还|已经|已|就|便|即|均|都|则|仍|甚至|其中|另外|此外|同时|尤其是|比如|例如|只需|只有|仅|要|会|将)+/u;
const TRAILING = /(?:的|了|等|之|中|时|和|与|及|已经|已|将|还|也|只|仅|、|\s)+$/u;

/** The clause with the given spans removed, as plain text. */
function strip(paragraph: string, span: Span, dropped: Span[]): string {
  let out = '';
  const inside = (i: number, spans: Span[]) => spans.some((s) => s.start <= i && i < s.end);
  for (let i = span.start; i < span.end; i++) {
    if (inside(i, dropped)) {
      out = out.replace(BEFORE_CUT, '');
      while (i + 1 < span.end && inside(i + 1, dropped)) i++;
      if (paragraph[i + 1] === '的' && !inside(i + 2, dropped)) i++;
      continue;
    }
    out += paragraph[i];
  }
  return out;
}

function tidy(text: string): string {
  let t = text
    .replace(/[(（][^)）]*[)）]/gu, '')
    .replace(/[“”‘’"「」]/gu, '')
    .replace(/在(.+?)的基础上/u, '$1')
    .replace(/了(?!解)/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(LEADING, '').replace(TRAILING, '').trim();
  }
  return t;
}

const SUBJECT_ENDS = new Set([
  '在',
  '于',
  '对',
  '向',
  '将',
  '已',
  '已经',
  '是',
  '的',
  '以',
  '被',
  '从',
  '通过',
  '与',
  '会',
  '要',
  '也',
  '还',
  '就',
  '曾',
  '把',
  '让',
  '继',
  '在经历',
]);

/** Who acts in the lead clause: its words up to the first preposition or auxiliary. */
function subjectOf(text: string): string {
  let subject = '';
  // Whole words only: 从 ends a subject, 从业者 does not.
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(tidy(text))) {
    if (SUBJECT_ENDS.has(segment)) break;
    subject += segment;
  }
  subject = subject.trim();
  return [...subject].length <= 12 ? subject : '';
}

/** Shortens at a word boundary so the label never ends in half a word. */
function shorten(text: string, max = MAX_LABEL): string {
  if ([...text].length <= max) return text;
  let out = '';
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) {
    if ([...(out + segment)].length > max) break;
    out += segment;
  }
  return out.replace(TRAILING, '') || [...text].slice(0, max).join('');
}

export function labelFrom(input: LabelInput): string {
  const { paragraph, clause, lead, cut } = input;
  let label = tidy(strip(paragraph, clause, cut));
  if (lead && [...label].length < 7) {
    const subject = subjectOf(strip(paragraph, lead, cut));
    if (subject && !label.startsWith(subject)) label = subject + label;
  }
  return shorten(label);
}
