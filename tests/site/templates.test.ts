/**
 * Every page template in src/pages built at least one page, so the gates that
 * pick one page per template (Lighthouse) find it; a template that builds
 * nothing fails here instead of being skipped there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ROUTE, templates } from '../support/templates.ts';
import { htmlFiles } from '../support/dist.ts';

describe('page templates', () => {
  const list = templates();

  it('include the home page, the 404 page and article pages', () => {
    expect(list.map((t) => t.route)).toEqual(expect.arrayContaining(['index.astro', '404.astro', ARTICLE_ROUTE]));
  });

  it.each(list.map((t) => [t.route, t] as const))('%s built at least one page', (_route, t) => {
    expect(t.pages.length, `${t.route} exists in src/pages but no page in dist/ comes from it`).toBeGreaterThan(0);
  });

  it('account for every built page (except HTML copied from public/), in both editions', () => {
    const claimed = list.flatMap((t) => t.pages.flatMap((p) => [p, `zh-hant/${p}`]));
    const unclaimed = htmlFiles().filter((p) => !claimed.includes(p) && !existsSync(join('public', p)));
    expect(unclaimed, 'pages no route in src/pages explains: see routePattern() in tests/support/templates.ts').toEqual([]);
  });
});
