/**
 * Who the report attributes a figure to, from the words of its sub-sentence
 * (微软称…, …的数据显示, 消息显示, 业内人士估算) or of its paragraph (据CB
 * Insights数据, 据知情人士透露, 据悉 reach to the paragraph's end). Named
 * sources become `name` (with `detail` for the publication or event), unnamed
 * ones (消息, 知情人士, 业内人士) keep the report's words as `hedge`.
 */
import { findFigures } from './registry.ts';
import type { Source } from './types.ts';
import type { Span } from './clauses.ts';

export interface Attribution {
  start: number;
  end: number;
  source: Source;
  /** 据… reaches the end of the paragraph; the others their sub-sentence. */
  paragraphWide: boolean;
}

/** Unnamed sources (kept as the report's hedge); 一位券商分析师 describes one person and counts as a name. */
const UNNAMED = /消息|知情人士|业内人士|人士透露|有声音|媒体|报道称|^(?:不完全|初步|粗略|非官方|业内|市场|外界|舆论)$/u;
const UNNAMED_GROUP = /分析师|专家|人士/u;
const ONE_PERSON = /^(?:一位|一名|某位|一家|某家|某)/u;
const isUnnamed = (who: string) => UNNAMED.test(who) || (UNNAMED_GROUP.test(who) && !ONE_PERSON.test(who));
const VERB = '(?:分享|补充|进一步|公开)?(?:称|表示|显示|透露|指出|估算|估计|预计|测算|统计|宣布|披露|认为|告诉[^，,。；;]{0,12}?记者)';
/** 他预计: the person of the attribution before it. */
const PRONOUN = /^(?:他|她|他们|她们|其|该人士|对方|这位人士|该人)$/u;
/** 赞助收入预计达到: a measure is expected, nobody speaks. */
const MEASURE_NOUN = /(?:收入|价格|均价|规模|销量|产量|总额|金额|比例|占比|增速|利润|成本|产能|指数|人数|数量|[量额率数费价])$/u;
/** 对记者表示, 向本报记者透露: to whom, not who. */
const TO_REPORTER = /(?:对|向|跟)[^，,。；;]{0,10}?记者$/u;
/** 被…称为, 号称, 堪称, 称为: naming, not attributing. */
const NOT_ATTRIBUTION = /(?:被[^，,。；;]{0,12}|号|堪|自|声)$/u;
const CLAUSE_START = /[，,。；;：:！？!?“”"（()）]/u;

function trimName(raw: string): Source {
  let name = raw.replace(/^(?:而|但|并|另外|此外|同时|其中)/u, '').trim();
  let detail: string | undefined;
  // 美国红杉资本在近日组织的AI Ascent 2024上 → name before 在, detail the event after its last 的.
  const at = /^(.+?)在(.+?)(?:上|时|中)$/u.exec(name);
  if (at) {
    name = at[1];
    const of = at[2].lastIndexOf('的');
    if (of !== -1 && of < at[2].length - 1) detail = at[2].slice(of + 1);
  }
  // CB insights最新发布的全球独角兽市场地图报告 → name, detail.
  const pub = /^(.+?)(?:最新|近日|日前)?(?:发布|披露|公布)的(.+)$/u.exec(name);
  if (pub) {
    // 国家统计局上个月发布的, 交通运输部2月19日发布的: when is the figure's date, not part of the name.
    name = pub[1].replace(/(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|今年初?|去年|近日|日前|最新|上个?月|本月|上周|本周|昨天|今天|当天|此前)+$/u, '');
    detail = pub[2];
  }
  name = name.replace(/(?:的)?(?:数据|报告|统计|调查|监测|调研)$/u, '').replace(/(?:最新|近日|日前)?(?:发布|披露|公布)?的$/u, '');
  // 一位硅谷资深AI从业者、同时拥有…的人士 → the first description.
  name = name.split(/[、]/u)[0];
  // 薪资数据网站Levels.fyi → the name itself when a described Latin name ends the phrase.
  const latin = /[\p{Script=Han}]+([A-Za-z][A-Za-z0-9 .&\-]*[A-Za-z0-9])$/u.exec(name);
  if (latin && /(?:网站|机构|公司|平台|媒体|咨询|研究院)$/u.test(name.slice(0, name.length - latin[1].length))) name = latin[1];
  return { name: name.trim(), ...(detail ? { detail } : {}) };
}

/** Every attribution of a paragraph, in reading order. */
export function attributions(paragraph: string): Attribution[] {
  const found: Attribution[] = [];
  // 据悉, 据知情人士透露, 据CB Insights数据, 根据双方披露的利润分成协议
  for (const m of paragraph.matchAll(
    /(?<![\p{Script=Han}])(?:根据|据)([^，,。；;：:]{0,30}?)(悉|透露|统计(?!局)|数据(?!库)|报道|显示|称|介绍|测算|估算|了解|(?=[，,]))/gu,
  )) {
    const who = m[1].trim();
    const unnamed = who === '' || isUnnamed(who);
    const source: Source = unnamed ? { hedge: m[0] } : trimName(who);
    if (!unnamed && !source.name) continue;
    found.push({ start: m.index, end: m.index + m[0].length, source, paragraphWide: true });
  }
  // 微软称, 消息显示, 薪资数据网站Levels.fyi的数据显示, 业内人士估算
  const verb = new RegExp(VERB, 'gu');
  for (const m of paragraph.matchAll(verb)) {
    const before = paragraph.slice(0, m.index);
    if (NOT_ATTRIBUTION.test(before) || paragraph.startsWith('称为', m.index + m[0].length - 1)) continue;
    let from = before.length;
    while (from > 0 && !CLAUSE_START.test(before[from - 1])) from--;
    const who = before
      .slice(from)
      .replace(/^(?:\d{1,2}月\d{1,2}日|今年|去年|近日|日前)/u, '')
      .replace(TO_REPORTER, '')
      .replace(/(?:今年初?|去年|近日|日前|上个?月|本月|上周|本周|昨天|今天|当天|此前|目前|曾|也|还|又|已|则|普遍|正式|高调)+$/u, '')
      .trim();
    if (who === '' || who.startsWith('据') || who.startsWith('根据')) continue;
    // Who speaks holds no figure: 已有超过50家企业宣布停产 is news, not a source.
    if ([...who].length > 60 || findFigures(who).length || MEASURE_NOUN.test(who)) continue;
    const end = m.index + m[0].length;
    if (PRONOUN.test(who)) {
      const person = [...found]
        .filter((a) => a.end <= from && !a.paragraphWide)
        .sort((a, b) => a.start - b.start)
        .at(-1);
      if (person) found.push({ start: from, end, source: person.source, paragraphWide: false });
      continue;
    }
    const unnamed = isUnnamed(who);
    const source: Source = unnamed ? { hedge: paragraph.slice(from, end).trim() } : trimName(who);
    if (!unnamed && (!source.name || [...source.name].length > 24)) continue;
    found.push({ start: from, end, source, paragraphWide: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The source of the figure at `at`: the last attribution before it in its
 * sub-sentence, else a paragraph-wide one (据…) earlier in the paragraph.
 */
export function sourceOf(paragraph: string, at: number, subSentence: Span): Source | undefined {
  const all = attributions(paragraph).filter((a) => a.end <= at);
  const near = all.filter((a) => a.start >= subSentence.start).at(-1);
  return (near ?? all.filter((a) => a.paragraphWide).at(-1))?.source;
}
