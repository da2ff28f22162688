/**
 * `npm test`: runs every suite — the type check (astro check, one check), unit and build tests (Vitest), browser tests
 * against the built site (Playwright) —
 * and ends with one line, `N passed, N failed`, that sums them all. Each runner writes a JSON report that this script
 * reads, so the total is the runners' own count; a runner that crashes before reporting counts as one failure.
 * Usage: node scripts/test.ts [types|unit|e2e ...]   (default: all suites)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
}

interface Suite {
  name: string;
  command: string[];
  /** The JSON report the runner writes; without one, the suite is one check judged by its exit code. */
  report?: string;
  read?: (json: unknown) => Omit<SuiteResult, 'name'>;
}

const REPORTS = '.test-results';
const bin = (name: string) => path.join('node_modules', '.bin', name);

const suites: Suite[] = [
  {
    name: 'types',
    command: [bin('astro'), 'check'],
  },
  {
    name: 'unit',
    command: [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/unit.json`],
    report: `${REPORTS}/unit.json`,
    read: (json) => {
      const report = json as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests?: number; success: boolean };
      const failedFiles = report.success || report.numFailedTests > 0 ? 0 : 1;
      return { passed: report.numPassedTests, failed: report.numFailedTests + failedFiles, skipped: report.numPendingTests + (report.numTodoTests ?? 0) };
    },
  },
  {
    name: 'e2e',
    command: [bin('playwright'), 'test'],
    report: `${REPORTS}/e2e.json`,
    read: (json) => {
      const { stats, errors } = json as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (errors?.length ?? 0), skipped: stats.skipped };
    },
  },
];

const wanted = process.argv.slice(2);
const selected = wanted.length === 0 ? suites : suites.filter((suite) => wanted.includes(suite.name));
mkdirSync(REPORTS, { recursive: true });

const results: SuiteResult[] = [];
for (const suite of selected) {
  console.log(`\n▶ ${suite.name}: ${suite.command.join(' ')}\n`);
  if (suite.report === undefined || suite.read === undefined) {
    const run = spawnSync(suite.command[0] ?? '', suite.command.slice(1), { stdio: 'inherit' });
    results.push({ name: suite.name, passed: run.status === 0 ? 1 : 0, failed: run.status === 0 ? 0 : 1, skipped: 0 });
    continue;
  }
  rmSync(suite.report, { force: true });
  const run = spawnSync(suite.command[0] ?? '', suite.command.slice(1), { stdio: 'inherit' });
  if (!existsSync(suite.report)) {
    results.push({ name: suite.name, passed: 0, failed: 1, skipped: 0, note: `the runner exited with ${run.status ?? run.signal} before writing its report` });
    continue;
  }
  const counts = suite.read(JSON.parse(readFileSync(suite.report, 'utf8')));
  const crashed = run.status !== 0 && counts.failed === 0;
  results.push({ name: suite.name, ...counts, failed: counts.failed + (crashed ? 1 : 0), ...(crashed ? { note: `the runner exited with ${run.status}` } : {}) });
}

console.log('\nSummary');
for (const result of results) {
  console.log(`  ${result.name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped${result.note ? ` (${result.note})` : ''}`);
}
const total = (key: 'passed' | 'failed' | 'skipped') => results.reduce((sum, result) => sum + result[key], 0);
console.log(`${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
process.exitCode = total('failed') > 0 ? 1 : 0;
