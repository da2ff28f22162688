/**
 * `npm run check`: validates all content without building the site and prints every problem, one per line, as
 * `path:line:col  field  message`. Under GitHub Actions it also prints each as an annotation.
 * Usage: node scripts/check.ts [content-root]   (default: $CONTENT_ROOT or ./content)
 */
import { checkContent } from '../src/content-check/index.ts';
import { formatGitHubAnnotation, formatProblem, summarizeProblems } from '../src/content-check/problem.ts';
import { resolveContentRoot } from '../src/content-check/content-root.ts';

const root = process.argv[2] ?? resolveContentRoot();
const started = performance.now();
const report = await checkContent(root);
for (const problem of report.problems) console.log(formatProblem(problem));
if (process.env['GITHUB_ACTIONS'] === 'true') {
  for (const problem of report.problems) console.log(formatGitHubAnnotation(problem));
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`${report.ok ? '✔' : '✘'} checked ${report.files.length} entries in ${seconds} s: ${summarizeProblems(report.problems)}`);
process.exitCode = report.ok ? 0 : 1;
