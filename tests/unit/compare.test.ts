import { describe, expect, test } from 'vitest';
import { listNames, readItems, resolveSelection, toSlug, type CompareCandidate } from '../../src/compare/selection.ts';
import { buildSiteModel } from '../../src/model/site-model.ts';
import { comparePath } from '../../src/site/urls.ts';
import { technologySchema } from '../../src/schemas/technologies.ts';
import { makeTechnology } from '../support/builders.ts';

const technology = (id: string, name: string, kind: string, overrides: Record<string, unknown> = {}) => ({
  id,
  data: technologySchema.parse(makeTechnology({ name, kind, ...overrides })),
});

const model = buildSiteModel(
  {
    glossary: [],
    technologies: [
      technology('python', 'Python', 'language', { firstReleased: 1991 }),
      technology('ruby', 'Ruby', 'language'),
      technology('django', 'Django', 'framework', {
        language: 'python',
        license: 'BSD-3-Clause',
        firstReleased: 2005,
        alternatives: ['ruby-on-rails', 'flask', 'postgresql'],
      }),
      technology('ruby-on-rails', 'Ruby on Rails', 'framework', { language: 'ruby', aliases: ['Rails', 'RoR'], alternatives: ['django', 'laravel', 'flask', 'phoenix'] }),
      technology('flask', 'Flask', 'framework', { alternatives: ['django'] }),
      technology('laravel', 'Laravel', 'framework'),
      technology('phoenix', 'Phoenix', 'framework'),
      technology('postgresql', 'PostgreSQL', 'database', { aliases: ['Postgres'] }),
      technology('redis', 'Redis', 'database'),
      technology('nginx', 'NGINX', 'web-server'),
    ],
    comparisons: [],
    guides: [],
    paths: [],
  },
  '/docs/',
);

describe('compare tables', () => {
  test('one table per kind with at least two technologies, in registry order, columns by name', () => {
    expect(model.compareTables.map((table) => [table.kind, table.label, table.columns.map((column) => column.id)])).toEqual([
      ['language', 'Languages', ['python', 'ruby']],
      ['framework', 'Frameworks', ['django', 'flask', 'laravel', 'phoenix', 'ruby-on-rails']],
      ['database', 'Databases and stores', ['postgresql', 'redis']],
    ]);
  });

  test('columns link their card and carry their aliases as slugs', () => {
    const rails = model.compareTables[1]?.columns.find((column) => column.id === 'ruby-on-rails');
    expect(rails).toEqual({ id: 'ruby-on-rails', name: 'Ruby on Rails', href: '/docs/technologies/ruby-on-rails/', aliases: ['rails', 'ror'] });
  });

  test('rows hold facts, features, pros, cons and use cases; a fact no technology of the kind states is left out', () => {
    const frameworks = model.compareTables[1];
    const languages = model.compareTables[0];
    expect(frameworks?.rows.map((row) => row.label)).toEqual(['Side', 'First released', 'License', 'Language', 'Website', 'Features', 'Pros', 'Cons', 'Use cases']);
    expect(languages?.rows.map((row) => row.label)).toEqual(['Side', 'First released', 'Website', 'Features', 'Pros', 'Cons', 'Use cases']);
    const row = (label: string) => frameworks?.rows.find((candidate) => candidate.label === label)?.cells;
    expect(row('First released')?.slice(0, 2)).toEqual([{ type: 'text', text: '2005' }, { type: 'missing' }]);
    expect(row('Language')?.[0]).toEqual({ type: 'link', text: 'Python', href: '/docs/technologies/python/', external: false });
    expect(row('Website')?.[0]).toEqual({ type: 'link', text: 'postgresql.org', href: 'https://www.postgresql.org/', external: true });
    expect(row('Features')?.[0]).toMatchObject({ type: 'points', points: [{ title: 'Transactions' }, { title: 'Extensions' }, { title: 'JSONB' }] });
    for (const { cells } of frameworks?.rows ?? []) expect(cells).toHaveLength(5);
  });
});

