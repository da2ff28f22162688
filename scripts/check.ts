/**
 * `npm run check`: validates all content without building the site and prints every problem, one per line, as
 * `path:line:col  field  message`. Under GitHub Actions it also prints each as an annotation.
 * `npm run check -- --stale` lists the entries whose facts were last checked more than a year ago, oldest first.
 * Usage: node scripts/check.ts [--stale] [content-root]   (default: $CONTENT_ROOT or ./content)
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content-check/index.ts';
import { formatGitHubAnnotation, formatProblem, summarizeProblems } from '../src/content-check/problem.ts';
import { resolveContentRoot } from '../src/content-check/content-root.ts';
import { staleEntries } from '../src/content-check/style.ts';

const { values, positionals } = parseArgs({ options: { stale: { type: 'boolean', default: false } }, allowPositionals: true });
const root = positionals[0] ?? resolveContentRoot();
const started = performance.now();
const report = await checkContent(root);
if (values.stale) {
  const stale = staleEntries(report.files, new Date());
  for (const { file, reviewed, months } of stale) console.log(`${file}  reviewed ${reviewed} (${months} months ago)`);
  console.log(stale.length === 0 ? '✔ every entry was checked within the last 12 months' : `${stale.length} entries to check against their sources`);
} else {
  for (const problem of report.problems) console.log(formatProblem(problem));
  if (process.env['GITHUB_ACTIONS'] === 'true') {
    for (const problem of report.problems) console.log(formatGitHubAnnotation(problem));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`${report.ok ? '✔' : '✘'} checked ${report.files.length} entries in ${seconds} s: ${summarizeProblems(report.problems)}`);
}
process.exitCode = report.ok ? 0 : 1;
