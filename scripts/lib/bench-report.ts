/**
 * `npm run bench` writes what it printed into docs/performance.md, between markers named after the run's settings, so
 * the figures there are always the benchmark's own output rather than numbers copied by hand.
 */

const start = (key: string) => `<!-- bench:${key}:start -->`;
const end = (key: string) => `<!-- bench:${key}:end -->`;

/** `markdown` with the block for `key` replaced by `output` (appended at the end when the document has none). */
export function withBenchOutput(markdown: string, key: string, output: readonly string[], date: string): string {
  const block = [start(key), `Measured ${date}:`, '', '```text', ...output, '```', end(key)].join('\n');
  const from = markdown.indexOf(start(key));
  const to = markdown.indexOf(end(key));
  if (from === -1 || to < from) return `${markdown.trimEnd()}\n\n${block}\n`;
  return `${markdown.slice(0, from)}${block}${markdown.slice(to + end(key).length)}`;
}

/** One figure measured on both sites; `target` is the largest ratio (ours ÷ Starlight's) that passes, if any. */
export interface Comparison {
  label: string;
  ours: number;
  starlight: number;
  unit: 's' | 'ms' | 'MB' | 'KB' | '';
  target?: number;
}

/** Ours ÷ Starlight's (infinite when Starlight's figure is 0 and ours is not). */
export function ratio(ours: number, starlight: number): number {
  if (starlight === 0) return ours === 0 ? 1 : Number.POSITIVE_INFINITY;
  return ours / starlight;
}

/** `pass` when the ratio is under the target (strictly: the targets say "under"), `fail` otherwise, `–` without one. */
export function verdict(comparison: Comparison): 'pass' | 'fail' | '–' {
  if (comparison.target === undefined) return '–';
  return ratio(comparison.ours, comparison.starlight) < comparison.target ? 'pass' : 'fail';
}

function figure(value: number, unit: Comparison['unit']): string {
  const digits = unit === 's' ? 1 : unit === 'KB' ? 1 : 0;
  const text = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit === '' ? text : `${text} ${unit}`;
}

/** The side-by-side table the benchmark prints: ours, Starlight's, the ratio, the target and the verdict. */
export function comparisonTable(comparisons: readonly Comparison[]): string[] {
  const rows = comparisons.map((comparison) => {
    const value = ratio(comparison.ours, comparison.starlight);
    return [
      comparison.label,
      figure(comparison.ours, comparison.unit),
      figure(comparison.starlight, comparison.unit),
      Number.isFinite(value) ? `${value.toFixed(2)} ×` : '∞',
      comparison.target === undefined ? '–' : `< ${comparison.target.toFixed(2)} ×`,
      verdict(comparison),
    ];
  });
  const header = ['', 'ours', 'Starlight', 'ratio', 'target', 'verdict'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  // Labels align left, figures right, so the digits line up.
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 || column === 5 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}
