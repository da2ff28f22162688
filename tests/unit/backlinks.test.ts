import { describe, expect, test } from 'vitest';
import { bodyLinks, buildSiteModel } from '../../src/model/site-model.ts';
import { comparisonSchema } from '../../src/schemas/comparisons.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { guideSchema } from '../../src/schemas/guides.ts';
import { technologySchema } from '../../src/schemas/technologies.ts';
import { makeComparison, makeGlossary, makeGuide, makeTechnology } from '../support/builders.ts';

describe('body links', () => {
  test('finds root-relative links to entries, with or without a fragment', () => {
    expect(bodyLinks('See [REST](/glossary/rest/), [pg](/technologies/postgresql/#facts) and [x](https://example.org/glossary/a/).')).toEqual([
      { collection: 'glossary', id: 'rest' },
      { collection: 'technologies', id: 'postgresql' },
    ]);
  });

  test('finds reference-style link definitions', () => {
    expect(bodyLinks('Read [REST][rest].\n\n[rest]: /glossary/rest/ "REST"\n   [pg]: </technologies/postgresql/#facts>')).toEqual([
      { collection: 'glossary', id: 'rest' },
      { collection: 'technologies', id: 'postgresql' },
    ]);
  });

  test('reads the syntax tree: text that only looks like a link, in code, is none; an angle-bracket link or a titled one is', () => {
    expect(bodyLinks('`[a](/glossary/code/)`\n\n```md\n[b](/glossary/fenced/)\n```\n\n[c](</glossary/rest/> "REST") <https://example.org/glossary/x/>')).toEqual([
      { collection: 'glossary', id: 'rest' },
    ]);
  });

  test('ignores other site paths and malformed ids', () => {
    expect(bodyLinks('[a](/search/) [b](/glossary/Bad_Id/) [c](/glossary/rest)')).toEqual([]);
  });
});

describe('backlinks', () => {
  const model = buildSiteModel(
    {
      glossary: [
        { id: 'caching', data: glossarySchema.parse(makeGlossary({ title: 'Caching', related: ['cdn'] })), body: 'Caches sit in front of [Redis](/technologies/redis/).' },
        { id: 'cdn', data: glossarySchema.parse(makeGlossary({ title: 'CDN', related: ['caching'] })), body: 'Edge [caching](/glossary/caching/) twice: [again](/glossary/caching/#x). Self: [CDN](/glossary/cdn/).' },
        { id: 'api', data: glossarySchema.parse(makeGlossary({ title: 'API', noAutolink: ['cdn'] })), body: '' },
      ],
      technologies: [{ id: 'redis', data: technologySchema.parse(makeTechnology({ name: 'Redis', concepts: ['caching'] })), body: '' }],
      comparisons: [{ id: 'stores', data: comparisonSchema.parse(makeComparison({ subjects: [{ technology: 'redis' }, { glossary: 'caching' }] })), body: '' }],
      guides: [{ id: 'perf', data: guideSchema.parse(makeGuide({ title: 'Performance', related: ['glossary/caching', 'technologies/redis'] })), body: '' }],
      paths: [],
    },
    '/',
  );
  const titles = (collection: 'glossary' | 'technologies', id: string) =>
    model.backlinks(collection, id).map((group) => [group.key, group.items.map((entry) => entry.title)]);

  test('collects front-matter references and body links, grouped by collection, each source once', () => {
    expect(titles('glossary', 'caching')).toEqual([
      ['glossary', ['CDN']],
      ['technologies', ['Redis']],
      ['comparisons', ['SQL vs NoSQL']],
      ['guides', ['Performance']],
    ]);
  });

  test('a body link alone is enough', () => {
    expect(titles('technologies', 'redis')).toEqual([
      ['glossary', ['Caching']],
      ['comparisons', ['SQL vs NoSQL']],
      ['guides', ['Performance']],
    ]);
  });

  test('an entry opting out of auto-links to a term does not reference it', () => {
    expect(titles('glossary', 'cdn').flatMap(([, items]) => items)).not.toContain('API');
  });

  test('an entry does not reference itself, and an unreferenced entry has no groups', () => {
    expect(titles('glossary', 'cdn')).toEqual([['glossary', ['Caching']]]);
    expect(model.backlinks('glossary', 'api')).toEqual([]);
  });
});
