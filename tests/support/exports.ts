/**
 * The built site's own data, for browser tests that run over the real content. Such a test must hold for any valid
 * content, so it picks its subjects from these exports and derives what it expects from them; it never names an
 * entry, a title, an alias or a count. A contributor who corrects an entry then cannot break an unrelated test.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import type { ComparisonData } from '../../src/schemas/comparisons.ts';
import type { GlossaryData } from '../../src/schemas/glossary.ts';
import type { GuideData } from '../../src/schemas/guides.ts';
import type { PathData } from '../../src/schemas/paths.ts';
import type { CollectionName } from '../../src/schemas/registry.ts';
import type { TechnologyData } from '../../src/schemas/technologies.ts';

/** What every exported entry has besides its front matter: its id and the absolute URL of its page. */
interface Exported {
  id: string;
  url: string;
}

export type GlossaryTerm = Exported & GlossaryData;
export type Technology = Exported & TechnologyData;
export type Comparison = Exported & ComparisonData;
export type Guide = Exported & GuideData;
export type LearningPath = Exported & PathData;

interface ExportedEntries {
  glossary: GlossaryTerm;
  technologies: Technology;
  comparisons: Comparison;
  guides: Guide;
  paths: LearningPath;
}

export interface CollectionExport<Entry> {
  collection: CollectionName;
  url: string;
  count: number;
  /** Sorted by id. */
  entries: Entry[];
}

/** `/api/<collection>.json`, checked to be JSON. */
export async function fetchExport<Collection extends CollectionName>(request: APIRequestContext, collection: Collection): Promise<CollectionExport<ExportedEntries[Collection]>> {
  const response = await request.get(`api/${collection}.json`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  return (await response.json()) as CollectionExport<ExportedEntries[Collection]>;
}

/** The site path of an absolute URL from an export, a feed or the sitemap (they use the configured site address). */
export const sitePath = (url: string) => new URL(url).pathname;

/** An exported entry's page, relative to the site's root, as `page.goto` takes it. */
export const pageOf = (entry: { url: string }) => sitePath(entry.url).slice(1);

/** The name an entry is shown by: a technology's name, any other entry's title. */
export const titleOf = (entry: { title: string } | { name: string }) => ('name' in entry ? entry.name : entry.title);

// Lists on the site run by title, ignoring case and accents ("A–Z"); the tests order what they expect the same way.
const titleCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** A copy of `entries` in the site's title order. */
export const inTitleOrder = <Entry extends { title: string } | { name: string }>(entries: readonly Entry[]) =>
  [...entries].sort((a, b) => titleCollator.compare(titleOf(a), titleOf(b)));

/** "A", "A and B", "A, B and C": how the site writes a list of names in a sentence. */
export const listNames = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** Escapes text for use inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
