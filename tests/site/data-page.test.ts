/**
 * The data page and its downloads, as a reader and a re-user meet them: the
 * whole dataset without JavaScript, sorting by value and date (mouse and
 * keyboard), chart filters, quote links landing on the highlighted sentence,
 * no sideways scrolling on a phone, and downloads that read back into the
 * dataset and validate against the published JSON Schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import Ajv2020 from 'ajv/dist/2020.js';
import { csvParse } from 'd3-dsv';
import { useSite } from '../support/site.ts';
import { DIST, dom } from '../support/dist.ts';
import { parseDataCsv } from '../support/csv-records.ts';
import { visible } from '../support/report-lines.ts';
import { interval } from '../../src/lib/dates.ts';
import { family, toBase, UNIT_IDS } from '../../src/lib/units.ts';
import { RECORD_KINDS, recordKind } from '../../src/lib/record-kind.ts';
import type { DataRecord } from '../../src/schemas/record.ts';
import { loadReport } from '../../src/ingest/load.ts';
import { isEditorChecked } from '../../src/lib/draft-mark.ts';
import { loadSiteConfig } from '../../src/site/config.ts';

const SLUG = 'ai-talent-war-2024-04';
// The dataset as the site publishes it: validated and typeset by ingest (the editor's file may use ASCII punctuation).
const content = loadReport(`content/reports/${SLUG}.txt`).dataset!;
const records: DataRecord[] = content.records;
const charts: { id: string; records: string[] }[] = JSON.parse(readFileSync(`content/charts/${SLUG}.json`, 'utf8')).charts;
const changelog = JSON.parse(readFileSync(`content/changelog/${SLUG}.json`, 'utf8'));
const tagIds = Object.keys(content.tags ?? {});
/** A record's table: its first declared topic tag, else its derived kind. */
const groupOf = (r: DataRecord) => tagIds.find((id) => r.tags?.includes(id)) ?? recordKind(r);
const ofKind = (group: string) => records.filter((r) => groupOf(r) === group);
/** Dataset order within each group, tags in the dataset's order then kinds in their fixed order: the page without sorting. */
const pageOrder = [...tagIds, ...RECORD_KINDS].flatMap((k) => ofKind(k).map((r) => r.id));
/** This dataset's part of the page (the page holds every report's dataset). */
const DATASET = `section[aria-labelledby="dataset-${SLUG}"]`;

const site = useSite();
const errors = site.errors;
const open = (path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> =>
  site.open(path, { javaScriptEnabled: options.javaScriptEnabled, viewport: { width: options.width ?? 1280, height: 900 } });

/** Where the page's chart list sends readers for a filtered view. */
const chartIndexLinks = () => [...dom('data/index.html').querySelectorAll('.chart-index a')].map((a) => a.getAttribute('href')!);

/** Ids of the visible rows of one group's table, top to bottom. */
const rowIds = (page: Page, kind: string) =>
  page.$$eval(`#${SLUG}-${kind} ~ .table-wrap tbody tr`, (trs) =>
    trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.id.replace(/^rec-/, '')),
  );
const header = (page: Page, kind: string, key: 'value' | 'date') => page.locator(`#${SLUG}-${kind} ~ .table-wrap th[data-sort="${key}"]`);

/** Expected orders, computed here from the dataset rather than taken from the page's script. */
function byValue(kind: string, dir: 1 | -1): string[] {
  const known = ofKind(kind).filter((r) => r.value && r.value.amount !== null);
  const rest = ofKind(kind).filter((r) => !known.includes(r));
  // Figures compare within their unit family (USD with USD, percent with percent), families in registry order.
  const unit = (r: DataRecord) => UNIT_IDS.findIndex((id) => family(id) === family(r.value!.unit));
  const base = (r: DataRecord) => toBase(r.value!.amount!, r.value!.unit);
  known.sort((a, b) => unit(a) - unit(b) || dir * (base(a) - base(b)));
  return [...known, ...rest].map((r) => r.id);
}
function byDate(kind: string, dir: 1 | -1): string[] {
  const span = (r: DataRecord) => interval({ value: r.date.value!, precision: r.date.precision!, part: r.date.part }).map((d) => d.getTime());
  const dated = ofKind(kind).filter((r) => r.date.value);
  const rest = ofKind(kind).filter((r) => !r.date.value);
  dated.sort((a, b) => dir * (span(a)[0] - span(b)[0]) || dir * (span(a)[1] - span(b)[1]));
  return [...dated, ...rest].map((r) => r.id);
}

