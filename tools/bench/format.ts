/** Numbers and Markdown tables for the benchmark report. */

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const kb = (n: number) => (n / 1024).toFixed(1);
export const sec = (ms: number) => (ms / 1000).toFixed(2);
export const ok = (pass: boolean) => (pass ? '✓ met' : '✗ missed');

export const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );
