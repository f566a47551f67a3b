/**
 * Stable ASCII ids from Chinese labels: words by ICU's word segmenter, Chinese
 * words in toneless pinyin (pinyin-pro), Latin words lowercased, kebab-joined:
 * 亚马逊裁掉员工 → yamaxun-caidiao-yuangong. The same label always gives the
 * same id; clashes get -2, -3 … in reading order.
 */
import { pinyin } from 'pinyin-pro';

const MAX_WORDS = 4;
const MAX_LENGTH = 40;
/** Words that carry no meaning in an id. */
const SKIP = new Set(['的', '了', '和', '与', '及', '在', '被', '会', '将', '已', '也', '对', '该', '其', '等', '从', '向', '是']);

function words(label: string): string[] {
  const out: string[] = [];
  let single = '';
  const flush = () => {
    if (single) out.push(single);
    single = '';
  };
  for (const { segment, isWordLike } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(label)) {
    if (!isWordLike || SKIP.has(segment)) {
      flush();
      continue;
    }
    if (/^[\p{Script=Han}]+$/u.test(segment)) {
      const syllables = pinyin(segment, { toneType: 'none', type: 'array', v: true }).join('');
      // Single characters join their neighbours (裁|掉 → caidiao), longer words stand alone.
      if ([...segment].length === 1) single += syllables;
      else {
        flush();
        out.push(syllables);
      }
    } else {
      flush();
      const ascii = segment
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '');
      if (ascii) out.push(ascii);
    }
  }
  flush();
  return out;
}

/** The id a label suggests, before making it unique; `fallback` when the label has no usable word. */
export function idFrom(label: string, fallback: string): string {
  let id = '';
  for (const w of words(label).slice(0, MAX_WORDS)) {
    const next = id ? `${id}-${w}` : w;
    if (next.length > MAX_LENGTH) break;
    id = next;
  }
  return id || fallback;
}

/** Makes each id unique against `taken` (other reports' ids) and earlier ones of the list. */
export function uniqueIds(ids: string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  return ids.map((base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
