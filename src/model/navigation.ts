/**
 * The section navigation beside every page of a collection: the collection's groups (glossary categories, technology
 * kinds, guide sections in reading order, or one list for comparisons and paths), built once per build. A page asks
 * for its own view with `view(place)`, which costs time in proportion to what it shows, not to the size of the guide.
 *
 * What one page shows stays small at any size of the guide: a small collection lists every entry of every group (each
 * group a collapsible `<details>`, the current one open); a large one lists entries only in the current group, at
 * most `NAVIGATION_WINDOW` of them around the current entry with a link to the whole group, and shows its other groups
 * as links to their index pages with their counts.
 */
import type { CollectionName } from '../schemas/registry.ts';
import type { EntryLink } from './entry.ts';

/** A collection with at most this many entries lists all of them on each of its pages. */
export const NAVIGATION_FULL_LIST_LIMIT = 40;
/** The most entries of the current group a page of a larger collection lists. */
export const NAVIGATION_WINDOW = 24;

/** One group of a collection, with its entries in reading order. */
export interface NavigationGroupInput {
  key: string;
  label: string;
  /** The page that lists the whole group (a category or kind page, or a section of the collection's index). */
  href: string;
  entries: readonly EntryLink[];
}

/** One collection as the navigation shows it. */
export interface NavigationSectionInput {
  collection: CollectionName;
  label: string;
  /** The collection's index page. */
  href: string;
  groups: readonly NavigationGroupInput[];
}

/** Where a page stands: an entry, a group's index page, or the collection's index page. */
export type NavigationPlace =
  | { collection: CollectionName; id: string }
  | { collection: CollectionName; group: string }
  | { collection: CollectionName };

export interface NavigationLinkView {
  title: string;
  href: string;
  current: boolean;
}

export interface NavigationGroupView {
  key: string;
  label: string;
  href: string;
  count: number;
  /** Whether this group holds the current page (its entry, or its index page). */
  current: boolean;
  /**
   * The entries listed, or undefined when the group is shown as a link to its index page only (the other groups of a
   * large collection).
   */
  entries?: NavigationLinkView[];
  /** How many of the group's entries are not listed (a large current group shows a window of them). */
  hidden: number;
  /** Whether the listed entries end with a link to the group's own page (in a large collection). */
  indexLink: boolean;
  /** Whether the page is this group's own page. */
  indexCurrent: boolean;
}

export interface NavigationView {
  collection: CollectionName;
  label: string;
  href: string;
  /** Whether the page is the collection's index page. */
  current: boolean;
  groups: NavigationGroupView[];
}

/** Builds the navigation of every collection once; `view` gives one page's part of it. */
export function buildNavigation(sections: readonly NavigationSectionInput[]) {
  const byCollection = new Map<CollectionName, { section: NavigationSectionInput; total: number }>();
  /** `collection/id` → the entry's group and its position in it. */
  const positions = new Map<string, { group: number; index: number }>();
  for (const section of sections) {
    let total = 0;
    section.groups.forEach((group, groupIndex) => {
      total += group.entries.length;
      group.entries.forEach((entry, index) => positions.set(`${section.collection}/${entry.id}`, { group: groupIndex, index }));
    });
    byCollection.set(section.collection, { section, total });
  }

  const listed = (entries: readonly EntryLink[], currentId: string | undefined): NavigationLinkView[] =>
    entries.map((entry) => ({ title: entry.title, href: entry.href, current: entry.id === currentId }));

  /** The navigation one page shows; undefined for a collection the navigation does not cover. */
  const view = (place: NavigationPlace): NavigationView | undefined => {
    const found = byCollection.get(place.collection);
    if (found === undefined) return undefined;
    const { section, total } = found;
    const currentId = 'id' in place ? place.id : undefined;
    const position = currentId === undefined ? undefined : positions.get(`${place.collection}/${currentId}`);
    const currentGroup = position?.group ?? ('group' in place ? section.groups.findIndex((group) => group.key === place.group) : -1);
    const small = total <= NAVIGATION_FULL_LIST_LIMIT;
    return {
      collection: section.collection,
      label: section.label,
      href: section.href,
      current: !('id' in place) && !('group' in place),
      groups: section.groups.map((group, groupIndex) => {
        const current = groupIndex === currentGroup;
        const base = { key: group.key, label: group.label, href: group.href, count: group.entries.length, current, indexLink: !small, indexCurrent: current && 'group' in place };
        if (small) return { ...base, entries: listed(group.entries, currentId), hidden: 0 };
        if (!current) return { ...base, hidden: group.entries.length };
        // A window of the current group centred on the current entry (its start on the group's own page).
        const centre = position?.index ?? 0;
        const start = Math.max(0, Math.min(centre - Math.floor(NAVIGATION_WINDOW / 2), group.entries.length - NAVIGATION_WINDOW));
        const window = group.entries.slice(start, start + NAVIGATION_WINDOW);
        return { ...base, entries: listed(window, currentId), hidden: group.entries.length - window.length };
      }),
    };
  };

  return { view };
}

export type Navigation = ReturnType<typeof buildNavigation>;
