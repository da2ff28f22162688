/** The pull request report: its generator run as a script on two commits of a fixture corpus, and its sections. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseNameStatus, pullRequestReport, REPORT_MARKER } from '../../scripts/lib/pr-report.ts';
import type { TypeWeight } from '../../scripts/lib/page-budgets.ts';
import { MINIMAL_CORPUS } from '../support/corpus.ts';

const SCRIPT = path.resolve('scripts/pr-report.ts');
const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

describe('the report script on two commits', () => {
  test('lists the pages added, changed and removed, and the content check of the second commit', async () => {
    const repo = await mkdtemp(path.join(tmpdir(), 'bfg-report-'));
    folders.push(repo);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, encoding: 'utf8' });
    await cp(MINIMAL_CORPUS, path.join(repo, 'content'), { recursive: true });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD').trim();

    const file = (name: string) => path.join(repo, 'content', name);
    await writeFile(file('glossary/api.md'), (await readFile(file('glossary/api.md'), 'utf8')).replace('related: [caching]', 'related: [cachng]'));
    await writeFile(file('glossary/webhook.md'), (await readFile(file('glossary/zebra-term.md'), 'utf8')).replace('title: Zebra term', 'title: Webhook'));
    git('mv', 'content/glossary/zebra-term.md', 'content/glossary/zebra.md');
    git('add', '.');
    git('commit', '-q', '-m', 'head');

    const run = spawnSync(process.execPath, [SCRIPT, '--base', base, '--head', 'HEAD', '--preview', 'Download the artifact site-preview.'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: path.join(repo, 'content') },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = run.stdout;
    expect(report.startsWith(`${REPORT_MARKER}\n`)).toBe(true);
    expect(report).toContain('2 added, 1 changed, 1 removed.');
    expect(report).toContain('| added | `/glossary/webhook/` | `content/glossary/webhook.md` |');
    expect(report).toContain('| added | `/glossary/zebra/` | `content/glossary/zebra.md` |');
    expect(report).toContain('| changed | `/glossary/api/` | `content/glossary/api.md` |');
    expect(report).toContain('| removed | `/glossary/zebra-term/` | `content/glossary/zebra-term.md` |');
    expect(report).toMatch(/✘ 1 error, 0 warnings[\s\S]*content\/glossary\/api\.md:7:11 {2}related\[0\] {2}unknown glossary id `cachng` — did you mean `caching`\?/);
    expect(report).toContain('Not measured: the site was not built for both branches.');
    expect(report).toContain('### Preview\n\nDownload the artifact site-preview.');
  });
});

describe('report sections', () => {
  const weight = (type: TypeWeight['type'], brotli: number) => ({ type, largest: { brotli } }) as unknown as TypeWeight;

  test('page weight: before, after and the change for every page type', () => {
    const report = pullRequestReport({
      changes: [],
      problems: [],
      weights: { before: [weight('entry', 10 * 1024), weight('home', 5 * 1024)], after: [weight('entry', 10.5 * 1024), weight('home', 5 * 1024), weight('path', 12 * 1024)] },
    });
    expect(report).toContain('| entry | 10.0 KB | 10.5 KB | +0.5 KB |');
    expect(report).toContain('| home | 5.0 KB | 5.0 KB | — |');
    expect(report).toContain('| path | — | 12.0 KB | new |');
    expect(report).toContain('No entry page is added, changed or removed.');
    expect(report).toContain('✔ No problems.');
  });

  test('a content file whose name holds a table separator or a fence cannot break the comment', () => {
    const report = pullRequestReport({ changes: [{ status: 'added', file: 'content/glossary/a|b.md' }], problems: ['x.md:1:1  (file)  ```'] });
    expect(report).toContain('`/glossary/a\\|b/`');
    expect(report.match(/```/g)).toHaveLength(2);
  });

  test('git renames become a removed page and an added one', () => {
    expect(parseNameStatus('M\tcontent/glossary/a.md\nR092\tcontent/glossary/b.md\tcontent/glossary/c.md\nA\tcontent/paths/p.md\nD\tcontent/guides/g.mdx\n')).toEqual([
      { status: 'changed', file: 'content/glossary/a.md' },
      { status: 'removed', file: 'content/glossary/b.md' },
      { status: 'added', file: 'content/glossary/c.md' },
      { status: 'added', file: 'content/paths/p.md' },
      { status: 'removed', file: 'content/guides/g.mdx' },
    ]);
  });
});
