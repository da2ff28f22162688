import { expect, test } from 'vitest';
import { comparisonTable, ratio, verdict, withBenchOutput } from '../../scripts/lib/bench-report.ts';

test('appends a block for a new key and replaces it on the next run, leaving the rest of the page alone', () => {
  const first = withBenchOutput('# Performance\n\nTargets.\n', 'entries-1000', ['cold build 10.0 s'], '2026-12-07');
  expect(first).toBe(
    '# Performance\n\nTargets.\n\n<!-- bench:entries-1000:start -->\nMeasured 2026-12-07:\n\n```text\ncold build 10.0 s\n```\n<!-- bench:entries-1000:end -->\n',
  );
  const other = withBenchOutput(first, 'entries-5000', ['cold build 40.0 s'], '2026-12-07');
  const second = withBenchOutput(`${other}\nNotes after.\n`, 'entries-1000', ['cold build 9.0 s'], '2026-12-08');
  expect(second).toContain('Measured 2026-12-08:\n\n```text\ncold build 9.0 s\n```');
  expect(second).not.toContain('cold build 10.0 s');
  expect(second).toContain('cold build 40.0 s');
  expect(second.startsWith('# Performance\n\nTargets.\n')).toBe(true);
  expect(second.endsWith('Notes after.\n')).toBe(true);
});

test('the ratio is ours over Starlight’s, and a figure passes only under its target', () => {
  expect(ratio(6, 8)).toBe(0.75);
  expect(ratio(0, 0)).toBe(1);
  expect(ratio(1, 0)).toBe(Number.POSITIVE_INFINITY);
  expect(verdict({ label: 'cold build', ours: 5.9, starlight: 8, unit: 's', target: 0.75 })).toBe('pass');
  // "Under 0.75 ×": exactly the target fails.
  expect(verdict({ label: 'cold build', ours: 6, starlight: 8, unit: 's', target: 0.75 })).toBe('fail');
  expect(verdict({ label: 'peak memory', ours: 1700, starlight: 2690, unit: 'MB', target: 0.6 })).toBe('fail');
  expect(verdict({ label: 'requests', ours: 19, starlight: 11, unit: '' })).toBe('–');
});

test('the side-by-side table aligns figures with their units, ratio, target and verdict', () => {
  const table = comparisonTable([
    { label: 'cold build', ours: 7.84, starlight: 12.5, unit: 's', target: 0.75 },
    { label: 'peak memory, process tree', ours: 1234, starlight: 2690, unit: 'MB', target: 0.6 },
    { label: 'first search, bytes as sent', ours: 146.04, starlight: 108.2, unit: 'KB', target: 1 },
    { label: 'first search, requests', ours: 19, starlight: 11, unit: '' },
    { label: 'first result shown', ours: 340.4, starlight: 0, unit: 'ms', target: 1 },
  ]);
  expect(table).toEqual([
    '                                 ours  Starlight   ratio    target  verdict',
    'cold build                      7.8 s     12.5 s  0.63 ×  < 0.75 ×  pass',
    'peak memory, process tree    1,234 MB   2,690 MB  0.46 ×  < 0.60 ×  pass',
    'first search, bytes as sent  146.0 KB   108.2 KB  1.35 ×  < 1.00 ×  fail',
    'first search, requests             19         11  1.73 ×         –  –',
    'first result shown             340 ms       0 ms       ∞  < 1.00 ×  fail',
  ]);
});
