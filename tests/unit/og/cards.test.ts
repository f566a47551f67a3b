import { describe, expect, it } from 'vitest';
import { articleCard, homeCard, seriesCard } from '../../../src/og/cards.ts';

describe('card texts', () => {
  const series = { title: 'AI“拿捏”下的硅谷现状:高调抢人、抢创企,低调裁员潮', publisher: '21世纪经济报道' };

  it('credits the source on every card', () => {
    for (const card of [
      homeCard([series]),
      seriesCard(series, 4),
      articleCard({ title: '人才荒与就业难', series: series.title, order: 1, publisher: series.publisher }),
    ])
      expect(card.footer).toContain('原文：21世纪经济报道');
  });

  it('labels an article with its place in the series, and the lead without repeating its title', () => {
    expect(articleCard({ title: '人才荒与就业难', series: series.title, order: 1, publisher: '21世纪经济报道' }).kicker).toBe(
      `第1篇 · ${series.title}`,
    );
    const lead = articleCard({ title: series.title, series: series.title, order: 0, publisher: '21世纪经济报道' });
    expect(lead.kicker).not.toContain(series.title);
  });
});
