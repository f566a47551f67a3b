/**
 * The words labels are trimmed of: what leads from a measure to its figure,
 * what opens or closes a clause without naming anything, and the words that
 * end a subject. Data only; src/ingest/draft/labels.ts uses them.
 */

/** Words left before a cut figure or date: the verb or preposition that led to it. */
export const BEFORE_CUT = /(?:不到|不足|达到了|达到|长达|达|至|到|为|于|以|在|约|近|有|是|了|从|合计|共计|总计|累计|就|才|较|(?<![占对])比)+$/u;
export const LEADING =
  /^(?:而且|而|但是|但|并且|并|且|又|也|还|已经|已|就|便|即|均|都|则|仍|甚至|其中|另外|此外|同时|尤其是|比如|例如|只需|只有|仅|要|会|将|以来|至今|预计|(?:大部分|大多数|多数|部分|绝大多数)(?:是|为)?)+/u;
export const TRAILING = /(?:的|了|等|之|(?<!集)中|(?<![平同当按准届临])时|和|与|(?<![惠涉波普顾])及|已经|已|将|还|也|只|仅|、|\s)+$/u;
/** One verb, adverb or preposition between a measure and its figure (达到, 则普遍, 同比, 有望), taken off one at a time. */
export const TO_FIGURE =
  /(?:达到|达|为|是|在|有|占(?!比)|约|大约|超过|(?<![中英欧赶高])超|接近|将近|近|高达|多达|长达|不足|不到|少于|仅为|仅有|只有|仅|只|需要|需|通常|一般|平均|合计|共计|总计|分别|同比|环比|较上年|较去年|较|(?<![占对])比|对|向|以|就|于|至|到|从|由|有望|预计|或将|可能|相当于|已经|已|将|会|要|也|还|则|(?<![场人日年月户])均|都|仍|普遍|大多|基本|整体|进一步|持续|继续|虽然|虽|却|微|略|稍|小幅|大幅|集中|主要|(?<![面体容累堆沉])积|共有|总共|共|稳定|保持|维持|突破|首次|刷新|每(?:亩|人|户|吨|斤|公斤|天|日|年|月|平方米))$/u;
/** Adverbs that carry no meaning in a label, wherever they stand (as whole words). */
export const ADVERBS = new Set('将 已 已经 还 也 又 就 才 便 曾 曾经 都 则 仍 继 普遍 正在 通常 一般'.split(' '));
/** An article or quantifier before a noun: 一家头部企业 → 头部企业, 签下一份订单 → 签下订单. */
export const ARTICLE =
  /^(?:一家|一位|一名|一个|某家|某位|某|该(?![院药市省县区校厂])|这家|这位|多家)|一[份笔项座批款剂支台件张](?=[\p{Script=Han}])/gu;
/** A clause that opens with an adverb, a comparison or a verb has left its subject out (已裁掉, 比上月增加, 拥有后者). */
export const SUBJECTLESS =
  /^(?:已|又|并|还|也|就|再|仍|将|比|较|则|只|拥有|持有|获得|实现|完成|成为|占|达到|裁掉|投资|花费|支付|筹集|融资|收购|新增|增加|减少|累计|共)/u;
/** A money verb the purpose of the money follows (投资5亿元在欧洲建厂). */
export const SPENDS = /(?:投资|花费|支付|投入|斥资|融资|筹集)$/u;

/** Words that end the subject of a clause: prepositions, auxiliaries, verbs of change and speech. */
export const SUBJECT_ENDS = new Set(
  [
    '在 于 对 向 将 已 已经 是 以 被 从 由 通过 与 和 会 要 也 还 就 曾 把 让 继 在经历',
    '增长 下降 下滑 上涨 下跌 提高 提升 回落 攀升 减少 增加 扩大 缩小 萎缩',
    '计划 拟 准备 打算 宣布 开始 正在 可以 需要 预计 有望 普遍 则 都 仍 依旧 依然 仍然 十分 非常 更加',
  ]
    .join(' ')
    .split(' '),
);
