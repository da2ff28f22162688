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
