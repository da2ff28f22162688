import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseGitLog, readFileHistory, repositoryUrl } from '../../src/model/git-history.ts';

describe('last-changed dates from git', () => {
  test('the newest commit that touched a file gives its date', () => {
    const log = ['\u0000commit 2026-03-02T10:00:00+00:00', '', 'content/a.md', '', '\u0000commit 2026-01-01T09:00:00+00:00', '', 'content/a.md', 'content/b.md', ''].join('\n');
    expect(Object.fromEntries(parseGitLog(log))).toEqual({ 'content/a.md': '2026-03-02T10:00:00+00:00', 'content/b.md': '2026-01-01T09:00:00+00:00' });
  });

  describe('on a real repository', () => {
    let work: string;
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });

    beforeAll(async () => {
      work = await mkdtemp(path.join(tmpdir(), 'bfg-git-'));
      const origin = path.join(work, 'origin');
      git(work, 'init', '-q', '-b', 'main', origin);
      await writeFile(path.join(origin, 'a.md'), 'one');
      await writeFile(path.join(origin, 'b.md'), 'one');
      git(origin, 'add', '.');
      execFileSync('git', ['commit', '-qm', 'first'], { cwd: origin, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z', GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z' } });
      await writeFile(path.join(origin, 'a.md'), 'two');
      execFileSync('git', ['commit', '-qam', 'second'], { cwd: origin, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_COMMITTER_DATE: '2026-06-01T00:00:00Z', GIT_AUTHOR_DATE: '2026-06-01T00:00:00Z' } });
      git(work, 'clone', '-q', '--depth', '1', `file://${origin}`, path.join(work, 'shallow'));
    });
    afterAll(async () => rm(work, { recursive: true, force: true }));

    test('a full history dates each file by its own last commit', () => {
      const history = readFileHistory(path.join(work, 'origin'));
      expect(history.complete).toBe(true);
      expect(history.lastChanged.get('a.md')).toMatch(/^2026-06-01/);
      expect(history.lastChanged.get('b.md')).toMatch(/^2025-01-01/);
    });

    test('a shallow clone gives no dates rather than wrong ones', () => {
      expect(readFileHistory(path.join(work, 'shallow'))).toEqual({ lastChanged: new Map(), complete: false });
    });

    test('outside a repository there are no dates', () => {
      expect(readFileHistory(tmpdir()).complete).toBe(false);
    });
  });
});

describe('repository URL', () => {
  test.each([
    [{ REPOSITORY_URL: 'https://git.example.org/guide/' }, 'https://git.example.org/guide'],
    [{ GITHUB_REPOSITORY: 'someone/guide' }, 'https://github.com/someone/guide'],
    [{}, 'https://github.com/backend-field-guide/backend-field-guide'],
  ])('%j → %s', (env, url) => expect(repositoryUrl(env)).toBe(url));
});
