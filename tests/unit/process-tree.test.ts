/** The benchmark's peak memory counts a build together with every process it starts. */
import { expect, test } from 'vitest';
import { measureCommand, parentFromStat, residentFromStatus, treeResidentKilobytes } from '../../scripts/lib/process-tree.ts';

test('reads the parent pid even when the process name holds spaces and parentheses', () => {
  expect(parentFromStat('4242 (node) S 4000 4242 4000 0 -1')).toBe(4000);
  expect(parentFromStat('4243 (a (b) c) R 4242 4243 4000 0 -1')).toBe(4242);
});

test('reads resident memory in kilobytes, 0 when the status has none', () => {
  expect(residentFromStatus('Name:\tnode\nVmPeak:\t  900000 kB\nVmRSS:\t  123456 kB\nThreads:\t11\n')).toBe(123456);
  expect(residentFromStatus('Name:\tzombie\nState:\tZ (zombie)\n')).toBe(0);
});

test('sums a process and all its descendants, not its parent, siblings or unrelated processes', () => {
  const processes = [
    { pid: 1, parent: 0, residentKilobytes: 10_000 },
    { pid: 10, parent: 1, residentKilobytes: 2_000 }, // GNU time
    { pid: 11, parent: 10, residentKilobytes: 600_000 }, // the build
    { pid: 12, parent: 11, residentKilobytes: 90_000 }, // Pagefind
    { pid: 13, parent: 12, residentKilobytes: 5_000 },
    { pid: 20, parent: 1, residentKilobytes: 700_000 }, // another program
  ];
  expect(treeResidentKilobytes(processes, 10)).toBe(697_000);
  expect(treeResidentKilobytes(processes, 12)).toBe(95_000);
  expect(treeResidentKilobytes(processes, 99)).toBe(0);
});

test('a command that starts a child holding memory is measured with the child', async () => {
  // The parent holds little; its child holds about 150 MB for a moment.
  const child = 'const b = Buffer.alloc(150 * 2 ** 20, 1); setTimeout(() => console.log(b[0]), 600);';
  const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`;
  const run = await measureCommand(process.execPath, ['-e', parent], { intervalMs: 50 });
  expect(run.status).toBe(0);
  expect(run.seconds).toBeGreaterThan(0.5);
  expect(run.peakProcessMegabytes).toBeGreaterThanOrEqual(150);
  // The tree holds the child and the parent's own Node.
  expect(run.peakTreeMegabytes).toBeGreaterThan(run.peakProcessMegabytes + 20);
});
