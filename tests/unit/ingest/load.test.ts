/** The loader typesets what readers see, and provenance still finds every quote. */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../../src/ingest/load.ts';
import { foldWidth, typeset } from '../../../src/lib/typeset.ts';

const reports = readdirSync('content/reports').filter((f) => f.endsWith('.txt'));
const ASCII_BESIDE_CJK = /[\p{Script=Han}][,:;!?()]|[,:;!?()][\p{Script=Han}]/u;

describe.each(reports)('loading %s', (file) => {
  const path = join('content/reports', file);
  const loaded = loadReport(path);

  it('gives readers Chinese punctuation in the text, the title and every record', () => {
    expect(loaded.text).not.toMatch(ASCII_BESIDE_CJK);
    expect(loaded.parsed.title.text).not.toMatch(ASCII_BESIDE_CJK);
    for (const r of loaded.dataset?.records ?? []) {
      expect(r.quote).not.toMatch(ASCII_BESIDE_CJK);
      expect(r.label).not.toMatch(ASCII_BESIDE_CJK);
      expect(loaded.text).toContain(r.quote);
    }
  });

  it('keeps the words and the line structure of the file', () => {
    const verbatim = readFileSync(path, 'utf8');
    expect(foldWidth(loaded.text)).toBe(foldWidth(verbatim));
    expect(loaded.text.split('\n').length).toBe(verbatim.split('\n').length);
  });
});

describe('provenance under typesetting', () => {
  it('finds a quote whether the editor copied it from the report or from the site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'typeset-'));
    cpSync('content', dir, { recursive: true });
    const [file] = reports;
    const slug = file.replace(/\.txt$/, '');
    const dataFile = join(dir, 'data', `${slug}.json`);
    const data = JSON.parse(readFileSync(dataFile, 'utf8'));
    const withPunctuation = data.records.filter((r: { quote: string }) => /[,:;!?()]/.test(r.quote));
    expect(withPunctuation.length).toBeGreaterThan(0);
    // One quote as the site shows it, the others as the report has them.
    withPunctuation[0].quote = typeset(withPunctuation[0].quote);
    writeFileSync(dataFile, JSON.stringify(data));
    const loaded = loadReport(join(dir, 'reports', file));
    for (const r of loaded.dataset!.records) expect(loaded.text).toContain(r.quote);
    expect(loaded.dataset!.records.find((r) => r.id === withPunctuation[0].id)!.quote).toBe(typeset(withPunctuation[0].quote));
  });
});
