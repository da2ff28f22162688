/**
 * Build-level tests: `npm run build` on small broken corpora fails with the file, the field and a suggestion, and
 * leaves the previous output untouched. These run the real build script (and so Astro) in a child process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyCorpus, type Corpus } from '../support/corpus.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'bfg-build-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function build(corpus: Corpus, outDir: string, args: string[] = []) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: corpus.root, OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(work, `cache-${path.basename(outDir)}`), FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

async function withPreviousSite(name: string): Promise<string> {
  const outDir = path.join(work, name);
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'index.html'), '<p>previous build</p>');
  return outDir;
}

describe.each([
  {
    name: 'a broken reference',
    file: 'glossary/api.md',
    change: (text: string) => text.replace('related: [caching]', 'related: [cachng]'),
    expected: ['glossary/api.md:7:11', 'related[0]', 'unknown glossary id `cachng`', 'did you mean `caching`?'],
  },
  {
    name: 'a duplicate id',
    file: 'guides/fixture-guide.mdx',
    change: (text: string) => text,
    extraFile: 'guides/fixture-guide.md',
    expected: ['guides/fixture-guide.mdx:1:1', 'duplicate id `fixture-guide`', 'guides/fixture-guide.md` already has it', 'rename one of the two files'],
  },
  {
    name: 'an unknown key',
    file: 'technologies/fixture-db.md',
    change: (text: string) => text.replace('aliases: [FDB]', 'aliases: [FDB]\nwebsiteUrl: https://example.org/'),
    expected: ['technologies/fixture-db.md:7:1', 'websiteUrl', 'unknown field `websiteUrl`', 'did you mean `website`?'],
  },
])('npm run build with $name', ({ name, file, change, extraFile, expected }) => {
  let result: { status: number | null; output: string };
  let outDir: string;

  beforeAll(async () => {
    const corpus = await copyCorpus();
    await corpus.edit(file, change);
    if (extraFile !== undefined) await corpus.write(extraFile, await readFile(path.join(corpus.root, file), 'utf8'));
    outDir = await withPreviousSite(name.replace(/\W+/g, '-'));
    result = build(corpus, outDir);
    await corpus.dispose();
  });

  test('fails', () => {
    expect(result.status, result.output).not.toBe(0);
  });

  test('names the file, the field and a suggestion', () => {
    for (const text of expected) expect(result.output).toContain(text);
  });

  test('leaves the previous site untouched and no staging folder behind', async () => {
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>previous build</p>');
    expect((await readdir(path.dirname(outDir))).filter((entry) => entry.includes('staging'))).toEqual([]);
  });
});

describe('npm run build on a valid corpus', () => {
  test('replaces the previous site with the new one', async () => {
    const corpus = await copyCorpus();
    const outDir = await withPreviousSite('valid');
    const result = build(corpus, outDir);
    await corpus.dispose();
    expect(result.status, result.output).toBe(0);
    const home = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('<h1>Backend Field Guide</h1>');
    expect(await readFile(path.join(outDir, 'glossary/api/index.html'), 'utf8')).toMatch(/<h1[^>]*>API<\/h1>/);
  });
});

describe('npm run build when the process is killed', () => {
  test('leaves the previous site byte-identical, and the next build cleans up and succeeds', async () => {
    const corpus = await copyCorpus();
    const outDir = await withPreviousSite('killed');
    const env = { ...process.env, CONTENT_ROOT: corpus.root, OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(work, 'cache-killed') };
    const child = spawn(process.execPath, ['scripts/build.ts'], { env, stdio: 'ignore' });
    const stagingExists = async () => (await readdir(work)).some((entry) => entry.startsWith('.killed-staging-'));
    const deadline = Date.now() + 60_000;
    while (!(await stagingExists()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await stagingExists()).toBe(true);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>previous build</p>');

    const rebuilt = build(corpus, outDir);
    await corpus.dispose();
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect((await readdir(work)).filter((entry) => entry.includes('staging'))).toEqual([]);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('<h1>Backend Field Guide</h1>');
  });
});

describe('npm run build links glossary terms', () => {
  test('in Markdown and MDX bodies, keeps an up-to-date site, and links again after a glossary name changes, although the entries did not', async () => {
    const corpus = await copyCorpus();
    await corpus.edit('guides/fixture-guide.mdx', (text) => text.replace('More text.', 'More text about a cache.'));
    const outDir = path.join(work, 'autolink');
    const page = (sitePath: string) => readFile(path.join(outDir, sitePath, 'index.html'), 'utf8');
    const termLink = (id: string, text: string) => `<a href="/glossary/${id}/">${text}</a>`;

    const first = build(corpus, outDir);
    expect(first.status, first.output).toBe(0);
    expect(await page('guides/fixture-guide')).toContain(`More text about a ${termLink('caching', 'cache')}.`);
    expect(await page('glossary/caching')).toContain('<p>A cache stores answers');
    expect(await page('technologies/fixture-db')).not.toContain(termLink('zebra-term', 'fixtures'));

    const home = await stat(path.join(outDir, 'index.html'));
    const unchanged = build(corpus, outDir);
    expect(unchanged.status, unchanged.output).toBe(0);
    expect(unchanged.output).toContain('it is up to date');
    expect((await stat(path.join(outDir, 'index.html'))).mtimeMs).toBe(home.mtimeMs);
    const forced = build(corpus, outDir, ['--force']);
    expect(forced.output).toContain('Site built into');
    expect((await stat(path.join(outDir, 'index.html'))).mtimeMs).toBeGreaterThan(home.mtimeMs);

    // Astro keeps rendered entries between builds; a new alias must still reach the entries that mention it.
    await corpus.edit('glossary/zebra-term.md', (text) => text.replace('category: web', 'aliases: [fixtures]\ncategory: web'));
    const second = build(corpus, outDir);
    await corpus.dispose();
    expect(second.status, second.output).toBe(0);
    expect(await page('technologies/fixture-db')).toContain(`A database for ${termLink('zebra-term', 'fixtures')}.`);
  });
});
