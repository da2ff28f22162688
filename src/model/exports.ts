/**
 * The JSON exports of the collections (`/api/<collection>.json`): every entry's front matter as validated, with its
 * id and the absolute URL of its page. References stay ids (`collection/id` where a field names any collection), so
 * the exports join on `id`; counterparts are listed from both ends of each pair, as the pages show them.
 */
import type { CollectionName } from '../schemas/registry.ts';
import type { Entry } from './entry.ts';
import type { SiteModel } from './site-model.ts';

export interface CollectionExport {
  collection: CollectionName;
  /** The absolute URL of the collection's index page. */
  url: string;
  count: number;
  /** Sorted by id. */
  entries: ({ id: string; url: string } & Record<string, unknown>)[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One collection as exported; `origin` is the site URL the page URLs are resolved against. */
export function exportCollection(model: SiteModel, collection: CollectionName, origin: URL): CollectionExport {
  const absolute = (href: string) => new URL(href, origin).href;
  const entries: readonly Entry<object>[] = model[collection];
  const symmetric = collection === 'glossary' || collection === 'technologies';
  return {
    collection,
    url: absolute(model.collectionUrl(collection)),
    count: entries.length,
    entries: [...entries].sort(byId).map(({ id, data }) => ({
      id,
      url: absolute(model.link(collection, id).href),
      ...data,
      ...(symmetric ? { counterparts: model.counterparts(collection, id).map((counterpart) => counterpart.id) } : {}),
    })),
  };
}
