import { describe, expect, test } from 'vitest';
import { exportCollection } from '../../src/model/exports.ts';
import { feedItems, recentlyUpdated } from '../../src/model/feed.ts';
import { buildSiteModel } from '../../src/model/site-model.ts';
import { comparisonSchema } from '../../src/schemas/comparisons.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { guideSchema } from '../../src/schemas/guides.ts';
import { technologySchema } from '../../src/schemas/technologies.ts';
import { makeComparison, makeGlossary, makeGuide, makeTechnology } from '../support/builders.ts';

const model = buildSiteModel(
  {
    glossary: [
      { id: 'ssr', data: glossarySchema.parse(makeGlossary({ title: 'Server-side rendering', side: 'backend' })) },
      { id: 'csr', data: glossarySchema.parse(makeGlossary({ title: 'Client-side rendering', side: 'frontend', counterparts: ['ssr'], related: ['ssr'] })) },
    ],
    technologies: [{ id: 'django', data: technologySchema.parse(makeTechnology({ name: 'Django', kind: 'framework' })) }],
    comparisons: [{ id: 'sql-vs-nosql', data: comparisonSchema.parse(makeComparison()) }],
    guides: [{ id: 'intro', data: guideSchema.parse(makeGuide({ title: 'Intro', related: ['glossary/csr'] })) }],
    paths: [],
  },
  '/docs/',
);
const origin = new URL('https://example.org');

describe('collection exports', () => {
  test('list every entry by id, with its data, references as ids and the absolute URL of its page', () => {
    const exported = exportCollection(model, 'glossary', origin);
    expect(exported).toMatchObject({ collection: 'glossary', url: 'https://example.org/docs/glossary/', count: 2 });
    expect(exported.entries.map((entry) => entry.id)).toEqual(['csr', 'ssr']);
    expect(exported.entries[0]).toMatchObject({ id: 'csr', url: 'https://example.org/docs/glossary/csr/', title: 'Client-side rendering', side: 'frontend', related: ['ssr'] });
  });

  test('list counterparts from both ends of a pair', () => {
    const entries = exportCollection(model, 'glossary', origin).entries;
    expect(entries.map((entry) => [entry.id, entry['counterparts']])).toEqual([
      ['csr', ['ssr']],
      ['ssr', ['csr']],
    ]);
  });

  test('keep qualified references of guides and comparisons, and survive a JSON round trip unchanged', () => {
    const guides = exportCollection(model, 'guides', origin);
    expect(guides.entries[0]).toMatchObject({ id: 'intro', url: 'https://example.org/docs/guides/intro/', related: ['glossary/csr'], section: 'architecture' });
    expect(guides.entries[0]).not.toHaveProperty('counterparts');
    const comparisons = exportCollection(model, 'comparisons', origin);
    expect(JSON.parse(JSON.stringify(comparisons))).toEqual(comparisons);
  });
});

describe('feed items', () => {
  const link = (collection: 'glossary' | 'guides', id: string) => model.link(collection, id);

  test('are newest first, then undated entries by collection and title, with absolute links', () => {
    const items = feedItems(
      [
        { link: link('guides', 'intro') },
        { link: link('glossary', 'ssr') },
        { link: link('glossary', 'csr'), lastUpdated: '2026-01-02T10:00:00Z' },
        { link: link('guides', 'intro'), lastUpdated: '2026-03-01T10:00:00Z' },
      ],
      origin,
    );
    expect(items.map((item) => [item.title, item.pubDate?.toISOString()])).toEqual([
      ['Intro', '2026-03-01T10:00:00.000Z'],
      ['Client-side rendering', '2026-01-02T10:00:00.000Z'],
      ['Server-side rendering', undefined],
      ['Intro', undefined],
    ]);
    expect(items[1]).toMatchObject({ link: 'https://example.org/docs/glossary/csr/', categories: ['Glossary', 'Architecture'] });
  });

  test('the most recently updated entries leave out undated ones and stop at the count asked for', () => {
    const entries = [
      { link: link('guides', 'intro') },
      { link: link('glossary', 'ssr'), lastUpdated: '2026-02-01T10:00:00Z' },
      { link: link('glossary', 'csr'), lastUpdated: '2026-01-02T10:00:00Z' },
      { link: model.link('technologies', 'django'), lastUpdated: '2026-03-01T10:00:00Z' },
    ];
    expect(recentlyUpdated(entries, 2).map(({ entry, date }) => [entry.id, date.toISOString()])).toEqual([
      ['django', '2026-03-01T10:00:00.000Z'],
      ['ssr', '2026-02-01T10:00:00.000Z'],
    ]);
    expect(recentlyUpdated(entries, 10).map(({ entry }) => entry.id)).toEqual(['django', 'ssr', 'csr']);
  });
});
