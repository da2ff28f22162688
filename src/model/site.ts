/**
 * The site model for this build, loaded once: Astro evaluates this module a single time per build, so every page
 * shares the same sorted lists, links and groupings.
 */
import { getCollection } from 'astro:content';
import path from 'node:path';
import { readFileHistory, repositoryUrl } from './git-history.ts';
import { buildSiteModel } from './site-model.ts';
import { socialCards } from './social-cards.ts';
import type { DatedEntry } from './feed.ts';
import { COLLECTIONS } from '../schemas/registry.ts';
import { SITE_NAME } from '../site/meta.ts';
import type { TermSet } from './structured-data.ts';

export const site = buildSiteModel(
  {
    glossary: await getCollection('glossary'),
    technologies: await getCollection('technologies'),
    comparisons: await getCollection('comparisons'),
    guides: await getCollection('guides'),
    paths: await getCollection('paths'),
  },
  import.meta.env.BASE_URL,
  // The development server keeps serving while content has problems; the content check shows them on the page.
  { strictReferences: !import.meta.env.DEV },
);

/** The configured site address (`site` in astro.config.mjs), which absolute page URLs are resolved against. */
export const origin = new URL(import.meta.env.SITE);

/** The absolute URL of a site path such as `site.link(…).href`. */
export const absoluteUrl = (href: string) => new URL(href, origin).href;

/** The glossary as a schema.org `DefinedTermSet`: the glossary index page. */
export const glossaryTermSet: TermSet = { name: `${SITE_NAME} glossary`, url: absoluteUrl(site.collectionUrl('glossary')) };

const history = readFileHistory();
const repository = repositoryUrl();
const BRANCH = process.env['REPOSITORY_BRANCH'] ?? 'main';

/** Where a page's source file can be edited, when it last changed (if the history is complete) and its history. */
export function pageSource(file: string) {
  const relative = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return {
    editUrl: `${repository}/edit/${BRANCH}/${relative}`,
    historyUrl: `${repository}/commits/${BRANCH}/${relative}`,
    lastUpdated: history.complete ? history.lastChanged.get(relative) : undefined,
  };
}

/** The social card of every page, by its path relative to the base (src/model/social-cards.ts). */
export const pageCards = socialCards(site);

/** Every entry with the date its file last changed (none in a shallow clone), for the feed and the home page. */
export const datedEntries: DatedEntry[] = COLLECTIONS.flatMap((collection) => {
  const entries: readonly { id: string; filePath?: string | undefined }[] = site[collection];
  return entries.map((entry) => ({ link: site.link(collection, entry.id), lastUpdated: entry.filePath === undefined ? undefined : pageSource(entry.filePath).lastUpdated }));
});
