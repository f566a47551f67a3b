/**
 * Sentence boundaries in Chinese prose. A sentence ends at 。！？!? (or …… ) and
 * takes any closing quotes or brackets that follow ("……最疯狂的！”近日" splits
 * after ”). Offsets are UTF-16 indexes into the paragraph.
 */

export interface Span {
  start: number;
  end: number;
}

const END = /[。！？!?]+|……/gu;
const CLOSERS = /^[”’」』）)》\]]*/u;

export function sentenceSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(paragraph); m; m = END.exec(paragraph)) {
    let end = m.index + m[0].length;
    end += CLOSERS.exec(paragraph.slice(end))?.[0].length ?? 0;
    if (end > start) spans.push({ start, end });
    start = end;
    END.lastIndex = end;
  }
  if (start < paragraph.length && paragraph.slice(start).trim() !== '') spans.push({ start, end: paragraph.length });
  return spans;
}

export function sentences(paragraph: string): string[] {
  return sentenceSpans(paragraph).map(({ start, end }) => paragraph.slice(start, end));
}
