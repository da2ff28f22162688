import { describe, expect, it } from 'vitest';
import { buildTitleIndex, exactTitleMatch, suggestTitles, type SearchTitle } from '../../../src/search/titles.ts';

const entry = (title: string, aliases: string[], type = 'Glossary term'): SearchTitle => ({
  title,
  aliases,
  type,
  url: `/${type === 'Technology' ? 'technologies' : 'glossary'}/${title.toLowerCase().replace(/\W+/g, '-')}/`,
});

const titles = [
  entry('Kubernetes', ['k8s', 'kube'], 'Technology'),
  entry('PostgreSQL', ['Postgres'], 'Technology'),
  entry('Relational database', ['RDBMS', 'SQL database']),
  entry('JSON Web Token (JWT)', ['JWT']),
  entry('Caching', ['cache']),
  entry('Cache invalidation', []),
];
const index = buildTitleIndex(titles);

describe('exact title and alias matches', () => {
  it.each([
    ['k8s', 'Kubernetes'],
    ['K8S', 'Kubernetes'],
    ['postgres', 'PostgreSQL'],
    ['  RDBMS ', 'Relational database'],
    ['jwt', 'JSON Web Token (JWT)'],
    ['json web token (jwt)', 'JSON Web Token (JWT)'],
    ['sql   database', 'Relational database'],
    ['ｋ８ｓ', 'Kubernetes'],
  ])('%s → %s', (query, title) => {
    expect(exactTitleMatch(query, index)?.title).toBe(title);
  });

  it('does not match partial names', () => {
    expect(exactTitleMatch('kuber', index)).toBeUndefined();
    expect(exactTitleMatch('cache inval', index)).toBeUndefined();
  });
});

describe('suggestions when nothing matched', () => {
  it('offers the closest glossary titles first, names starting with the query before typos', () => {
    expect(suggestTitles('cach', titles, 'Glossary term').map((hit) => hit.title)).toEqual(['Cache invalidation', 'Caching']);
    expect(suggestTitles('relational databse', titles, 'Glossary term').map((hit) => hit.title)).toEqual(['Relational database']);
  });

  it('falls back to every entry when no glossary title is close', () => {
    expect(suggestTitles('kuberntes', titles, 'Glossary term').map((hit) => hit.title)).toEqual(['Kubernetes']);
  });

  it('suggests nothing for a query that is nowhere near a name', () => {
    expect(suggestTitles('zzzzqqq', titles, 'Glossary term')).toEqual([]);
    expect(suggestTitles('   ', titles, 'Glossary term')).toEqual([]);
  });

  it('caps the number of suggestions', () => {
    expect(suggestTitles('c', titles, 'Glossary term', 1)).toHaveLength(1);
  });
});
