import { describe, expect, it } from 'vitest';
import { coverAll, excerptAround, marks, parseQuery, pickHits, plainText } from '../../../src/lib/search-match.ts';

const page = (content: string) => ({ content });

describe('parseQuery', () => {
  it('keeps the typed parts and the words the browser segments them into', () => {
    expect(parseQuery('  亚马逊裁员 ')).toEqual({ parts: ['亚马逊裁员'], words: ['亚马逊', '裁员'] });
    expect(parseQuery('微软  OpenAI')).toEqual({ parts: ['微软', 'OpenAI'], words: ['微软', 'OpenAI'] });
    expect(parseQuery('“卷王”').words).toEqual(['卷', '王']);
    expect(parseQuery('   ').parts).toEqual([]);
  });
});

describe('pickHits', () => {
  const pages = [page('亚马逊已裁掉超2.7万名员工'), page('微软裁员1万人；亚马逊投资Anthropic'), page('英国的伟大发明')];

  it('keeps pages that contain the query as typed, in the given order', () => {
    const r = pickHits(pages, parseQuery('亚马逊'));
    expect(r).toEqual({ hits: [pages[0], pages[1]], exact: true, needles: ['亚马逊'] });
  });

  it('needs every space-separated part, anywhere on the page', () => {
    expect(pickHits(pages, parseQuery('裁员 Anthropic')).hits).toEqual([pages[1]]);
  });

  it('falls back to the words of a query no page contains whole', () => {
    const r = pickHits(pages, parseQuery('亚马逊裁员'));
    expect(r.exact).toBe(false);
    expect(r.hits).toEqual([pages[1]]);
    expect(r.needles).toEqual(['亚马逊', '裁员']);
  });

  it('drops pages that only share characters with the query', () => {
    expect(pickHits(pages, parseQuery('英伟达')).hits).toEqual([]);
  });

  it('ignores case and full-width forms', () => {
    expect(pickHits([page('OpenAI的薪酬')], parseQuery('ＯＰＥＮＡＩ')).hits).toHaveLength(1);
  });
});

describe('marks', () => {
  it('marks every occurrence, longest needle first, keeping the original text', () => {
    expect(marks('OpenAI和openai', ['OpenAI'])).toEqual([
      { text: 'OpenAI', mark: true },
      { text: '和', mark: false },
      { text: 'openai', mark: true },
    ]);
    expect(marks('薪酬中位数', ['中位', '薪酬中位数'])).toEqual([{ text: '薪酬中位数', mark: true }]);
    expect(marks('无关', ['裁员'])).toEqual([{ text: '无关', mark: false }]);
  });
});

describe('excerptAround', () => {
  it('shows the first match with some context and says where it cut', () => {
    const text = `${'前'.repeat(100)}裁员${'后'.repeat(100)}`;
    const e = excerptAround(text, ['裁员'], 10);
    expect(e).toMatch(/^…前{10}裁员后+…$/);
  });

  it('starts at the beginning when the match is near it', () => {
    expect(excerptAround('裁员潮', ['裁员'])).toBe('裁员潮');
  });
});

describe('coverAll', () => {
  it('adds a window for each word the excerpt lacks', () => {
    const text = `亚马逊投资Anthropic。${'中'.repeat(50)}亚马逊裁员2.7万人。`;
    expect(coverAll('亚马逊投资', text, ['亚马逊', '裁员'])).toMatch(/^亚马逊投资 …中+亚马逊裁员2\.7万人。$/);
    expect(coverAll('亚马逊投资', text, ['亚马逊'])).toBe('亚马逊投资');
    expect(coverAll('亚马逊投资', text, ['英伟达'])).toBe('亚马逊投资');
  });
});

describe('plainText', () => {
  it('removes Pagefind’s word separators and unescapes its brackets', () => {
    expect(plainText('亚马逊\u200B裁员 &lt;b&gt;')).toBe('亚马逊裁员 <b>');
  });

  it('shows the joins between blocks as a middle dot, leaving decimals and names alone', () => {
    expect(plainText('要点. 亚马逊裁员超2.7万人. Levels.fyi')).toBe('要点 · 亚马逊裁员超2.7万人 · Levels.fyi');
    expect(plainText('…27.5亿美元.…')).toBe('…27.5亿美元…');
    expect(plainText('约40亿美元.')).toBe('约40亿美元');
  });
});
