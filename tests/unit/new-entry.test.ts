import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { entryTemplate, slugify } from '../../scripts/lib/templates.ts';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { copyCorpus, type Corpus } from '../support/corpus.ts';

let corpus: Corpus | undefined;
afterEach(async () => {
  await corpus?.dispose();
  corpus = undefined;
});

function runNew(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: root } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('slugify', () => {
  test.each([
    ['Object–relational mapping (ORM)', 'object-relational-mapping-orm'],
    ['  Café  Crème  ', 'cafe-creme'],
    ['C#', 'c'],
    ['async/await', 'async-await'],
    ['***', ''],
  ])('%j → %j', (title, id) => expect(slugify(title)).toBe(id));
});

describe('entry templates', () => {
  test.each(['glossary', 'technologies', 'comparisons', 'guides'] as const)('the %s template names every field of the schema, each documented', (collection) => {
    const template = entryTemplate(collection, 'Example');
    for (const field of Object.keys((collectionSchemas[collection] as unknown as { shape: object }).shape)) {
      expect(template).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
    }
    const frontMatter = template.split('---')[1] ?? '';
    const fieldLines = frontMatter.split('\n').filter((line) => /^(# )?[a-zA-Z]+:/.test(line));
    const commentLines = frontMatter.split('\n').filter((line) => line.startsWith('# ') && !/^# [a-zA-Z]+:/.test(line));
    expect(commentLines.length).toBeGreaterThanOrEqual(fieldLines.length);
  });

  test('lists as many blank points as the schema requires', () => {
    const template = entryTemplate('technologies', 'Example');
    const features = template.slice(template.indexOf('features:'), template.indexOf('# Why teams'));
    expect(features.match(/- title: ""/g)).toHaveLength(3);
  });
});

describe('npm run new', () => {
  test('creates a glossary entry at its kebab-case path; the check then points at each blank field', async () => {
    corpus = await copyCorpus();
    const result = runNew(corpus.root, 'glossary', 'Rate Limiting');
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('Created');
    const file = path.join(corpus.root, 'glossary', 'rate-limiting.md');
    expect(await readFile(file, 'utf8')).toContain('title: "Rate Limiting"');
    const report = await checkContent(corpus.root, { cwd: corpus.root });
    expect(report.problems.map(formatProblem)).toEqual([
      'glossary/rate-limiting.md:5:10  summary  must not be empty',
      'glossary/rate-limiting.md:9:11  category  is blank — choose one of api, architecture, cloud, data, operations, programming, security, testing, web',
      'glossary/rate-limiting.md:11:7  side  is blank — choose one of frontend, backend, both, infrastructure',
      'glossary/rate-limiting.md:19:10  sources  cite at least one source (official docs, a specification or an RFC)',
    ]);
  });

  test('refuses an id that exists and names the file that owns it', async () => {
    corpus = await copyCorpus();
    const result = runNew(corpus.root, 'glossary', 'API');
    expect(result.status).toBe(1);
    expect(result.output).toContain('the id `api` already belongs to');
    expect(result.output).toContain('glossary/api.md');
  });

  test("refuses a title that is another entry's alias, naming that entry", async () => {
    corpus = await copyCorpus();
    const result = runNew(corpus.root, 'technology', 'FDB');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/"FDB" is already the alias of .*technologies\/fixture-db\.md/);
  });

  test('explains its usage when the kind is unknown', async () => {
    corpus = await copyCorpus();
    const result = runNew(corpus.root, 'recipe', 'Anything');
    expect(result.status).toBe(2);
    expect(result.output).toContain('Usage: npm run new -- <glossary|technology|comparison|guide|path> "<Title>"');
  });
});
