import { describe, expect, test } from 'vitest';
import { tableOfContents } from '../../src/model/toc.ts';

const heading = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replaceAll(' ', '-') });

describe('table of contents', () => {
  test('nests level-3 headings under their level-2 heading and leaves out other levels', () => {
    const items = tableOfContents([heading(2, 'Why'), heading(3, 'Detail'), heading(4, 'Too deep'), heading(3, 'More'), heading(2, 'How'), heading(1, 'Title')]);
    expect(items).toEqual([
      { slug: 'why', text: 'Why', children: [{ slug: 'detail', text: 'Detail', children: [] }, { slug: 'more', text: 'More', children: [] }] },
      { slug: 'how', text: 'How', children: [] },
    ]);
  });

  test('is empty for pages with fewer than three level-2 and level-3 headings', () => {
    expect(tableOfContents([heading(2, 'One'), heading(3, 'Two'), heading(4, 'Three'), heading(5, 'Four')])).toEqual([]);
    expect(tableOfContents([heading(2, 'One'), heading(2, 'Two'), heading(2, 'Three')])).toHaveLength(3);
  });

  test('keeps a level-3 heading that comes before any level-2 heading at the top level', () => {
    expect(tableOfContents([heading(3, 'Intro'), heading(2, 'A'), heading(2, 'B')]).map((item) => item.slug)).toEqual(['intro', 'a', 'b']);
  });
});
