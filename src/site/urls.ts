/** Site-relative URLs of pages, always with a trailing slash, joined to the configured base path. */
import type { CollectionName } from '../schemas/registry.ts';
import { itemsQuery } from '../compare/selection.ts';

/** `/backend-field-guide/` + `glossary/rest/` → `/backend-field-guide/glossary/rest/`. */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** The path of a collection's index page, relative to the base. */
export const collectionPath = (collection: CollectionName) => `${collection}/`;

/** The path of an entry's page, relative to the base. */
export const entryPath = (collection: CollectionName, id: string) => `${collection}/${id}/`;

/** The compare page, relative to the base; given ids, the comparison of those technologies (`compare/?items=a,b`). */
export const comparePath = (ids: readonly string[] = []) => (ids.length === 0 ? 'compare/' : `compare/${itemsQuery(ids)}`);
/** The index page of one glossary category, relative to the base. */
export const glossaryCategoryPath = (category: string) => `glossary/category/${category}/`;

/** The index page of one technology kind, relative to the base. */
export const technologyKindPath = (kind: string) => `technologies/kind/${kind}/`;

/** The page that sets the frontend and the backend side by side, relative to the base. */
export const SIDES_HUB_PATH = 'frontend-and-backend/';

/** The fragment of one side's section on the hub page. */
export const sideAnchor = (side: string) => `side-${side}`;

/** The JSON export of a collection, relative to the base. */
export const exportPath = (collection: CollectionName) => `api/${collection}.json`;