describe('"Compare with…" links of a card', () => {
  test('one per alternative of the same kind, plus all of them together when they fit in one comparison', () => {
    expect(model.compareLinks('django')).toEqual([
      { label: 'Django vs Ruby on Rails', href: '/docs/compare/?items=django,ruby-on-rails' },
      { label: 'Django vs Flask', href: '/docs/compare/?items=django,flask' },
      { label: 'Django, Ruby on Rails and Flask side by side', href: '/docs/compare/?items=django,ruby-on-rails,flask' },
    ]);
  });

  test('no "all together" link when the alternatives would make more than four columns, or when there is only one', () => {
    expect(model.compareLinks('ruby-on-rails').map((link) => link.label)).toEqual([
      'Ruby on Rails vs Django',
      'Ruby on Rails vs Laravel',
      'Ruby on Rails vs Flask',
      'Ruby on Rails vs Phoenix',
    ]);
    expect(model.compareLinks('flask').map((link) => link.label)).toEqual(['Flask vs Django']);
    expect(model.compareLinks('laravel')).toEqual([]);
  });

  test('the compare page path, with and without a selection', () => {
    expect(comparePath()).toBe('compare/');
    expect(comparePath(['django', 'flask'])).toBe('compare/?items=django,flask');
  });
});

describe('reading a compare link', () => {
  test('comma-separated and repeated items, as slugs, each once, in order', () => {
    expect(readItems('?items=django,ruby-on-rails,laravel')).toEqual(['django', 'ruby-on-rails', 'laravel']);
    expect(readItems('?kind=framework&items=django&items=flask')).toEqual(['django', 'flask']);
    expect(readItems('?items=Django,%20Ruby%20on%20Rails,,django')).toEqual(['django', 'ruby-on-rails']);
    expect(readItems('')).toEqual([]);
    expect(readItems('?items=')).toEqual([]);
  });

  test('slugs and name lists', () => {
    expect(toSlug('  Node.js ')).toBe('node-js');
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('resolving a selection', () => {
  const candidates: CompareCandidate[] = model.compareTables.flatMap((table) =>
    table.columns.map((column) => ({ id: column.id, name: column.name, kind: table.kind, aliases: column.aliases })),
  );
  const resolve = (search: string) => resolveSelection(readItems(search), candidates);

  test('2 to 4 known technologies of one kind make a comparison, in the order the link names them', () => {
    expect(resolve('?items=laravel,django')).toEqual({ status: 'ok', kind: 'framework', ids: ['laravel', 'django'] });
    expect(resolve('?items=django,flask,laravel,phoenix')).toMatchObject({ status: 'ok', ids: ['django', 'flask', 'laravel', 'phoenix'] });
    expect(resolve('?items=python,ruby')).toEqual({ status: 'ok', kind: 'language', ids: ['python', 'ruby'] });
  });

  test('an alias names its technology, and naming one twice counts once', () => {
    expect(resolve('?items=django,rails,laravel')).toEqual({ status: 'ok', kind: 'framework', ids: ['django', 'ruby-on-rails', 'laravel'] });
    expect(resolve('?items=rails,ruby-on-rails,RoR,django')).toEqual({ status: 'ok', kind: 'framework', ids: ['ruby-on-rails', 'django'] });
  });

  test('an alias two technologies share names neither', () => {
    const shared = [
      { id: 'a', name: 'A', kind: 'tool', aliases: ['same'] },
      { id: 'b', name: 'B', kind: 'tool', aliases: ['same'] },
    ];
    expect(resolveSelection(['same', 'a'], shared)).toMatchObject({ status: 'invalid', message: expect.stringContaining('“same”') });
  });

  test('no items is no selection', () => {
    expect(resolve('')).toEqual({ status: 'none' });
    expect(resolve('?other=1')).toEqual({ status: 'none' });
  });

  test('unknown ids are named', () => {
    expect(resolve('?items=django,djngo,nope')).toEqual({
      status: 'invalid',
      message: 'This guide has no technology called “djngo” and “nope”.',
    });
  });

  test('fewer than two or more than four is explained', () => {
    expect(resolve('?items=django')).toEqual({ status: 'invalid', message: 'A comparison needs 2 to 4 technologies; this link names 1.' });
    expect(resolve('?items=django,django')).toMatchObject({ status: 'invalid', message: expect.stringContaining('this link names 1') });
    expect(resolve('?items=django,flask,laravel,phoenix,rails')).toMatchObject({ status: 'invalid', message: expect.stringContaining('this link names 5') });
  });

  test('technologies of different kinds are refused, by name', () => {
    expect(resolve('?items=django,postgres')).toEqual({
      status: 'invalid',
      message: 'Django and PostgreSQL are not the same kind of technology; a comparison needs 2 to 4 of one kind.',
    });
  });
});
