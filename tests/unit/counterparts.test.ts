import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { canBeCounterparts, mirroredDeclarations, symmetricPairs } from '../../src/content-check/counterparts.ts';
import { SIDES, type Side } from '../../src/schemas/registry.ts';
import { copyCorpus, type Corpus } from '../support/corpus.ts';

describe('which sides can be counterparts', () => {
  const allowed = new Set(['frontend|backend', 'frontend|both', 'frontend|infrastructure', 'backend|both', 'backend|infrastructure']);
  const pairs = SIDES.flatMap((a) => SIDES.map((b) => [a, b] as [Side, Side]));

  test.each(pairs)('%s ↔ %s', (a, b) => {
    expect(canBeCounterparts(a, b)).toBe(allowed.has(`${a}|${b}`) || allowed.has(`${b}|${a}`));
  });
});

describe('counterpart pairs', () => {
  test('are symmetric: a pair declared once shows from both ends', () => {
    const pairs = symmetricPairs([
      { from: 'glossary/csr', to: 'glossary/ssr' },
      { from: 'glossary/frontend', to: 'glossary/backend' },
      { from: 'glossary/spa', to: 'glossary/ssr' },
    ]);
    expect([...(pairs.get('glossary/ssr') ?? [])].sort()).toEqual(['glossary/csr', 'glossary/spa']);
    expect([...(pairs.get('glossary/csr') ?? [])]).toEqual(['glossary/ssr']);
    expect([...(pairs.get('glossary/backend') ?? [])]).toEqual(['glossary/frontend']);
  });

  test('a pair declared from both ends is reported once, at the second declaration', () => {
    const declarations = [
      { owner: 'a.md', from: 'glossary/a', to: 'glossary/b' },
      { owner: 'a.md', from: 'glossary/a', to: 'glossary/c' },
      { owner: 'b.md', from: 'glossary/b', to: 'glossary/a' },
    ];
    expect(mirroredDeclarations(declarations).map((declaration) => declaration.owner)).toEqual(['b.md']);
    expect(mirroredDeclarations(declarations.slice(0, 2))).toEqual([]);
  });
});

describe('the content check on counterparts', () => {
  let corpus: Corpus | undefined;
  afterEach(async () => {
    await corpus?.dispose();
    corpus = undefined;
  });

  /** The problems of the minimal corpus after `edits` (file → change), with paths relative to its root. */
  async function problemsAfter(edits: Record<string, (text: string) => string>): Promise<string[]> {
    corpus = await copyCorpus();
    for (const [file, change] of Object.entries(edits)) await corpus.edit(file, change);
    const report = await checkContent(corpus.root, { cwd: corpus.root });
    return report.problems.map(formatProblem);
  }
  const declare = (ids: string) => (text: string) => text.replace(/^side: .*$/m, (line) => `${line}\ncounterparts: [${ids}]`);
  const setSide = (side: Side) => (text: string) => text.replace(/^side: .*$/m, `side: ${side}`);

  test('a frontend entry may pair with a backend entry, and with one that spans both sides', async () => {
    expect(await problemsAfter({ 'glossary/zebra-term.md': declare('api'), 'glossary/caching.md': setSide('backend') })).toEqual([]);
    expect(await problemsAfter({ 'glossary/zebra-term.md': declare('caching'), 'glossary/caching.md': setSide('backend') })).toEqual([]);
  });

  test('rejects a counterpart on the same side', async () => {
    expect(await problemsAfter({ 'glossary/api.md': declare('caching') })).toEqual([
      'glossary/api.md:7:16  counterparts[0]  `caching` is on the same side as this entry (Frontend and backend), but a counterpart sits across the frontend/backend line — list it under `related` instead',
    ]);
    expect(await problemsAfter({ 'technologies/fixture-db.md': declare('fixture-framework') })).toEqual([
      'technologies/fixture-db.md:5:16  counterparts[0]  `fixture-framework` is on the same side as this entry (Backend), but a counterpart sits across the frontend/backend line — list it under `related` instead',
    ]);
  });

  test('rejects a pair of an entry that spans both sides and an infrastructure entry', async () => {
    expect(await problemsAfter({ 'glossary/api.md': declare('caching'), 'glossary/caching.md': setSide('infrastructure') })).toEqual([
      'glossary/api.md:7:16  counterparts[0]  `caching` (Infrastructure) and this entry (Frontend and backend) face no frontend/backend line: one of a counterpart pair must be a frontend or a backend entry — list it under `related` instead',
    ]);
  });

  test('rejects an unknown id, an id of another collection and the entry itself', async () => {
    expect(await problemsAfter({ 'glossary/zebra-term.md': declare('apii, fixture-db, zebra-term') })).toEqual([
      'glossary/zebra-term.md:6:16  counterparts[0]  unknown glossary id `apii` — did you mean `api`?',
      'glossary/zebra-term.md:6:22  counterparts[1]  `fixture-db` is an entry of technologies, but this field takes ids from glossary — list it under `technologies` instead',
      'glossary/zebra-term.md:6:34  counterparts[2]  `zebra-term` is this entry itself — remove the self-reference',
    ]);
  });

  test('rejects a pair declared in both entries', async () => {
    expect(await problemsAfter({ 'glossary/zebra-term.md': declare('api'), 'glossary/api.md': declare('zebra-term') })).toEqual([
      'glossary/zebra-term.md:6:16  counterparts[0]  `api` already lists this entry as its counterpart — declare the pair once: remove it here (it shows on both pages)',
    ]);
  });
});
