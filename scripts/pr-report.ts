/**
 * `node scripts/pr-report.ts --base <commit> [--head <commit>] [--base-site <dir> --head-site <dir>] [--preview <text>]`:
 * writes the pull request report (Markdown) to standard output. The pages come from the content files that changed
 * between the two commits, the problems from the content check of the working tree (the pull request's content), and
 * the weights from the two built sites when both are given.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentRoot } from '../src/content-check/content-root.ts';
import { checkContent } from '../src/content-check/index.ts';
import { formatProblem } from '../src/content-check/problem.ts';
import { measureSite } from './lib/page-budgets.ts';
import { parseNameStatus, pullRequestReport } from './lib/pr-report.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string', default: 'HEAD' },
    'base-site': { type: 'string' },
    'head-site': { type: 'string' },
    preview: { type: 'string' },
  },
});
if (values.base === undefined) throw new Error('--base <commit> is required');

const contentRoot = resolveContentRoot();
const contentPath = path.relative(process.cwd(), contentRoot) || '.';
const diff = execFileSync('git', ['diff', '--name-status', '-M', values.base, values.head, '--', contentPath], { encoding: 'utf8' });
const report = await checkContent(contentRoot);
const sites = values['base-site'] !== undefined && values['head-site'] !== undefined ? { before: measureSite(values['base-site']), after: measureSite(values['head-site']) } : undefined;

process.stdout.write(
  pullRequestReport({
    changes: parseNameStatus(diff),
    problems: report.problems.map(formatProblem),
    weights: sites,
    preview: values.preview,
  }),
);
