/**
 * The names of every entry, for what full-text ranking cannot promise: an exact title or alias is always the first
 * result (`k8s` → Kubernetes), and a search with no results suggests the closest glossary titles. Shared by the
 * search dialog, the search page and the offline bundle's fallback search.
 */
import { normalizeName } from '../text/names.ts';
import { editDistance } from '../text/suggest.ts';

/** One entry's names, as `search/titles.json` lists them. */
export interface SearchTitle {
  /** The entry's title (a technology's name). */
  title: string;
  /** Other names the entry is known by. */
  aliases: string[];
  /** The page's URL, with the base path. */
  url: string;
  /** The entry type's label, as the `type` search filter names it. */
  type: string;
  /** The side's label, as the `side` search filter names it, for entries that have one. */
  side?: string | undefined;
}

export type TitleIndex = ReadonlyMap<string, SearchTitle>;

/** Every title and alias, normalized, to its entry. The content check guarantees names are unambiguous. */
export function buildTitleIndex(titles: readonly SearchTitle[]): TitleIndex {
  const index = new Map<string, SearchTitle>();
  for (const entry of titles) {
    for (const name of [entry.title, ...entry.aliases]) {
      const key = normalizeName(name);
      if (!index.has(key)) index.set(key, entry);
    }
  }
  return index;
}

/** The entry whose title or an alias is exactly the query (ignoring case, spacing and Unicode width), if any. */
export function exactTitleMatch(query: string, index: TitleIndex): SearchTitle | undefined {
  return index.get(normalizeName(query));
}

/**
 * Up to `limit` titles closest to a query that found nothing, from entries of the `preferred` type (the glossary)
 * when any is close, else from every entry: by edit distance to the title or an alias, names that start with the
 * query first. Names too far off to be a plausible typo are left out.
 */
export function suggestTitles(query: string, titles: readonly SearchTitle[], preferred: string, limit = 3): SearchTitle[] {
  const preferredTitles = closestTitles(query, titles.filter((entry) => entry.type === preferred), limit);
  return preferredTitles.length > 0 ? preferredTitles : closestTitles(query, titles, limit);
}

function closestTitles(query: string, titles: readonly SearchTitle[], limit: number): SearchTitle[] {
  const needle = normalizeName(query);
  if (needle === '') return [];
  const scored: { entry: SearchTitle; score: number }[] = [];
  for (const entry of titles) {
    let best = Number.POSITIVE_INFINITY;
    for (const name of [entry.title, ...entry.aliases]) {
      const hay = normalizeName(name);
      const distance = hay.startsWith(needle) ? 0.5 : editDistance(needle, hay.slice(0, needle.length + 2));
      best = Math.min(best, distance);
    }
    if (best <= Math.max(1, Math.floor(needle.length / 3))) scored.push({ entry, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.entry.title.localeCompare(b.entry.title, 'en'))
    .slice(0, limit)
    .map(({ entry }) => entry);
}
