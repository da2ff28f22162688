/**
 * The site model for this build, loaded once: Astro evaluates this module a single time per build, so every page
 * shares the same sorted lists, links and groupings.
 */
import { getCollection } from 'astro:content';
import path from 'node:path';
import { readFileHistory, repositoryUrl } from './git-history.ts';
import { buildSiteModel } from './site-model.ts';

export const site = buildSiteModel(
  {
    glossary: await getCollection('glossary'),
    technologies: await getCollection('technologies'),
    comparisons: await getCollection('comparisons'),
    guides: await getCollection('guides'),
  },
  import.meta.env.BASE_URL,
);

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
