import { describe, expect, test } from 'vitest';
import { buildNavigation, NAVIGATION_FULL_LIST_LIMIT, NAVIGATION_WINDOW, type NavigationSectionInput } from '../../src/model/navigation.ts';
import type { EntryLink } from '../../src/model/entry.ts';
import type { CollectionName } from '../../src/schemas/registry.ts';

const entry = (collection: CollectionName, id: string): EntryLink => ({ collection, id, title: id.toUpperCase(), summary: '', href: `/${collection}/${id}/`, type: '' });
const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}-${String(index).padStart(3, '0')}`);

/** A small collection (every entry listed) and a large one (a window of the current group only). */
const small: NavigationSectionInput = {
  collection: 'guides',
  label: 'Guides',
  href: '/guides/',
  groups: [
    { key: 'foundations', label: 'Foundations', href: '/guides/#section-foundations', entries: ['b', 'a'].map((id) => entry('guides', id)) },
    { key: 'career', label: 'Career', href: '/guides/#section-career', entries: ['c'].map((id) => entry('guides', id)) },
  ],
};
const largeGroup = ids('data', NAVIGATION_FULL_LIST_LIMIT + 10);
const large: NavigationSectionInput = {
  collection: 'glossary',
  label: 'Glossary',
  href: '/glossary/',
  groups: [
    { key: 'api', label: 'APIs', href: '/glossary/category/api/', entries: ids('api', 3).map((id) => entry('glossary', id)) },
    { key: 'data', label: 'Data', href: '/glossary/category/data/', entries: largeGroup.map((id) => entry('glossary', id)) },
  ],
};
const navigation = buildNavigation([small, large]);

describe('section navigation', () => {
  test('keeps the groups and their entries in the order given (reading order), with counts', () => {
    const view = navigation.view({ collection: 'guides', id: 'a' });
    expect(view?.groups.map((group) => [group.label, group.count, group.entries?.map((link) => link.title)])).toEqual([
      ['Foundations', 2, ['B', 'A']],
      ['Career', 1, ['C']],
    ]);
  });

  test('marks the current entry and its group, and nothing else', () => {
    const view = navigation.view({ collection: 'guides', id: 'c' });
    expect(view?.current).toBe(false);
    expect(view?.groups.map((group) => group.current)).toEqual([false, true]);
    const marked = view?.groups.flatMap((group) => group.entries ?? []).filter((link) => link.current);
    expect(marked?.map((link) => link.title)).toEqual(['C']);
  });

  test("marks the collection's index page, with no group current", () => {
    const view = navigation.view({ collection: 'guides' });
    expect(view?.current).toBe(true);
    expect(view?.groups.some((group) => group.current)).toBe(false);
  });

  test('a large collection lists only the current group, a window around the current entry, and links the rest', () => {
    const current = largeGroup[30] ?? '';
    const view = navigation.view({ collection: 'glossary', id: current });
    const [api, data] = view?.groups ?? [];
    expect(api).toMatchObject({ label: 'APIs', count: 3, current: false, href: '/glossary/category/api/' });
    expect(api?.entries).toBeUndefined();
    expect(data?.entries).toHaveLength(NAVIGATION_WINDOW);
    expect(data?.hidden).toBe(largeGroup.length - NAVIGATION_WINDOW);
    expect(data?.indexLink).toBe(true);
    const titles = data?.entries?.map((link) => link.title) ?? [];
    expect(titles).toContain(current.toUpperCase());
    // The window keeps the group's order: consecutive entries.
    const start = largeGroup.indexOf((titles[0] ?? '').toLowerCase());
    expect(titles).toEqual(largeGroup.slice(start, start + NAVIGATION_WINDOW).map((id) => id.toUpperCase()));
  });

  test("the window stays inside the group at its ends, and a group's own page lists its first entries, marked current", () => {
    const last = largeGroup.at(-1) ?? '';
    const atEnd = navigation.view({ collection: 'glossary', id: last })?.groups[1]?.entries?.map((link) => link.title);
    expect(atEnd).toEqual(largeGroup.slice(-NAVIGATION_WINDOW).map((id) => id.toUpperCase()));
    const groupPage = navigation.view({ collection: 'glossary', group: 'data' })?.groups[1];
    expect(groupPage?.entries?.map((link) => link.title)).toEqual(largeGroup.slice(0, NAVIGATION_WINDOW).map((id) => id.toUpperCase()));
    expect(groupPage).toMatchObject({ current: true, indexCurrent: true });
  });

  test('what one page lists stays bounded however large the collection grows', () => {
    const huge = buildNavigation([{ ...large, groups: [{ ...large.groups[1], entries: ids('x', 5000).map((id) => entry('glossary', id)) } as NavigationSectionInput['groups'][number]] }]);
    const listed = huge.view({ collection: 'glossary', id: 'x-2500' })?.groups.flatMap((group) => group.entries ?? []) ?? [];
    expect(listed.length).toBeLessThanOrEqual(NAVIGATION_WINDOW);
  });

  test('has no view for a collection it does not cover', () => {
    expect(navigation.view({ collection: 'paths' })).toBeUndefined();
  });
});
