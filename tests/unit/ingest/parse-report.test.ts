import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReport, looksLikeHeading, parseReport } from '../../../src/ingest/parse-report.ts';

const SEED = readFileSync('content/reports/ai-talent-war-2024-04.txt', 'utf8');

describe('parseReport on the seed', () => {
  const parsed = parseReport(SEED, 'seed.txt');

  it('takes the first line as the title', () => {
    expect(parsed.title.text).toBe('AI“拿捏”下的硅谷现状:高调抢人、抢创企,低调裁员潮');
  });

  it('finds the lead and the three subheadings by rule', () => {
    expect(parsed.sections.map((s) => s.heading?.text ?? null)).toEqual([null, '人才荒与就业难', '巨头加码AI创企', '暗流涌动的竞与合']);
    expect(parsed.sections[0].paragraphs[0].text.startsWith('“这场AI人才大战')).toBe(true);
  });

  it('keeps every other line as a paragraph, in order', () => {
    const lines = SEED.split('\n').filter((l) => l.trim());
    const seen = [parsed.title.text, ...parsed.sections.flatMap((s) => [s.heading?.text, ...s.paragraphs.map((p) => p.text)])].filter(Boolean);
    expect(seen).toEqual(lines);
  });
});

describe('looksLikeHeading', () => {
  it('accepts short lines of words', () => {
    expect(looksLikeHeading('人才荒与就业难')).toBe(true);
    expect(looksLikeHeading('巨头加码AI创企')).toBe(true);
    expect(looksLikeHeading('第一节 标题')).toBe(true);
  });
  it('refuses sentences, markup and long lines', () => {
    expect(looksLikeHeading('亚马逊并非唯一一家瞄准Anthropic的巨头。')).toBe(false);
    expect(looksLikeHeading('但硅谷的就业市场,是残酷的冰火两重天')).toBe(false);
    expect(looksLikeHeading('- 也不是列表')).toBe(false);
    expect(looksLikeHeading('---')).toBe(false);
    expect(looksLikeHeading('import x from y')).toBe(true); // words only: a heading by rule; the serializer keeps it text
    expect(looksLikeHeading('import{a}from"b"')).toBe(false);
    expect(looksLikeHeading('一'.repeat(25))).toBe(false);
  });
});

describe('parseReport edge cases', () => {
  it('strips a BOM, handles CRLF and keeps full-width spaces and emoji', () => {
    const r = parseReport('\uFEFF标题\r\n第一段　有全角空格🚀。\r\n\r\n小节\r\n正文。\r\n', 'x.txt');
    expect(r.title.text).toBe('标题');
    expect(r.sections[0].paragraphs[0].text).toBe('第一段　有全角空格🚀。');
    expect(r.sections[1].heading?.text).toBe('小节');
  });

  it('treats a heading-like last line as a paragraph, so nothing is lost', () => {
    const r = parseReport('标题\n正文。\n结尾没有句号', 'x.txt');
    expect(r.sections).toHaveLength(1);
    expect(r.sections[0].paragraphs.map((p) => p.text)).toEqual(['正文。', '结尾没有句号']);
  });

  it('keeps a very long line whole', () => {
    const long = '字'.repeat(20_000) + '。';
    expect(parseReport(`标题\n${long}`, 'x.txt').sections[0].paragraphs[0].text).toBe(long);
  });

  it('has no lead when the body starts with a subheading', () => {
    const r = parseReport('标题\n小节\n正文。', 'x.txt');
    expect(r.sections).toHaveLength(1);
    expect(r.sections[0].heading?.text).toBe('小节');
  });

  it('refuses an empty report and a title without body, naming the file and the fix', () => {
    expect(() => parseReport('', 'a.txt')).toThrow(/^a\.txt: the file is empty\. Fix: /);
    expect(() => parseReport(' \n\u3000\n', 'a.txt')).toThrow(/the file is empty/);
    expect(() => parseReport('只有标题\n\n', 'a.txt')).toThrow(/^a\.txt:1: the report has a title but no body\. Fix: /);
  });
});

describe('decodeReport', () => {
  it('refuses text that is not UTF-8 and binary data', () => {
    expect(() => decodeReport(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), 'gbk.txt')).toThrow(/^gbk\.txt: the file is not UTF-8 text/);
    expect(() => decodeReport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), 'zip.txt')).toThrow(/control character/);
    expect(decodeReport(new TextEncoder().encode('中文'), 'ok.txt')).toBe('中文');
  });
});

describe('invisible and look-alike characters (one rule: ignored for structure, trimmed at line edges, kept inside)', () => {
  const ZW = '\u200B';
  const body = '这是一段足够长的正文，说明了事情的来龙去脉。';

  it('keeps a subheading wrapped in zero width spaces a subheading, and says what it removed', () => {
    const p = parseReport(`标题\n${body}\n${ZW}投资${ZW}\n${body}`, 'r.txt');
    expect(p.sections.map((s) => s.heading?.text ?? null)).toEqual([null, '投资']);
    expect(p.normalised).toEqual([
      { line: 3, column: 1, char: ZW, action: 'removed' },
      { line: 3, column: 4, char: ZW, action: 'removed' },
    ]);
  });

  it('treats a line of only invisible or look-alike characters as blank', () => {
    for (const blank of [ZW, '\u200C\u200D', '\u2060', '\uFEFF', '\u00A0\u00A0', '\u3000', `${ZW}\u3000 \t`]) {
      const p = parseReport(`标题\n${body}\n${blank}\n小标题\n${body}`, 'r.txt');
      expect(
        p.sections.flatMap((s) => s.paragraphs.map((x) => x.text)),
        JSON.stringify(blank),
      ).toEqual([body, body]);
      expect(p.sections[1].heading?.text).toBe('小标题');
    }
  });

  it('finds a subheading through invisible characters and no-break spaces inside it, and keeps them in the text', () => {
    for (const h of [`投${ZW}资`, `人工\u2060智能`, `第一节\u00A0标题`, `投\uFEFF资`]) {
      const p = parseReport(`标题\n${body}\n${h}\n${body}`, 'r.txt');
      expect(p.sections[1]?.heading?.text, JSON.stringify(h)).toBe(h);
      expect(p.normalised.every((n) => n.action === 'ignored' && n.line === 3)).toBe(true);
      expect(p.normalised.length).toBe(1);
    }
  });

  it('keeps joiners inside paragraphs (emoji) and trims ideographic indents', () => {
    const p = parseReport(`标题\n\u3000\u3000表情 👩\u200D💻 在中间。${body}\n`, 'r.txt');
    expect(p.sections[0].paragraphs[0].text).toBe(`表情 👩\u200D💻 在中间。${body}`);
    expect(p.normalised).toEqual([
      { line: 2, column: 1, char: '\u3000', action: 'removed' },
      { line: 2, column: 2, char: '\u3000', action: 'removed' },
    ]);
  });

  it('an empty-looking report is empty', () => {
    expect(() => parseReport(`${ZW}\n\u3000\n`, 'r.txt')).toThrow(/empty/);
  });
});
