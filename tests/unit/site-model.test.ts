import { describe, expect, test } from 'vitest';
import { buildSiteModel, indexLetter } from '../../src/lib/site-model.ts';
import { comparisonSchema } from '../../src/schemas/comparisons.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { guideSchema } from '../../src/schemas/guides.ts';
import { technologySchema } from '../../src/schemas/technologies.ts';
import { makeComparison, makeGlossary, makeGuide, makeTechnology } from '../support/builders.ts';

const glossary = (id: string, title: string) => ({ id, data: glossarySchema.parse(makeGlossary({ title })) });
const technology = (id: string, name: string, kind: string) => ({ id, data: technologySchema.parse(makeTechnology({ name, kind })) });
const guide = (id: string, title: string, section: string, order: number) => ({ id, data: guideSchema.parse(makeGuide({ title, section, order })) });

const model = buildSiteModel(
  {
    glossary: [glossary('rest', 'REST'), glossary('acid', 'ACID'), glossary('http-2', '2xx status'), glossary('api', 'api')],
    technologies: [technology('redis', 'Redis', 'database'), technology('django', 'Django', 'framework'), technology('flask', 'Flask', 'framework')],
    comparisons: [{ id: 'sql-vs-nosql', data: comparisonSchema.parse(makeComparison()) }],
    guides: [guide('careers', 'Careers', 'career', 10), guide('monolith', 'Monolith', 'architecture', 20), guide('microservices', 'Microservices', 'architecture', 10)],
  },
  '/docs/',
);

describe('site model', () => {
  test('sorts entries by title, ignoring case', () => {
    expect(model.glossary.map((entry) => entry.id)).toEqual(['http-2', 'acid', 'api', 'rest']);
  });

  test('groups the glossary A–Z with digits under #', () => {
    expect(model.glossaryByLetter.map((group) => [group.key, group.items.map((entry) => entry.id)])).toEqual([
      ['#', ['http-2']],
      ['A', ['acid', 'api']],
      ['R', ['rest']],
    ]);
    expect(indexLetter('Élan')).toBe('E');
  });

  test('groups technologies by kind in registry order, leaving out empty kinds', () => {
    expect(model.technologiesByKind.map((group) => [group.label, group.items.map((entry) => entry.id)])).toEqual([
      ['Frameworks', ['django', 'flask']],
      ['Databases and stores', ['redis']],
    ]);
  });

  test('orders guides by section, then by order', () => {
    expect(model.guidesBySection.map((group) => [group.key, group.items.map((entry) => entry.id)])).toEqual([
      ['architecture', ['microservices', 'monolith']],
      ['career', ['careers']],
    ]);
  });

  test('links carry the base path, title, type and side', () => {
    expect(model.link('technologies', 'django')).toMatchObject({ href: '/docs/technologies/django/', title: 'Django', type: 'Frameworks', side: 'backend' });
    expect(model.qualifiedLinks(['guides/careers']).map((link) => link.href)).toEqual(['/docs/guides/careers/']);
    expect(model.collectionUrl('glossary')).toBe('/docs/glossary/');
  });

  test('an unknown link is reported as a bug, not rendered', () => {
    expect(() => model.link('glossary', 'nope')).toThrow(/No glossary entry "nope"/);
  });

  test('comparison subjects resolve to their entries, labels stay plain', () => {
    expect(model.subject({ technology: 'redis' })).toMatchObject({ label: 'Redis', link: { href: '/docs/technologies/redis/' } });
    expect(model.subject({ label: 'NoSQL' })).toEqual({ label: 'NoSQL' });
  });
});
