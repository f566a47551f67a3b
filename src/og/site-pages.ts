/** Pages of the site itself (not content) that get a share card: og/pages/<name>.png. */
import { t } from '../i18n/strings.ts';

export const SITE_PAGES = [
  { name: 'data', title: t.data.title },
  { name: 'charts', title: t.chartPage.allCharts },
  { name: 'search', title: t.search.label },
] as const;
