/** HTML validity: html-validate's recommended rules find no error on any built page. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../support/html-validate.config.ts';
import { DIST, htmlFiles } from '../support/dist.ts';

const validator = new HtmlValidate(new StaticConfigLoader(config));
const pages = htmlFiles();

describe('html-validate', () => {
  it('catches what it should with this configuration', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><p id="a">x</p><p id="a"><img src="x.png"></p></body></html>',
      'bad.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37']));
  });

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('finds no error in %s', async (file) => {
    const report = await validator.validateFile(join(DIST, file));
    const errors = report.results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
