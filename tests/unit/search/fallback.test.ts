import { describe, expect, it } from 'vitest';
import { searchFallback, words, type FallbackIndex } from '../../../src/search/fallback.ts';

const page = (url: string, title: string, text: string, type = 'Glossary term') => ({ url, title, type, text });

const index: FallbackIndex = {
  pages: [
    page('technologies/kubernetes/index.html', 'Kubernetes', 'Kubernetes runs containers across a cluster and restarts them when they fail.', 'Technology'),
    page('glossary/containerization/index.html', 'Containerization', 'Packaging an application with its dependencies. Kubernetes and Docker are common tools.'),
    page('glossary/caching/index.html', 'Caching', 'Keeping a copy of data close to where it is read. Caches expire entries after a time to live.'),
    page('technologies/dotnet/index.html', 'ASP.NET Core', 'A framework for C# web applications.', 'Technology'),
  ],
  titles: [
    { title: 'Kubernetes', aliases: ['k8s'], url: 'technologies/kubernetes/index.html', type: 'Technology' },
    { title: 'Containerization', aliases: [], url: 'glossary/containerization/index.html', type: 'Glossary term' },
    { title: 'Caching', aliases: ['cache'], url: 'glossary/caching/index.html', type: 'Glossary term' },
    { title: 'ASP.NET Core', aliases: [], url: 'technologies/dotnet/index.html', type: 'Technology' },
  ],
};

const titles = (query: string) => searchFallback(index, query).map((hit) => hit.page.title);

describe('offline bundle search', () => {
  it('finds an entry by its title first', () => {
    expect(titles('Kubernetes')).toEqual(['Kubernetes', 'Containerization']);
  });

  it('finds an entry by an alias that appears nowhere in its text', () => {
    expect(titles('k8s')).toEqual(['Kubernetes']);
  });

  it('finds entries by body words, every word required, word beginnings matching', () => {
    expect(titles('dependencies docker')).toEqual(['Containerization']);
    expect(titles('expir')).toEqual(['Caching']);
    expect(titles('docker cluster')).toEqual([]);
  });

  it('keeps technical characters in words', () => {
    expect(words('C# and Node.js, ASP.NET.')).toEqual(['c#', 'and', 'node.js', 'asp.net']);
    expect(titles('c#')).toEqual(['ASP.NET Core']);
  });

  it('marks the matched words in the excerpt', () => {
    const [hit] = searchFallback(index, 'cluster');
    expect(hit?.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['cluster']);
    expect(hit?.excerpt.map((part) => part.text).join('')).toContain('runs containers across a cluster and restarts');
  });

  it('returns nothing for an empty query', () => {
    expect(searchFallback(index, '  ,, ')).toEqual([]);
  });
});
