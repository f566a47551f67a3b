/**
 * A first chart plan: comparable figures grouped into charts of the form that
 * fits them. Comparable means the same unit within one section of the report
 * (the section stands in for "the same measure"). Changes become a change
 * chart; a range or vague amount a range chart beside the exact figures of its
 * unit; two exact figures of one sub-sentence set against each other a ratio;
 * a lone fraction (三分之一) a part-whole chart; three or more figures dated to
 * the month or day a timeline; the rest bars. Each chart stands after the
 * paragraph of its last record.
 */
import { dimensionOf } from './registry.ts';
import { idFrom, uniqueIds } from './ids.ts';
import { CHART_WORDS, unitNoun } from './wording.ts';
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

  for (const g of groupBy(
    free().filter((r) => r.record.change),
    (r) => `${r.section}|${dimensionOf(unitOf(r.record))}`,
  ))
    take('change', g);
  // A range or vague amount goes beside the exact figures of its unit and section.
  for (const g of groupBy(free(), (r) => `${r.section}|${unitOf(r.record)}`))
    if (g.some((r) => isSpread(r.record)) && g.length >= 2)
      take(
        'range',
        g.filter((r) => isPlain(r.record) || isSpread(r.record)),
      );
  // Two exact figures of one unit in one sub-sentence, and no third: set against each other.
  for (const g of groupBy(
    free().filter((r) => isPlain(r.record)),
    (r) => `${r.subSentence}|${unitOf(r.record)}`,
  ))
    if (g.length === 2 && dimensionOf(unitOf(g[0].record)) !== 'share') take('ratio', g);
  for (const g of groupBy(free(), (r) => `${r.section}|${unitOf(r.record)}`)) {
    const unit = unitOf(g[0].record);
    if (unit === 'share' && g.length === 1 && isPlain(g[0].record)) take('part-whole', g);
    else {
      const plain = g.filter((r) => isPlain(r.record));
      if (plain.length < 2) continue;
      const dates = new Set(plain.map((r) => r.record.date.value));
      take(plain.length >= 3 && plain.every((r) => dated(r.record)) && dates.size === plain.length ? 'timeline' : 'bars', plain);
    }
  }
  return out.sort((a, b) => a.members.at(-1)!.line - b.members.at(-1)!.line || a.members[0].line - b.members[0].line);
}

/** The charts for a drafted dataset; `titles` names each section (lead: the report's title). */
export function planCharts(records: PlacedRecord[], titles: string[], takenIds: ReadonlySet<string> = new Set()): DraftChart[] {
  const planned = plan(records).filter((p) => p.members.some((m) => m.inParagraph) && p.members.length > 0);
  const drafts = planned.map((p) => {
    const noun = unitNoun(dimensionOf(unitOf(p.members[0].record)));
    const section = shortTitle(titles[p.members[0].section] ?? titles[0]);
    const last = p.members.filter((m) => m.inParagraph).at(-1)!;
    return {
      form: p.form,
      title: CHART_WORDS.title(section, noun, p.form),
      dek: CHART_WORDS.dek[p.form](noun, p.members.length),
      records: p.members.map((m) => m.record.id),
      after: last.record.quote,
      notes: [CHART_WORDS.note],
    };
  });
  const ids = uniqueIds(
    drafts.map((d, i) => idFrom(d.title, `chart-${i + 1}`)),
    takenIds,
  );
  return drafts.map((d, i) => ({ id: ids[i], ...d }));
}

/** A section name up to its first colon or comma (report titles run long). */
function shortTitle(title: string): string {
  const head = title.split(/[:：,，;；|｜—]/u)[0].trim();
  return [...head].length >= 4 ? head : title;
}
