/** `/rss.xml`: every entry of the guide as a feed item, most recently changed first (dates from the git history). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../model/feed.ts';
import { SITE_NAME } from '../site/meta.ts';
import { absoluteUrl, datedEntries, origin, site } from '../model/site.ts';

export const GET: APIRoute = () => {
  return rss({
    title: SITE_NAME,
    description: 'Every entry of the Backend Field Guide: glossary terms, technology cards, comparisons and guides.',
    site: absoluteUrl(site.url('')),
    items: feedItems(datedEntries, origin),
  });
};