describe('the data page without JavaScript', () => {
  it('holds every record, grouped by topic tag then kind, in the dataset’s order', async () => {
    const page = await open('data/', { javaScriptEnabled: false });
    const ids = await page.$$eval(`${DATASET} tr[id^="rec-"]`, (trs) => trs.map((tr) => tr.id.replace(/^rec-/, '')));
    expect(ids).toEqual(pageOrder);
    expect(new Set(ids).size).toBe(records.length);
    // The group's name: the heading's own text (phrase breaks may split it), without its count and anchor.
    expect(
      await page.$$eval(`${DATASET} .record-group h3`, (hs) =>
        hs.map((h) =>
          [...h.childNodes]
            .filter((n) => n.nodeType === 3)
            .map((n) => n.textContent)
            .join('')
            .trim(),
        ),
      ),
    ).toEqual(['投资', '薪酬', '裁员', '市场数字', '事件']);
    expect(await page.locator('th[data-sort] button').count(), 'no sort buttons without the script').toBe(0);
    expect(await page.locator(`${DATASET} .sort-hint`).isVisible()).toBe(false);
    await page.context().close();
  });

  it('reads missing values as 未披露 with the reason, never as 0', async () => {
    const page = await open('data/', { javaScriptEnabled: false });
    const missing = records.filter((r) => r.value?.missing);
    expect(missing.length).toBeGreaterThan(0);
    for (const r of missing) {
      const cell = page.locator(`#rec-${r.id} td.value`);
      expect(await cell.locator('strong').textContent()).toBe('未披露');
      expect(visible((await cell.textContent())!)).toContain(r.value!.missing);
    }
    const figures = await page.$$eval(`${DATASET} td.value strong`, (ss) => ss.map((s) => s.textContent!));
    expect(figures.length).toBe(records.filter((r) => r.value !== null || r.change !== undefined).length);
    for (const f of figures) expect(f, 'no figure reads 0').not.toMatch(/^\D*0(\D|$)/);
    await page.context().close();
  });

  it('tells readers which records an editor has checked: a 待核 mark on each unchecked draft, and a count', async () => {
    const page = await open('data/', { javaScriptEnabled: false });
    const unchecked = records.filter((r) => !isEditorChecked(r)).map((r) => r.id);
    const marked = await page.$$eval('tr:has(.draft-mark)', (trs) => trs.map((tr) => tr.id.replace(/^rec-/, '')));
    expect(marked.sort()).toEqual([...unchecked].sort());
    const note = visible((await page.locator(`section[aria-labelledby="dataset-${SLUG}"] > .checked`).textContent())!);
    expect(note).toContain(unchecked.length ? `其中${unchecked.length}条` : '每条记录都经编辑');
    await page.context().close();
  });

  it('words each figure as the report does and keeps the date’s precision visible', async () => {
    const page = await open('data/', { javaScriptEnabled: false });
    const text = async (id: string, cell: string) => visible((await page.locator(`#rec-${id} td.${cell}`).textContent())!);
    // The figure in the quote's own words (名, 两, 美金), not re-typeset.
    expect(await text('amazon-layoffs', 'value')).toContain('超2.7万名');
    expect(await text('talent-offer-window', 'value')).toContain('两周之内');
    expect(await text('alphabet-anthropic', 'value')).toContain('近4亿美金');
    expect(await text('ml-ai-engineer-median-pay', 'value')).toMatch(/接近40万美元.*约合人民币290万元/);
    expect(await text('deepmind-stock-grants', 'value')).toMatch(/数十万到几百万美元.*模糊数值/);
    expect(await text('msft-japan-cloud-ai', 'date')).toMatch(/2024年4月10日\s*精确到日/);
    expect(await text('google-essential-ai', 'date')).toMatch(/2023年第四季度\s*精确到季度/);
    expect(await text('msft-openai-cumulative', 'date')).toMatch(/截至\s*2023年12月/);
    expect(await text('amazon-layoffs', 'date')).toMatch(/未注明时间\s*累计数字/);
    expect(await page.locator('#rec-msft-japan-cloud-ai time').getAttribute('datetime')).toBe('2024-04-10');
    await page.context().close();
  });

  it('shows every row on a chart’s filtered address too', async () => {
    const page = await open('data/?chart=engineer-pay', { javaScriptEnabled: false });
    expect(await page.locator(`${DATASET} tr[id^="rec-"]:visible`).count()).toBe(records.length);
    expect(await page.locator('tr[id^="rec-"]:visible').count()).toBe(await page.locator('tr[id^="rec-"]').count());
    expect(await page.locator('[data-chart-notice]:visible').count()).toBe(0);
    await page.context().close();
  });
});

