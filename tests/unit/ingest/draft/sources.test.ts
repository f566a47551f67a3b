/** Attribution as the report words it: named sources by name, unnamed ones by the report's hedge. */
import { describe, expect, it } from 'vitest';
import { sourceOf } from '../../../../src/ingest/draft/sources.ts';
import { spanAt, subSentences } from '../../../../src/ingest/draft/clauses.ts';

const sourceAt = (paragraph: string, figure: string) => {
  const at = paragraph.indexOf(figure);
  return sourceOf(paragraph, at, spanAt(subSentences(paragraph), at));
};

describe('sources of drafted figures', () => {
  it('names the source of 据…统计, …显示, …称 and …表示', () => {
    expect(sourceAt('据中国汽车工业协会统计,销量达到300万辆。', '300万')).toEqual({ name: '中国汽车工业协会' });
    expect(sourceAt('薪资数据网站Levels.fyi的数据显示,薪酬中位数接近40万美元。', '40万')).toEqual({ name: 'Levels.fyi' });
    expect(sourceAt('CB insights最新发布的全球独角兽市场地图报告显示,融资推至10亿美元。', '10亿')).toEqual({
      name: 'CB insights',
      detail: '全球独角兽市场地图报告',
    });
    expect(sourceAt('4月10日,微软称将投资29亿美元。', '29亿')).toEqual({ name: '微软' });
    expect(sourceAt('公司负责人在接受记者采访时表示,产能将达到5吉瓦。', '5吉瓦')).toEqual({ name: '公司负责人' });
  });

  it('keeps the hedge of unnamed sources', () => {
    expect(sourceAt('据悉,该项目投资约50亿元。', '50亿')).toEqual({ hedge: '据悉' });
    expect(sourceAt('业内人士估算,成本下降了三成。', '三成')).toEqual({ hedge: '业内人士估算' });
    expect(sourceAt('消息显示,公司将筹集多达50亿美金。', '50亿')).toEqual({ hedge: '消息显示' });
  });

  it('carries 据… to the rest of the paragraph, but …称 only to its sub-sentence', () => {
    expect(sourceAt('据CB Insights数据,投资是收入的60倍以上。而三分之一来自三家公司。', '三分之一')).toEqual({ name: 'CB Insights' });
    expect(sourceAt('微软称将投资29亿美元;两周之前,亚马逊追加投资27.5亿美元。', '27.5亿')).toBeUndefined();
  });

  it('reads …告诉记者 and …对记者表示, and 他预计 as the person named before', () => {
    expect(sourceAt('一位参与过多次集中采购的人士告诉记者,均价同比下降了约三成。', '三成')).toEqual({ name: '一位参与过多次集中采购的人士' });
    expect(sourceAt('一位电池企业高管对记者表示,产能将达到5吉瓦。', '5吉瓦')).toEqual({ name: '一位电池企业高管' });
    expect(sourceAt('一位券商分析师认为,企业才能穿越周期。他预计,装机规模有望超过300吉瓦。', '300吉瓦')).toEqual({ name: '一位券商分析师' });
  });

  it('keeps 据不完全统计 as a hedge, and takes neither news nor a measure for a source', () => {
    expect(sourceAt('据不完全统计,今年以来已有超过50家企业宣布停产。', '50家')).toEqual({ hedge: '据不完全统计' });
    expect(sourceAt('据国家统计局数据,销售面积为7151万平方米。', '7151万')).toEqual({ name: '国家统计局' });
    expect(sourceAt('联赛今年的赞助收入预计达到12亿元。', '12亿')).toBeUndefined();
  });

  it('does not take naming (被称为, 号称) for attribution', () => {
    expect(sourceAt('这家公司被称为行业龙头,营收达到30亿元。', '30亿')).toBeUndefined();
  });
});
