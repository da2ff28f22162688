/**
 * The report a pull request's reviewers read in its one comment: the pages the change adds, changes and removes, what
 * the content check found, and how the heaviest page of each type changed in weight. Pure: the script
 * `scripts/pr-report.ts` gathers the inputs.
 */
import { pageOfFile } from '../../src/content-check/dev-problems.ts';
import { formatKb, type TypeWeight } from './page-budgets.ts';

/** The first line of the comment: the workflow that posts it finds its earlier comment by it and updates that one. */
export const REPORT_MARKER = '<!-- backend-field-guide:pull-request-report -->';

export interface ContentChange {
  status: 'added' | 'changed' | 'removed';
  /** Path of the file, as git prints it (e.g. `content/glossary/caching.md`). */
  file: string;
}

/** The changes `git diff --name-status -M` prints; a rename is the old file removed and the new one added. */
export function parseNameStatus(output: string): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const line of output.split('\n')) {
    const [status = '', first = '', second] = line.split('\t');
    if (first === '') continue;
    if (status.startsWith('R') && second !== undefined) {
      changes.push({ status: 'removed', file: first }, { status: 'added', file: second });
    } else if (status === 'A') changes.push({ status: 'added', file: first });
    else if (status === 'D') changes.push({ status: 'removed', file: first });
    else changes.push({ status: 'changed', file: first });
  }
  return changes;
}

export interface ReportInput {
  changes: readonly ContentChange[];
  /** The content check's problems, as `npm run check` prints them. */
  problems: readonly string[];
  /** Page weights of the base branch's site and of the pull request's, when both were built. */
  weights?: { before: readonly TypeWeight[]; after: readonly TypeWeight[] } | undefined;
  /** Where the built site can be downloaded or viewed. */
  preview?: string | undefined;
}

const MAX_ROWS = 50;
const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function pagesSection(changes: readonly ContentChange[]): string[] {
  const pages = changes.flatMap((change) => {
    const page = pageOfFile(change.file, '/');
    return page === undefined ? [] : [{ ...change, page }];
  });
  const count = (status: ContentChange['status']) => pages.filter((page) => page.status === status).length;
  const lines = [`### Pages`, ''];
  if (pages.length === 0) return [...lines, 'No entry page is added, changed or removed.', ''];
  lines.push(`${count('added')} added, ${count('changed')} changed, ${count('removed')} removed.`, '', '| Change | Page | Source |', '| --- | --- | --- |');
  const order: ContentChange['status'][] = ['added', 'changed', 'removed'];
  const sorted = [...pages].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.page.localeCompare(b.page));
  for (const page of sorted.slice(0, MAX_ROWS)) lines.push(`| ${page.status} | \`${escapeCell(page.page)}\` | \`${escapeCell(page.file)}\` |`);
  if (sorted.length > MAX_ROWS) lines.push(`| … | ${sorted.length - MAX_ROWS} more | |`);
  return [...lines, ''];
}

function checkSection(problems: readonly string[]): string[] {
  const lines = ['### Content check', ''];
  if (problems.length === 0) return [...lines, '✔ No problems.', ''];
  const warnings = problems.filter((problem) => /\s{2}warning: /.test(problem)).length;
  const errors = problems.length - warnings;
  lines.push(`${errors > 0 ? '✘' : '⚠'} ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (the same list as \`npm run check\`):`, '', '```text');
  lines.push(...problems.slice(0, MAX_ROWS).map((problem) => problem.replaceAll('```', '`‍`‍`')));
  if (problems.length > MAX_ROWS) lines.push(`… and ${problems.length - MAX_ROWS} more`);
  return [...lines, '```', ''];
}

function weightSection(weights: ReportInput['weights']): string[] {
  const lines = ['### Page weight', ''];
  if (weights === undefined) return [...lines, 'Not measured: the site was not built for both branches.', ''];
  lines.push('First view of the heaviest page of each type, brotli:', '', '| Type | Before | After | Change |', '| --- | ---: | ---: | ---: |');
  for (const after of weights.after) {
    const before = weights.before.find((weight) => weight.type === after.type);
    const delta = before === undefined ? undefined : after.largest.brotli - before.largest.brotli;
    const change = delta === undefined ? 'new' : delta === 0 ? '—' : `${delta > 0 ? '+' : '−'}${formatKb(Math.abs(delta))}`;
    lines.push(`| ${after.type} | ${before === undefined ? '—' : formatKb(before.largest.brotli)} | ${formatKb(after.largest.brotli)} | ${change} |`);
  }
  return [...lines, ''];
}

export function pullRequestReport(input: ReportInput): string {
  return [
    REPORT_MARKER,
    '## What this pull request changes',
    '',
    ...pagesSection(input.changes),
    ...checkSection(input.problems),
    ...weightSection(input.weights),
    ...(input.preview === undefined ? [] : ['### Preview', '', input.preview, '']),
  ].join('\n');
}
