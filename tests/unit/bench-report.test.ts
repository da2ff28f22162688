import { expect, test } from 'vitest';
import { withBenchOutput } from '../../scripts/lib/bench-report.ts';

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
