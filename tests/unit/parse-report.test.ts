import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReport, looksLikeHeading, parseReport } from '../../src/ingest/parse-report.ts';

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