describe('sorting', () => {
  it('sorts by value, largest first then smallest first, unknown values last; aria-sort follows', async () => {
    const page = await open('data/');
    const value = header(page, 'investment', 'value');
    const date = header(page, 'investment', 'date');
    expect(await value.getAttribute('aria-sort')).toBeNull();
    await value.locator('button').click();
    expect(await value.getAttribute('aria-sort')).toBe('descending');
    expect(await rowIds(page, 'investment')).toEqual(byValue('investment', -1));
    expect((await rowIds(page, 'investment'))[0]).toBe('msft-openai-cumulative');
    await value.locator('button').click();
    expect(await value.getAttribute('aria-sort')).toBe('ascending');
    expect(await rowIds(page, 'investment')).toEqual(byValue('investment', 1));
    expect((await rowIds(page, 'investment')).slice(-3), 'undisclosed amounts last, in dataset order').toEqual([
      'google-essential-ai',
      'google-character-ai',
      'msft-mistral',
    ]);
    expect(await date.getAttribute('aria-sort')).toBeNull();
    // Other groups keep their own order.
    expect(await rowIds(page, 'layoff')).toEqual(ofKind('layoff').map((r) => r.id));
    expect(await page.locator('#sort-status').textContent()).toBe('按数值从小到大排列');
    await page.context().close();
  });

  it('puts missing and vague values last in both directions', async () => {
    const page = await open('data/');
    const value = header(page, 'layoff', 'value');
    for (const expected of ['descending', 'ascending']) {
      await value.locator('button').click();
      expect(await value.getAttribute('aria-sort')).toBe(expected);
      const ids = await rowIds(page, 'layoff');
      expect(ids.slice(-3).sort()).toEqual(['amazon-smgs-cuts', 'google-layoffs-2024', 'msft-layoffs-2024']);
    }
    await page.context().close();
  });

  it('sorts by date, earliest first then latest first, by the start of each interval; precision stays', async () => {
    const page = await open('data/');
    const date = header(page, 'investment', 'date');
    await date.locator('button').click();
    expect(await date.getAttribute('aria-sort')).toBe('ascending');
    const asc = await rowIds(page, 'investment');
    expect(asc).toEqual(byDate('investment', 1));
    expect(asc[0]).toBe('msft-openai-first');
    await date.locator('button').click();
    expect(await date.getAttribute('aria-sort')).toBe('descending');
    const desc = await rowIds(page, 'investment');
    expect(desc).toEqual(byDate('investment', -1));
    expect(desc[0]).toBe('msft-japan-cloud-ai');
    expect(await header(page, 'investment', 'value').getAttribute('aria-sort')).toBeNull();
    const dated = ofKind('investment').filter((r) => r.date.value).length;
    expect(await page.locator(`#${SLUG}-investment ~ .table-wrap td.date .precision`).count()).toBe(dated);
    await page.context().close();
  });

  it('works from the keyboard: Tab reaches the sort buttons, Enter and Space sort', async () => {
    const page = await open('data/');
    await page.locator(`#${SLUG}-event ~ .table-wrap thead`).scrollIntoViewIfNeeded();
    // Start from the last link before the events table and tab forward.
    await page.locator(`#${SLUG}-market ~ .table-wrap tbody tr:last-child a`).last().focus();
    const focused = () => page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.closest('th')?.dataset.sort]);
    // Past the events heading's own link, the next stop is the first sort button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('heading-anchor'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual(['BUTTON', 'date']);
    const date = header(page, 'event', 'date');
    await page.keyboard.press('Enter');
    expect(await date.getAttribute('aria-sort')).toBe('ascending');
    expect(await rowIds(page, 'event')).toEqual(byDate('event', 1));
    await page.keyboard.press('Space');
    expect(await date.getAttribute('aria-sort')).toBe('descending');
    expect(await rowIds(page, 'event')).toEqual(byDate('event', -1));
    expect(await focused(), 'focus stays on the button').toEqual(['BUTTON', 'date']);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.context().close();
  });
});

