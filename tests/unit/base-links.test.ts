import { describe, expect, test } from 'vitest';
import { rehypeBaseLinks, withBasePath } from '../../src/markdown/base-links.ts';

describe('base path for body links', () => {
  test.each([
    ['/glossary/rest/', '/docs/', '/docs/glossary/rest/'],
    ['/glossary/rest/#example', '/docs', '/docs/glossary/rest/#example'],
    ['/docs/glossary/rest/', '/docs/', '/docs/glossary/rest/'],
    ['https://example.org/', '/docs/', 'https://example.org/'],
    ['//cdn.example.org/x', '/docs/', '//cdn.example.org/x'],
    ['#section', '/docs/', '#section'],
    ['../relative/', '/docs/', '../relative/'],
    ['/glossary/rest/', '/', '/glossary/rest/'],
  ])('%s under %s → %s', (href, base, expected) => {
    expect(withBasePath(href, base)).toBe(expected);
  });

  test('the rehype adapter rewrites anchors only', () => {
    const tree = {
      type: 'root' as const,
      children: [
        { type: 'element' as const, tagName: 'a', properties: { href: '/glossary/api/' }, children: [] },
        { type: 'element' as const, tagName: 'img', properties: { href: '/x/' }, children: [] },
      ],
    };
    rehypeBaseLinks({ base: '/docs/' })(tree);
    expect(tree.children.map((node) => node.properties['href'])).toEqual(['/docs/glossary/api/', '/x/']);
  });
});
