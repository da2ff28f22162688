/** The items of the RSS feed (`/rss.xml`): every entry of the guide, most recently changed first. */
import { COLLECTIONS } from '../schemas/registry.ts';
import type { EntryLink } from './entry.ts';
import { byTitle, COLLECTION_LABELS } from './site-model.ts';

export interface FeedItem {
  title: string;
  /** The absolute URL of the entry's page. */
  link: string;
  description: string;
  /** When the entry's file last changed; left out when the history is unknown (a shallow clone). */
  pubDate?: Date;
  categories: string[];
}

/** An entry and when its file last changed (an ISO date), if known. */
export interface DatedEntry {
  link: EntryLink;
  lastUpdated?: string | undefined;
}

/**
 * Items for `entries`, newest first; entries without a date (or with the same date) follow in collection order, then
 * by title, so the feed is the same for the same content.
 */
export function feedItems(entries: readonly DatedEntry[], origin: URL): FeedItem[] {
  return newestFirst(entries).map(({ entry, time }) => ({
    title: entry.title,
    link: new URL(entry.href, origin).href,
    description: entry.summary,
    ...(Number.isFinite(time) ? { pubDate: new Date(time) } : {}),
    categories: [COLLECTION_LABELS[entry.collection], entry.type],
  }));
}

/** Entries newest first, with their time (`-Infinity` when unknown); ties in collection order, then by title. */
export function newestFirst(entries: readonly DatedEntry[]): { entry: EntryLink; time: number }[] {
  const dated = entries.map(({ link: entry, lastUpdated }) => {
    const time = Date.parse(lastUpdated ?? '');
    return { entry, time: Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time };
  });
  return dated.sort(
    (a, b) =>
      b.time - a.time ||
      COLLECTIONS.indexOf(a.entry.collection) - COLLECTIONS.indexOf(b.entry.collection) ||
      byTitle(a.entry, b.entry),
  );
}

/** The `count` most recently changed entries with a known date, newest first (none in a shallow clone). */
export const recentlyUpdated = (entries: readonly DatedEntry[], count: number): { entry: EntryLink; date: Date }[] =>
  newestFirst(entries)
    .filter(({ time }) => Number.isFinite(time))
    .slice(0, count)
    .map(({ entry, time }) => ({ entry, date: new Date(time) }));