describe('links', () => {
  it('land on each quote’s sentence in its article, highlighted', async () => {
    const page = await open('data/');
    const links = await page.$$eval(`${DATASET} tr[id^="rec-"] td.quote a`, (as) =>
      as.map((a) => ({ id: a.closest('tr')!.id.slice(4), href: a.getAttribute('href')! })),
    );
    expect(links.length).toBe(records.length);
    const probe = await open('data/');
    for (const { id, href } of links) {
      expect(href).toMatch(new RegExp(`^/${SLUG}/[a-z-]+/#src-[a-z0-9-]+$`));
      await probe.goto(site.url + href.slice(1));
      const target = await probe.evaluate(() => {
        const t = document.querySelector(':target') as HTMLElement | null;
        const mark = document.createElement('span');
        mark.style.background = 'var(--mark-bg)';
        document.body.append(mark);
        const expected = getComputedStyle(mark).backgroundColor;
        mark.remove();
        return t && { id: t.id, cls: t.className, text: t.textContent, bg: getComputedStyle(t).backgroundColor, expected };
      });
      expect(target, `${href} has a target`).not.toBeNull();
      expect(`#${target!.id}`).toBe(new URL(href, site.url).hash);
      expect(target!.cls).toContain('cite');
      expect(target!.bg, `${id}: highlighted`).toBe(target!.expected);
      expect(target!.bg).not.toBe('rgba(0, 0, 0, 0)');
      expect(visible(target!.text!), `${id}: the sentence holds the quote`).toContain(visible(records.find((r) => r.id === id)!.quote));
    }
    await probe.context().close();
    await page.context().close();
  });

  it('anchor each row as #rec-<id>, highlighted when linked', async () => {
    const page = await open('data/#rec-msft-layoffs-2023');
    const [bg, plain] = await page.evaluate(() => [
      getComputedStyle(document.querySelector(':target')!).backgroundColor,
      getComputedStyle(document.querySelector('#rec-amazon-layoffs')!).backgroundColor,
    ]);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('rec-msft-layoffs-2023');
    expect(bg).not.toBe(plain);
    await page.context().close();
  });

  it('show one chart’s records on /data/?chart=<id>, with a way back to all', async () => {
    const index = chartIndexLinks();
    for (const chart of charts) {
      const address = `data/?chart=${chart.id}#filter-${chart.id}`;
      expect(index, 'the page links to each chart’s filtered view').toContain(`/${address}`);
      const page = await open(address);
      const shown = await page.$$eval('tr[id^="rec-"]', (trs) => trs.filter((tr) => tr.checkVisibility()).map((tr) => tr.id.slice(4)));
      expect(shown.sort(), chart.id).toEqual([...chart.records].sort());
      const notice = page.locator(`[data-chart-notice="${chart.id}"]`);
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain(`${chart.records.length}条记录`);
      const box = (await notice.boundingBox())!;
      expect(box.y, 'scrolled to the notice').toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(900 - box.height);
      if (chart.id === 'engineer-pay') {
        await notice.locator('a').click();
        await page.waitForURL(/\/data\/$/);
        expect(await page.locator('tr[id^="rec-"]:visible').count()).toBe(await page.locator('tr[id^="rec-"]').count());
        expect(await page.locator(`${DATASET} tr[id^="rec-"]:visible`).count()).toBe(records.length);
      }
      await page.context().close();
    }
  });

  it('reach the data page from the masthead of every page', async () => {
    for (const path of ['', `${SLUG}/`, 'data/']) {
      const page = await open(path, { javaScriptEnabled: false });
      const link = page.locator('.masthead nav a', { hasText: '数据' });
      expect(await link.getAttribute('href')).toBe('/data/');
      expect(await link.getAttribute('aria-current')).toBe(path === 'data/' ? 'page' : null);
      await page.context().close();
    }
  });
});

describe('layout', () => {
  it('never scrolls sideways at 360 px (with and without JavaScript) nor at 1280 px', async () => {
    for (const [width, js] of [
      [360, true],
      [360, false],
      [1280, true],
    ] as const) {
      const page = await open('data/', { width, javaScriptEnabled: js });
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, `${width}px, JS ${js}`).toBeLessThanOrEqual(client);
      await page.context().close();
    }
  });

  it('filters a chart’s records in the stacked layout too', async () => {
    const page = await open('data/?chart=layoffs', { width: 360 });
    expect(await page.locator('tr[id^="rec-"]:visible').count()).toBe(charts.find((c) => c.id === 'layoffs')!.records.length);
    expect(await page.locator('.record-group:visible').count()).toBe(1);
    await page.context().close();
  });

  it('keeps the sort buttons usable in the stacked layout', async () => {
    const page = await open('data/', { width: 360 });
    const button = header(page, 'salary', 'value').locator('button');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    expect(await rowIds(page, 'salary')).toEqual(byValue('salary', -1));
    await page.context().close();
  });
});

