import { describe, expect, it } from 'vitest';
import { datasetSchemaFor } from '../../../src/schemas/dataset.ts';

const REPORT = '标题\n4月10日,微软称将投资29亿美元。亚马逊已裁掉超2.7万名员工。\n谷歌今年初宣布,裁员将持续一整年。\n模型GPT-4很强。';

const base = () => ({
  report: 'demo',
  tags: { investment: '投资', layoff: '裁员' },
  records: [
    {
      id: 'msft',
      tags: ['investment'],
      label: '微软投资',
      entities: { investor: '微软' },
      value: { unit: 'USD', amount: 2_900_000_000 },
      date: { value: '2024-04-10', precision: 'day', relative: { text: '4月10日' } },
      quote: '4月10日,微软称将投资29亿美元',
    },
    {
      id: 'amzn',
      tags: ['layoff'],
      label: '亚马逊裁员',
      entities: { company: '亚马逊' },
      value: { unit: 'people', amount: 27_000, qualifier: '超' },
      date: { missing: '累计数' },
      quote: '亚马逊已裁掉超2.7万名员工',
    },
    {
      id: 'goog',
      tags: ['layoff'],
      label: '谷歌裁员',
      entities: { company: '谷歌' },
      value: { unit: 'people', amount: null, missing: '没有人数' },
      date: { value: '2024', precision: 'year', relative: { text: '今年初' } },
      quote: '谷歌今年初宣布,裁员将持续一整年',
    },
  ],
  notFigures: [{ text: 'GPT-4', reason: '模型名称' }],
});

function problems(mutate: (d: ReturnType<typeof base>) => void = () => {}, report = REPORT) {
  const d = base();
  mutate(d);
  const r = datasetSchemaFor(report).safeParse(d);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('dataset validation against the report', () => {
  it('accepts a dataset whose quotes and numbers agree with the report', () => {
    expect(problems()).toEqual([]);
  });

  it('refuses a quote that is not in the report and says how to fix it', () => {
    const p = problems((d) => (d.records[0].quote = '4月10日,微软称将投资28亿美元'));
    expect(p[0]).toMatch(/^records\.0\.quote: the quote is not in the report\. Copy the words exactly/);
    // …and the report's figure it was meant to cover is now uncovered.
    expect(p).toContainEqual(expect.stringMatching(/figure "29亿美元" \(line 2/));
  });

  it('spots half-width punctuation as the reason a quote is not found', () => {
    const p = problems((d) => (d.records[2].quote = '谷歌今年初宣布，裁员将持续一整年'));
    expect(p[0]).toMatch(/punctuation width/);
  });

  it('refuses a value that disagrees with the number in the quote', () => {
    const p = problems((d) => (d.records[0].value.amount = 2_800_000_000));
    expect(p).toEqual([
      expect.stringMatching(
        /^records\.0\.value\.amount: the quote does not say the figure 28亿美元 .*it gives "29亿美元" \(\{"unit": "USD", "amount": 2900000000\}\)/,
      ),
    ]);
  });

  it('refuses a unit that disagrees with the quote', () => {
    const p = problems((d) => (d.records[0].value.unit = 'CNY'));
    expect(p[0]).toMatch(/^records\.0\.value\.amount:/);
  });

  it('insists on the qualifier the report uses', () => {
    expect(problems((d) => delete (d.records[1].value as { qualifier?: string }).qualifier)).toEqual([
      expect.stringMatching(/records\.1\.value\.qualifier: the report words it "超2\.7万名": set "qualifier": "超"/),
    ]);
    expect(problems((d) => (d.records[1].value.qualifier = '约'))[0]).toMatch(/set "qualifier": "超"/);
  });

  it('never accepts zero for a figure the report does not give', () => {
    const p = problems((d) => {
      d.records[2].value = { unit: 'people', amount: 0 } as never;
    });
    expect(p[0]).toMatch(/^records\.2\.value\.amount: the quote does not say the figure 0人/);
    const both = problems((d) => {
      d.records[2].value = { unit: 'people', amount: 5, missing: 'x' } as never;
    });
    expect(both[0]).toMatch(/give exactly one of/);
  });

  it('checks dates against their precision and the quote’s sentence', () => {
    expect(problems((d) => (d.records[0].date = { value: '2024-04', precision: 'day' } as never))[0]).toMatch(
      /records\.0\.date\.value: "2024-04" is not a valid day/,
    );
    expect(problems((d) => (d.records[2].date = { value: '2023', precision: 'year' } as never))[0]).toMatch(
      /the year 2023 is not in the quote's sentence; .*relative/,
    );
    expect(problems((d) => (d.records[2].date.relative = { text: '上个月' }))[0]).toMatch(/relative date "上个月" is not in the quote's sentence/);
  });

  it('checks that names come from the report', () => {
    expect(problems((d) => (d.records[0].entities.investor = 'Microsoft'))[0]).toMatch(/entities\.investor: "Microsoft" is not in the report/);
  });

  it('refuses duplicate ids and dangling partOf', () => {
    expect(problems((d) => (d.records[1].id = 'msft'))).toContainEqual(expect.stringMatching(/records\.1\.id: the id "msft" is used twice/));
    expect(problems((d) => ((d.records[0] as { partOf?: string }).partOf = 'nope'))[0]).toMatch(/partOf: "nope" is not the id/);
  });

  it('finds figures of the report no record covers', () => {
    const p = problems((d) => d.records.splice(1, 1));
    expect(p).toEqual([
      expect.stringMatching(
        /^records: the report's figure "超2\.7万名" \(line 2: .*add a record with "value": \{"unit": "people", "amount": 27000, "qualifier": "超"\} and a "quote" that holds "超2\.7万名", or list it in "notFigures"/,
      ),
    ]);
    expect(problems((d) => (d.notFigures = []))[0]).toMatch(/figure "4" \(line 4/);
  });

  it('refuses a quote that occurs twice', () => {
    const p = problems((d) => (d.records[0].quote = '微软'), REPORT + '\n微软又来了。');
    expect(p).toContainEqual(expect.stringMatching(/the quote occurs 2 times/));
  });
});
