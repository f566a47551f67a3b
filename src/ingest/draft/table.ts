/** The short report `npm run draft` prints: figures by unit, and what it could not read. */
import type { DraftResult } from './draft.ts';

export function summaryTable(result: DraftResult, files: { dataset: string; charts: string }): string {
  const rows = Object.entries(result.byUnit);
  const width = Math.max(4, ...rows.map(([u]) => u.length));
  const total = rows.reduce((n, [, c]) => n + c, 0);
  const lines = [
    `${'unit'.padEnd(width)}  figures`,
    ...rows.map(([u, c]) => `${u.padEnd(width)}  ${String(c).padStart(7)}`),
    `${'all'.padEnd(width)}  ${String(total).padStart(7)}`,
    '',
    `not figures: ${result.dataset.notFigures.length}   charts: ${result.charts.charts.length}`,
  ];
  if (result.unread.length) {
    lines.push(`could not read ${result.unread.length} (listed in notFigures; check them):`);
    for (const u of result.unread) lines.push(`  line ${u.line}: ${u.text}`);
  } else lines.push('could not read: nothing');
  lines.push(`wrote ${files.dataset}`, `wrote ${files.charts}`);
  return lines.join('\n');
}
