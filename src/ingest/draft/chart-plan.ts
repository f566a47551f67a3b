/**
 * A first chart plan: comparable figures grouped into charts of the form that
 * fits them. Comparable means one section of the report, one unit, and one
 * measure: labels that end in the same word (毛利率 with 毛利率, never 开工率
 * with 毛利率, never a total with a single figure), or sums of money set side by side in one sub-sentence. Changes with
 * both ends become a change chart (one alone too: an arrow reads well); changes
 * by an amount only in twos; a range or vague amount a range chart beside the
 * exact figures of its measure; two figures of one sub-sentence set against
 * each other a ratio; a lone share a part-whole chart; three or more figures
 * dated to the month or day a timeline; the rest bars. Each chart stands after
 * the paragraph of its last record, and `check` (ingest's own chart check)
 * drops any chart it would refuse.
 */
import { dimensionOf } from './registry.ts';
import { idFrom, uniqueIds } from './ids.ts';
import { CHART_WORDS, chartTitle, unitNoun } from './wording.ts';
import type { ChartForm, DraftChart, DraftRecord } from './types.ts';

export interface PlacedRecord {
  record: DraftRecord;
  /** Index of the report section (lead = 0) and the paragraph's line. */
  section: number;
  line: number;
  /** Key of the sub-sentence the figure stands in. */
  subSentence: string;
  /** False for figures in the title or a heading: no chart can stand after those. */
  inParagraph: boolean;
}

const unitOf = (r: DraftRecord) => r.value?.unit ?? r.change?.to?.unit ?? r.change?.from?.unit ?? r.change?.by?.unit ?? '';
const isPlain = (r: DraftRecord) => r.value !== null && r.value.amount !== null && !r.value.range && !r.value.vague && !r.value.missing;
const isSpread = (r: DraftRecord) => r.value !== null && (r.value.range !== undefined || r.value.vague !== undefined);
const dated = (r: DraftRecord) => r.date.precision === 'day' || r.date.precision === 'month';
const hasEnds = (r: DraftRecord) => r.change?.from?.amount != null && r.change?.to?.amount != null;
const hasBy = (r: DraftRecord) => r.change?.by?.amount != null && !r.change.from && !r.change.to;

const NOT_RATIO = new Set(['share', 'percent', 'points']);
const SHARE_WORDS = /占|份额|比例|比重|来自/u;
/** A label that names a change or a difference (比上月增加4个, 领先第二名2分) is no level to set beside others. */
const CHANGE_WORD = /(?:增加|减少|增长|下降|上升|提高|降低|[增降]幅)$|领先|落后|相差|差距/u;
/** A total (总身价, 累计投资) is not compared with a single figure (身价). */
const AGGREGATE = /总|合计|累计|全部|全年/u;
/** A figure per unit (每亩, 人均, 日均, 单产) against a whole. */
const PER_UNIT = /每|[人户日月年亩]均|单[产价日]/u;

/** A share of a whole, as the report words it: 占比, 三分之一来自…, 七成以上的企业 (not 三年前的一半). */
const partOfWhole = (r: DraftRecord) =>
  SHARE_WORDS.test(r.quote) || /(?:分之[一二三四五六七八九十\d]+|一半|半数|成)(?:以上|左右|多)?(?:的|来自)|%的/u.test(r.quote);

/** The word a label ends in that names its measure (头部企业储能系统毛利率 → 利率); 增幅/降幅 set apart. */
function head(label: string): string {
  const bare = label.replace(/[增降]幅$/u, '');
  // 每千名儿童…数量 is a rate: it compares only with rates of the same base.
  const rate = /每[\d一二两三四五六七八九十百千万亿]+[^\d一二两三四五六七八九十百千万亿]/u.exec(label)?.[0] ?? '';
  return `${rate}${[...bare].slice(-2).join('')}${bare === label ? '' : '|幅'}`;
}

/** Two records measure the same thing: one section and unit, both totals or neither, and the same head word (or, for sums of money, one sub-sentence). */
function comparable(a: PlacedRecord, b: PlacedRecord): boolean {
  const unit = unitOf(a.record);
  if (a.section !== b.section || unit !== unitOf(b.record)) return false;
  const level = (r: DraftRecord) => !CHANGE_WORD.test(r.label);
  if (AGGREGATE.test(a.record.label) !== AGGREGATE.test(b.record.label)) return false;
  // 每亩补贴标准 is not set beside the 1200亿元 it is a part of.
  if (PER_UNIT.test(a.record.label) !== PER_UNIT.test(b.record.label)) return false;
  return (
    head(a.record.label) === head(b.record.label) ||
    (dimensionOf(unit) === 'currency' && a.subSentence === b.subSentence && level(a.record) && level(b.record))
  );
}

