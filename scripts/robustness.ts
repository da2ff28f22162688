/**
 * `npm run robustness -- --seed N [--edits K] [--no-test]`: copies the guide's content, applies K random valid edits
 * (scripts/lib/content-edits.ts) chosen by the seed, checks that the edited content is valid, then runs every test
 * suite on it (`npm test` with CONTENT_ROOT pointing at the copy). Every seed must pass: a failure names a test that
 * depends on a fact of the content instead of the behavior it is about.
 */
import { spawnSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content-check/index.ts';
import { formatProblem } from '../src/content-check/problem.ts';
import { applyRandomEdits } from './lib/content-edits.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    edits: { type: 'string', default: '12' },
    test: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const seed = Number(values.seed);
// Beside content/, at the same depth: guides import the project's components by a path relative to their file.
const root = path.resolve('.robustness-content');
await rm(root, { recursive: true, force: true });
await cp('content', root, { recursive: true });

console.log(`Robustness run, seed ${seed}: edits to a copy of the content in ${path.relative(process.cwd(), root)}`);
for (const line of applyRandomEdits(root, seed, Number(values.edits))) console.log(`  ${line}`);

const report = await checkContent(root);
if (!report.ok) {
  for (const problem of report.problems) console.log(formatProblem(problem));
  console.log('The edits made the content invalid: that is a bug in scripts/lib/content-edits.ts, not in the guide.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log(`✔ the edited content passes the content check (${report.files.length} entries)`);
if (!values.test) process.exit(0);

const run = spawnSync(process.execPath, ['scripts/test.ts'], { stdio: 'inherit', env: { ...process.env, CONTENT_ROOT: root } });
process.exitCode = run.status ?? 1;
