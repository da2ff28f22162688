/** `/rss.xml`: every entry of the guide as a feed item, most recently changed first (dates from the git history). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems, type DatedEntry } from '../model/feed.ts';
import { SITE_NAME } from '../site/meta.ts';
import { absoluteUrl, origin, pageSource, site } from '../model/site.ts';
import { COLLECTIONS } from '../schemas/registry.ts';

export const GET: APIRoute = () => {
  const entries: DatedEntry[] = COLLECTIONS.flatMap((collection) => {
    const collectionEntries: readonly { id: string; filePath?: string | undefined }[] = site[collection];
    return collectionEntries.map((entry) => ({
      link: site.link(collection, entry.id),
      lastUpdated: entry.filePath === undefined ? undefined : pageSource(entry.filePath).lastUpdated,
    }));
  });
  return rss({
    title: SITE_NAME,
    description: 'Every entry of the Backend Field Guide: glossary terms, technology cards, comparisons and guides.',
    site: absoluteUrl(site.url('')),
    items: feedItems(entries, origin),
  });
};