/** Records split into groups of comparable ones (joined through any comparable pair), in reading order. */
function groups(items: PlacedRecord[]): PlacedRecord[][] {
  const out: PlacedRecord[][] = [];
  for (const item of items) {
    const joined = out.filter((g) => g.some((m) => comparable(m, item)));
    const merged = [...joined.flat(), item];
    for (const g of joined) out.splice(out.indexOf(g), 1);
    out.push(merged);
  }
  return out.map((g) => g.sort((a, b) => items.indexOf(a) - items.indexOf(b))).sort((a, b) => items.indexOf(a[0]) - items.indexOf(b[0]));
}

function groupBy<T>(items: T[], key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

interface Planned {
  form: ChartForm;
  members: PlacedRecord[];
}

function plan(records: PlacedRecord[]): Planned[] {
  const out: Planned[] = [];
  const used = new Set<PlacedRecord>();
  const take = (form: ChartForm, members: PlacedRecord[]) => {
    members.forEach((m) => used.add(m));
    out.push({ form, members });
  };
  const free = () => records.filter((r) => !used.has(r));

  for (const g of groups(free().filter((r) => hasEnds(r.record)))) take('change', g);
  for (const g of groups(free().filter((r) => hasBy(r.record)))) if (g.length >= 2) take('change', g);
  // A range or vague amount goes beside the exact figures of its measure.
  for (const g of groups(free().filter((r) => isPlain(r.record) || isSpread(r.record))))
    if (g.some((r) => isSpread(r.record)) && g.length >= 2) take('range', g);
  // Two exact figures of one measure in one sub-sentence, and no third: set against each other.
  for (const g of groupBy(
    free().filter((r) => isPlain(r.record)),
    (r) => r.subSentence,
  ))
    // Not for shares or percents: 9.1% against 8.6% is a difference, drawn as bars.
    for (const pair of groups(g)) if (pair.length === 2 && !NOT_RATIO.has(dimensionOf(unitOf(pair[0].record)))) take('ratio', pair);
  for (const g of groups(free().filter((r) => isPlain(r.record)))) {
    const r = g[0].record;
    const share = (r.value!.unit === 'share' || (r.value!.unit === 'percent' && r.value!.amount! <= 100)) && partOfWhole(r);
    if (g.length === 1 && share) take('part-whole', g);
    else if (g.length >= 2) {
      const dates = new Set(g.map((m) => m.record.date.value));
      take(g.length >= 3 && g.every((m) => dated(m.record)) && dates.size === g.length ? 'timeline' : 'bars', g);
    }
  }
  return out.sort((a, b) => a.members.at(-1)!.line - b.members.at(-1)!.line || a.members[0].line - b.members[0].line);
}

/**
 * The charts for a drafted dataset, each passed by `check` (ingest's chart
 * check: problems for one chart, none when it would build).
 */
export function planCharts(
  records: PlacedRecord[],
  takenIds: ReadonlySet<string> = new Set(),
  check: (chart: DraftChart) => string[] = () => [],
): DraftChart[] {
  // Figures of the title and headings restate those of the text: only the text's are charted.
  const planned = plan(records.filter((r) => r.inParagraph));
  const drafts = planned.map((p) => {
    const noun = unitNoun(dimensionOf(unitOf(p.members[0].record)));
    const last = p.members.filter((m) => m.inParagraph).at(-1)!;
    return {
      form: p.form,
      title: chartTitle(
        p.form,
        p.members.map((m) => m.record.label),
        noun,
      ),
      dek: CHART_WORDS.dek[p.form](noun, p.members.length),
      records: p.members.map((m) => m.record.id),
      after: last.record.quote,
      notes: [CHART_WORDS.note],
    };
  });
  const passed = drafts.filter((d, i) => check({ id: `chart-${i + 1}`, ...d }).length === 0);
  const ids = uniqueIds(
    passed.map((d, i) => idFrom(d.title, `chart-${i + 1}`)),
    takenIds,
  );
  return passed.map((d, i) => ({ id: ids[i], ...d }));
}
