/** One article's tree: the generated notice, paragraphs with cited sentences as <Cite>, charts after their paragraph. */
import { describe, expect, it } from 'vitest';
import { GENERATED_NOTICE, articleTree } from '../../../src/ingest/to-mdast.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';

const data = { title: '标题', series: '系列', report: 'r', order: 1, slug: 's' } as unknown as ArticleData;
const paragraphs = [
  { text: '微软称将投资29亿美元。其他句子。', line: 3 },
  { text: '亚马逊已裁掉超2.7万名员工。', line: 5 },
];
const records = [
  { id: 'msft', quote: '微软称将投资29亿美元' },
  { id: 'amzn', quote: '亚马逊已裁掉超2.7万名员工' },
];

describe('articleTree', () => {
  const tree = articleTree({ data, paragraphs, records, chartsAfterLine: new Map([[3, ['c1', 'c2']]]) });

  it('starts with front matter that says the file is generated and holds the article data', () => {
    const [yaml] = tree.children;
    expect(yaml.type).toBe('yaml');
    const value = (yaml as { value: string }).value;
    expect(value.split('\n')[0]).toBe(`# ${GENERATED_NOTICE}`);
    expect(value).toContain('title: "标题"');
  });

  it('wraps each cited sentence in <Cite> with its anchor and records, and keeps the rest as text', () => {
    const first = tree.children[1] as { type: string; children: { type: string; name?: string; attributes?: { name: string; value: string }[] }[] };
    expect(first.type).toBe('paragraph');
    const cite = first.children.find((c) => c.name === 'Cite')!;
    expect(Object.fromEntries(cite.attributes!.map((a) => [a.name, a.value]))).toEqual({ id: 'src-msft', records: 'msft' });
    expect(first.children.at(-1)).toMatchObject({ type: 'text' });
  });

  it('places charts after the paragraph of their line, in order', () => {
    const kinds = tree.children.slice(1).map((c) => ('name' in c && c.name ? `${c.name}` : c.type));
    expect(kinds).toEqual(['paragraph', 'Chart', 'Chart', 'p']);
    const ids = tree.children
      .filter((c) => 'name' in c && c.name === 'Chart')
      .map((c) => (c as { attributes: { value: string }[] }).attributes[0].value);
    expect(ids).toEqual(['c1', 'c2']);
  });

  it('keeps a paragraph that is only a citation a paragraph, in an explicit <p>', () => {
    const last = tree.children.at(-1) as { name: string; children: { type: string }[] };
    expect(last.name).toBe('p');
    expect(last.children[0].type).toBe('paragraph');
  });
});
