/** The benchmark's Starlight side builds the same glossary: same titles, same bodies, same URLs for its links. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { toStarlightPage, writeStarlightCorpus } from '../../scripts/lib/starlight-corpus.ts';
import { syntheticEntry, writeSyntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';

const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

const parts = (markdown: string) => {
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  return { frontMatter, body };
};

test('a synthetic entry keeps its title and body and gives its summary as the description, nothing else', () => {
  const entry = syntheticEntry(3, 20);
  const source = parts(entry);
  const page = parts(toStarlightPage(entry));
  const field = (frontMatter: string, name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(frontMatter)?.[1];
  expect(page.body).toBe(source.body);
  expect(page.frontMatter.split('\n')).toEqual([
    `title: ${JSON.stringify(field(source.frontMatter, 'title'))}`,
    `description: ${JSON.stringify(field(source.frontMatter, 'summary'))}`,
  ]);
});

test('a title or summary with YAML syntax in it survives as a quoted string', () => {
  const page = toStarlightPage('---\ntitle: Caches: "hot" & cold # really\nsummary: [not a list]\n---\nBody.\n');
  expect(page).toBe('---\ntitle: "Caches: \\"hot\\" & cold # really"\ndescription: "[not a list]"\n---\nBody.\n');
});

test('an entry without a title or front matter is refused rather than written half', () => {
  expect(() => toStarlightPage('---\nsummary: S\n---\nBody.\n')).toThrow(/no title/);
  expect(() => toStarlightPage('Body only.\n')).toThrow(/front matter/);
});

test('a tiny corpus becomes one Starlight page per glossary entry, at the URL its links point to', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'bfg-starlight-corpus-'));
  folders.push(root);
  await writeSyntheticCorpus(path.join(root, 'content'), 4);
  const docs = path.join(root, 'docs');
  expect(await writeStarlightCorpus(path.join(root, 'content'), docs)).toBe(4);
  const sources = (await readdir(path.join(root, 'content/glossary'))).sort();
  expect((await readdir(path.join(docs, 'glossary'))).sort()).toEqual(sources);
  for (const file of sources) {
    const page = await readFile(path.join(docs, 'glossary', file), 'utf8');
    expect(parts(page).body).toBe(parts(await readFile(path.join(root, 'content/glossary', file), 'utf8')).body);
    // Every link between entries lands on a page of the Starlight site (docs/glossary/<id>.md → /glossary/<id>/).
    for (const [, id] of page.matchAll(/\]\(\/glossary\/([^/]+)\/\)/g)) expect(sources).toContain(`${id}.md`);
  }
});
