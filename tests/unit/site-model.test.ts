import { describe, expect, test } from 'vitest';
import { buildSiteModel, indexLetter, listPreview } from '../../src/model/site-model.ts';
import { comparisonSchema } from '../../src/schemas/comparisons.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { guideSchema } from '../../src/schemas/guides.ts';
import { pathSchema } from '../../src/schemas/paths.ts';
import { technologySchema } from '../../src/schemas/technologies.ts';
import { makeComparison, makeGlossary, makeGuide, makePath, makeTechnology } from '../support/builders.ts';

const glossary = (id: string, title: string) => ({ id, data: glossarySchema.parse(makeGlossary({ title })) });
const technology = (id: string, name: string, kind: string) => ({ id, data: technologySchema.parse(makeTechnology({ name, kind })) });
const guide = (id: string, title: string, section: string, order: number) => ({ id, data: guideSchema.parse(makeGuide({ title, section, order })) });

const model = buildSiteModel(
  {
    glossary: [glossary('rest', 'REST'), glossary('acid', 'ACID'), glossary('http-2', '2xx status'), glossary('api', 'api')],
    technologies: [technology('redis', 'Redis', 'database'), technology('django', 'Django', 'framework'), technology('flask', 'Flask', 'framework')],
    comparisons: [{ id: 'sql-vs-nosql', data: comparisonSchema.parse(makeComparison()) }],
    guides: [guide('careers', 'Careers', 'career', 10), guide('monolith', 'Monolith', 'architecture', 20), guide('microservices', 'Microservices', 'architecture', 10)],
    paths: [],
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

describe('the web between entries', () => {
  const term = (id: string, title: string, overrides: Record<string, unknown>) => ({ id, data: glossarySchema.parse(makeGlossary({ title, ...overrides })) });
  const card = (id: string, name: string, overrides: Record<string, unknown>) => ({ id, data: technologySchema.parse(makeTechnology({ name, ...overrides })) });
  const web = buildSiteModel(
    {
      glossary: [
        term('ssr', 'Server-side rendering', { side: 'backend', category: 'web' }),
        term('csr', 'Client-side rendering', { side: 'frontend', category: 'web', counterparts: ['ssr'] }),
        term('spa', 'Single-page application', { side: 'frontend', category: 'web', counterparts: ['ssr'] }),
        term('tls', 'TLS', { side: 'infrastructure', category: 'security' }),
        term('acid', 'ACID', { side: 'backend', category: 'data' }),
      ],
      technologies: [
        card('laravel', 'Laravel', { kind: 'framework', side: 'backend' }),
        card('mix', 'Laravel Mix', { kind: 'tool', side: 'frontend', counterparts: ['laravel'] }),
        card('django', 'Django', { kind: 'framework', side: 'backend' }),
        card('flask', 'Flask', { kind: 'framework', side: 'backend' }),
      ],
      comparisons: [
        { id: 'b', data: comparisonSchema.parse(makeComparison({ title: 'B vs C' })) },
        { id: 'a', data: comparisonSchema.parse(makeComparison({ title: 'A vs B' })) },
      ],
      guides: [guide('two', 'Two', 'architecture', 10), guide('one', 'One', 'foundations', 20), guide('three', 'Three', 'career', 10)],
      paths: [],
    },
    '/docs/',
  );
  const ids = (links: readonly { id: string }[]) => links.map((link) => link.id);

  test('counterparts are symmetric: declared once, listed from both ends, sorted by title', () => {
    expect(ids(web.counterparts('glossary', 'ssr'))).toEqual(['csr', 'spa']);
    expect(ids(web.counterparts('glossary', 'csr'))).toEqual(['ssr']);
    expect(ids(web.counterparts('technologies', 'laravel'))).toEqual(['mix']);
    expect(ids(web.counterparts('technologies', 'mix'))).toEqual(['laravel']);
    expect(web.counterparts('glossary', 'acid')).toEqual([]);
  });

  test('previous and next follow the glossary A–Z, technologies within their kind, guides in reading order', () => {
    const around = (collection: 'glossary' | 'technologies' | 'comparisons' | 'guides', id: string) => {
      const { label, previous, next } = web.sequence(collection, id);
      return [label, previous?.id, next?.id];
    };
    expect(around('glossary', 'acid')).toEqual(['Glossary', undefined, 'csr']);
    expect(around('glossary', 'csr')).toEqual(['Glossary', 'acid', 'ssr']);
    expect(around('glossary', 'tls')).toEqual(['Glossary', 'spa', undefined]);
    expect(around('technologies', 'flask')).toEqual(['Frameworks', 'django', 'laravel']);
    expect(around('technologies', 'laravel')).toEqual(['Frameworks', 'flask', undefined]);
    expect(around('technologies', 'mix')).toEqual(['Tools', undefined, undefined]);
    expect(around('guides', 'one')).toEqual(['Guides', undefined, 'two']);
    expect(around('guides', 'two')).toEqual(['Guides', 'one', 'three']);
    expect(around('comparisons', 'a')).toEqual(['Comparisons', undefined, 'b']);
  });

  test('the next of each entry names it as its previous', () => {
    for (const entry of web.glossary) {
      const { next } = web.sequence('glossary', entry.id);
      if (next !== undefined) expect(web.sequence('glossary', next.id).previous?.id).toBe(entry.id);
    }
  });

  test('groups the glossary by category in registry order, with links to each category page', () => {
    expect(web.glossaryByCategory.map((group) => [group.key, ids(group.items)])).toEqual([
      ['data', ['acid']],
      ['security', ['tls']],
      ['web', ['csr', 'ssr', 'spa']],
    ]);
    expect(web.glossaryCategoryLinks[2]).toEqual({ key: 'web', label: 'The web', href: '/docs/glossary/category/web/', count: 3 });
    expect(web.technologyKindLinks.map((link) => [link.href, link.count])).toEqual([
      ['/docs/technologies/kind/framework/', 3],
      ['/docs/technologies/kind/tool/', 1],
    ]);
  });

  test('lists every glossary entry and technology by side, leaving out empty sides', () => {
    expect(web.bySide.map((group) => [group.key, ids(group.glossary), ids(group.technologies)])).toEqual([
      ['frontend', ['csr', 'spa'], ['mix']],
      ['backend', ['acid', 'ssr'], ['django', 'flask', 'laravel']],
      ['infrastructure', ['tls'], []],
    ]);
    expect(web.sidesUrl('backend')).toBe('/docs/frontend-and-backend/#side-backend');
  });

  test('finds an entry that may not exist without failing', () => {
    expect(web.find('glossary', 'csr')?.href).toBe('/docs/glossary/csr/');
    expect(web.find('glossary', 'nope')).toBeUndefined();
  });

  test('previews a list by its first titles', () => {
    const titled = (...titles: string[]) => titles.map((title) => ({ title }));
    expect(listPreview(titled('A', 'B', 'C', 'D', 'E', 'F'))).toBe('A, B, C, D and 2 more');
    expect(listPreview(titled('A', 'B', 'C'))).toBe('A, B and C');
    expect(listPreview(titled('A'))).toBe('A');
  });
});

describe('learning paths', () => {
  const withPaths = buildSiteModel(
    {
      glossary: [glossary('http', 'HTTP'), glossary('rest', 'REST')],
      technologies: [technology('django', 'Django', 'framework')],
      comparisons: [],
      guides: [],
      paths: [
        { id: 'foundations', data: pathSchema.parse(makePath({ title: 'Foundations' })) },
        { id: 'python', data: pathSchema.parse(makePath({ title: 'Python', stages: [{ title: 'Start', goal: 'Begin.', steps: [{ entry: 'technologies/django' }, { entry: 'glossary/http' }] }] })) },
      ],
    },
    '/',
  );

  test('numbers the steps through the whole path, stage after stage', () => {
    const route = withPaths.route('foundations');
    expect(route.total).toBe(3);
    expect(route.stages.map((stage) => stage.steps.map((step) => [step.number, step.link.id, step.note]))).toEqual([
      [
        [1, 'http', undefined],
        [2, 'rest', 'Read after HTTP.'],
      ],
      [[3, 'django', undefined]],
    ]);
  });

  test('an entry knows its step in every path it belongs to, with the steps before and after it', () => {
    const positions = withPaths.pathPositions('glossary', 'http').map((position) => ({
      path: position.path.title,
      step: `${position.number} of ${position.total}`,
      stage: position.stage,
      previous: position.previous?.id,
      next: position.next?.id,
    }));
    expect(positions).toEqual([
      { path: 'Foundations', step: '1 of 3', stage: 'The web', previous: undefined, next: 'rest' },
      { path: 'Python', step: '2 of 2', stage: 'Start', previous: 'django', next: undefined },
    ]);
    expect(withPaths.pathPositions('glossary', 'nowhere')).toEqual([]);
  });

  test('a path counts as a reference of each of its steps', () => {
    expect(withPaths.backlinks('technologies', 'django').map((group) => [group.label, group.items.map((item) => item.id)])).toEqual([['Paths', ['foundations', 'python']]]);
  });
});