describe('downloads in dist/', () => {
  const file = (p: string) => join(DIST, p);

  it('CSV: BOM, documented columns, and reads back into the dataset record for record', () => {
    const text = readFileSync(file(`data/${SLUG}.csv`), 'utf8');
    const { records: back } = parseDataCsv(text);
    expect(back).toEqual(records);
    const rows = csvParse(text.slice(1));
    for (const row of rows) expect(row.quote_url).toMatch(new RegExp(`^https?://[^/]+/${SLUG}/[a-z-]+/#src-`));
  });

  it('JSON equals the dataset, with $schema pointing at the published schema', () => {
    const download = JSON.parse(readFileSync(file(`data/${SLUG}.json`), 'utf8'));
    const { $schema, ...rest } = download;
    const { $schema: _editor, ...expected } = content;
    expect(rest).toEqual(expected);
    expect($schema).toMatch(/^https?:\/\/[^/]+\/data\/schema\/dataset\.schema\.json$/);
  });

  it('the JSON Schema validates the JSON download and rejects a broken record', () => {
    const ajv = new Ajv2020({ allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(file('data/schema/dataset.schema.json'), 'utf8')));
    const download = JSON.parse(readFileSync(file(`data/${SLUG}.json`), 'utf8'));
    expect(validate(download), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(download);
    broken.records[0].value = { unit: 'weeks', amount: null };
    expect(validate(broken)).toBe(false);
    const record = ajv.compile(JSON.parse(readFileSync(file('data/schema/record.schema.json'), 'utf8')));
    for (const r of download.records) expect(record(r), r.id).toBe(true);
    expect(record({ ...download.records[0], quote: undefined })).toBe(false);
  });

  it('each chart’s CSV holds its records in the chart’s order', () => {
    for (const chart of charts) {
      const { records: back } = parseDataCsv(readFileSync(file(`data/charts/${chart.id}.csv`), 'utf8'));
      expect(back.map((r) => r.id)).toEqual(chart.records);
    }
  });

  it('are linked from the page, and every link resolves to a built file', () => {
    const d = dom('data/index.html');
    const hrefs = [...d.querySelectorAll('.downloads a:not(.heading-anchor), .chart-index a[href$=".csv"]')].map((a) => a.getAttribute('href')!);
    expect(hrefs).toEqual(
      expect.arrayContaining([`/data/${SLUG}.csv`, `/data/${SLUG}.json`, '/data/schema/record.schema.json', '/data/schema/dataset.schema.json']),
    );
    for (const h of hrefs) expect(existsSync(file(h)), h).toBe(true);
  });

  it('the citation gives the dataset version and the changelog’s date, and the page its title and description', () => {
    const d = dom('data/index.html');
    const last = changelog.changes.at(-1);
    const cite = d.querySelector(`${DATASET} .citation`)!.textContent!;
    expect(cite).toContain(`版本 ${last.version}`);
    expect(cite).toContain(`(${last.date})`);
    expect(cite).toContain('21世纪经济报道. AI“拿捏”下的硅谷现状');
    expect(d.querySelector(`${DATASET} .summary time`)!.getAttribute('datetime')).toBe(last.date);
    expect(d.querySelector('title')!.textContent).toBe(`数据与下载｜${loadSiteConfig().name}`);
    expect(d.querySelector('meta[name="description"]')!.getAttribute('content')).toMatch(/CSV/);
    // One Dataset per report's dataset (an array when there are several): this one offers its CSV.
    const ld = [JSON.parse(d.querySelector('script[type="application/ld+json"]')!.textContent!)]
      .flat()
      .find((x) => JSON.stringify(x.distribution ?? []).includes(`/data/${SLUG}.csv`));
    expect(ld).toMatchObject({ '@type': 'Dataset', version: last.version, dateModified: last.date });
  });
});

describe('weight', () => {
  // Table sort and the share bar (with its poster dialog): a small part of the 15 KB a page may load.
  it('keeps the page’s script under 2.5 KB gzipped, without d3', () => {
    const html = readFileSync(join(DIST, 'data/index.html'), 'utf8');
    const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const linked = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]), 'utf8'));
    const code = [...inline, ...linked].join('\n');
    expect(code.length).toBeGreaterThan(0);
    expect(gzipSync(code).length).toBeLessThan(2560);
    expect(code).not.toMatch(/d3-|scaleLinear/);
  });
});

describe('console', () => {
  it('stays free of errors on every page visited', () => {
    expect(errors).toEqual([]);
  });
});
