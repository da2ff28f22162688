/**
 * Which social card every page shows (`og:image`): built once per build from the site model, keyed by the page's path
 * relative to the base (`''` for the home page, `glossary/rest/` for an entry). The layout looks its page up and fails
 * the build when a page has no card or a card titled otherwise than the page, so a new page type cannot ship without
 * a right one; the card endpoint
 * (src/pages/social/[...card].png.ts) draws exactly these.
 */
import { COLLECTIONS, ENTRY_TYPE_LABELS, type CollectionName } from '../schemas/registry.ts';
import type { SocialCard } from '../social/card-image.ts';
import { SITE_NAME } from '../site/meta.ts';
import { collectionPath, entryPath, SIDES_HUB_PATH } from '../site/urls.ts';
import { COLLECTION_LABELS, type SiteModel } from './site-model.ts';

/** Pages that are not entries or lists of entries, with the card each shows. */
const FIXED_PAGES: Record<string, SocialCard> = {
  '': { title: SITE_NAME, type: 'An open guide to backend development' },
  [SIDES_HUB_PATH]: { title: 'Frontend and backend', type: 'The two sides of a web system', side: 'both' },
  'compare/': { title: 'Compare technologies', type: 'Side by side' },
  'search/': { title: 'Search', type: 'Every entry of the guide' },
  'offline/': { title: 'Offline reading', type: 'The guide without a connection' },
  '404/': { title: 'Page not found', type: 'Error' },
};

/** The titles of the collection index pages. */
const INDEX_TITLES: Record<CollectionName, string> = { ...COLLECTION_LABELS, paths: 'Learning paths' };

export type SocialCards = ReadonlyMap<string, SocialCard>;

export function socialCards(site: SiteModel): SocialCards {
  const cards = new Map<string, SocialCard>(Object.entries(FIXED_PAGES));
  for (const collection of COLLECTIONS) {
    cards.set(collectionPath(collection), { title: INDEX_TITLES[collection], type: 'Section' });
    for (const { id } of site[collection]) {
      const { title, type, side } = site.link(collection, id);
      const kind = ENTRY_TYPE_LABELS[collection];
      cards.set(entryPath(collection, id), { title, type: type === kind ? kind : `${kind} · ${type}`, side });
    }
  }
  // Titled as src/components/GroupIndex.astro titles these pages.
  for (const { href, label } of site.glossaryCategoryLinks) cards.set(relative(site, href), { title: `${label} — ${COLLECTION_LABELS.glossary}`, type: 'Glossary category' });
  for (const { href, label } of site.technologyKindLinks) cards.set(relative(site, href), { title: `${label} — ${COLLECTION_LABELS.technologies}`, type: 'Technology kind' });
  return cards;
}

const relative = (site: SiteModel, href: string) => href.slice(site.base.endsWith('/') ? site.base.length : site.base.length + 1);

/** A page's path relative to the base, with a trailing slash: `/base/glossary/rest/` → `glossary/rest/`. */
export function pageKey(base: string, pathname: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  return inside === '' || inside.endsWith('/') ? inside : `${inside}/`;
}

/** Where a page's card is published, relative to the base: `social/glossary/rest.png`, `social/home.png`. */
export const cardFile = (key: string) => `social/${key === '' ? 'home' : key.replace(/\/$/, '')}.png`;
