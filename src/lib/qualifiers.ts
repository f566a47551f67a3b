/**
 * The words a report puts next to a figure to qualify it (约, 超过, 以上 …),
 * where they stand and what they mean. Records keep the report's own word.
 */

export type QualifierMeaning = 'approx' | 'nearly' | 'over' | 'atLeast' | 'upTo' | 'under';
/** Before the number (约40亿), after the figure (60倍以上), or between number and unit (300多家). */
export type QualifierPlace = 'before' | 'after' | 'inside';

export const QUALIFIERS = Object.freeze({
  约: { meaning: 'approx', place: 'before' },
  约合: { meaning: 'approx', place: 'before' },
  大约: { meaning: 'approx', place: 'before' },
  左右: { meaning: 'approx', place: 'after' },
  上下: { meaning: 'approx', place: 'after' },
  近: { meaning: 'nearly', place: 'before' },
  接近: { meaning: 'nearly', place: 'before' },
  将近: { meaning: 'nearly', place: 'before' },
  近乎: { meaning: 'nearly', place: 'before' },
  超: { meaning: 'over', place: 'before' },
  超过: { meaning: 'over', place: 'before' },
  逾: { meaning: 'over', place: 'before' },
  多于: { meaning: 'over', place: 'before' },
  以上: { meaning: 'over', place: 'after' },
  多: { meaning: 'over', place: 'inside' },
  余: { meaning: 'over', place: 'inside' },
  至少: { meaning: 'atLeast', place: 'before' },
  不少于: { meaning: 'atLeast', place: 'before' },
  多达: { meaning: 'upTo', place: 'before' },
  高达: { meaning: 'upTo', place: 'before' },
  最多: { meaning: 'upTo', place: 'before' },
  至多: { meaning: 'upTo', place: 'before' },
  之内: { meaning: 'upTo', place: 'after' },
  以内: { meaning: 'upTo', place: 'after' },
  不足: { meaning: 'under', place: 'before' },
  不到: { meaning: 'under', place: 'before' },
  少于: { meaning: 'under', place: 'before' },
  以下: { meaning: 'under', place: 'after' },
} as const satisfies Record<string, { meaning: QualifierMeaning; place: QualifierPlace }>);

export type QualifierWord = keyof typeof QUALIFIERS;
export const QUALIFIER_WORDS = Object.keys(QUALIFIERS) as [QualifierWord, ...QualifierWord[]];

export const isQualifier = (w: string): w is QualifierWord => Object.hasOwn(QUALIFIERS, w);

/** Qualifier words of one place, longest first (so 超过 is tried before 超). */
export const qualifiersAt = (place: QualifierPlace): QualifierWord[] =>
  QUALIFIER_WORDS.filter((w) => QUALIFIERS[w].place === place).sort((a, b) => b.length - a.length);

export const qualifierMeaning = (w?: QualifierWord): QualifierMeaning | 'exact' => (w ? QUALIFIERS[w].meaning : 'exact');
