/** An entry as the site model reads it, and the link every list shows for one. */
import type { CollectionName, Side } from '../schemas/registry.ts';

export interface Entry<Data> {
  id: string;
  data: Data;
  /** The Markdown or MDX body, read for links to other entries. */
  body?: string | undefined;
  /** The entry's file, whose extension tells Markdown from MDX. */
  filePath?: string | undefined;
}

/** Everything a page needs to link to an entry and describe it in a list. */
export interface EntryLink {
  collection: CollectionName;
  id: string;
  title: string;
  summary: string;
  href: string;
  side?: Side | undefined;
  /** A short label of what it is: a glossary category, a technology kind, a guide section, "Comparison". */
  type: string;
}
