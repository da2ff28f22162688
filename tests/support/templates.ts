/**
 * One page of every template the site builds, for the sweeps (accessibility, CSP) to visit. Which entry stands for its
 * template is chosen from the content, so adding, renaming or removing an entry never breaks a sweep.
 */
import { comparisons, glossary, guides, paths, technologies, type SourceEntry } from './site-data.ts';

function first(entries: readonly SourceEntry[], what: string, matches: (entry: SourceEntry) => boolean = () => true): SourceEntry {
  const found = entries.find(matches);
  if (found === undefined) throw new Error(`the content has no ${what}`);
  return found;
}

const term = first(glossary, 'glossary entry');
const withCounterpart = first(glossary, 'glossary entry with a counterpart', (entry) => ((entry.data['counterparts'] as unknown[] | undefined) ?? []).length > 0);
const card = first(technologies, 'technology card');
const comparison = first(comparisons, 'comparison');
const guideWithDiagram = first(guides, 'guide with a diagram', (entry) => entry.body.includes('<Diagram'));
const path = first(paths, 'learning path');
/** Reading aids in both pipelines: tabs and code titles in a Markdown entry, callouts in an MDX guide. */
const entryWithTabs = first([...glossary, ...technologies], 'Markdown entry with tabs', (entry) => entry.extension === 'md' && entry.body.includes('::::tabs'));
const guideWithCallout = first(guides, 'guide with a callout', (entry) => /^:::(note|tip|caution|danger)\b/m.test(entry.body));
/** A kind with three technologies or more, for a compare selection. */
const kindOfThree = [...new Set(technologies.map((entry) => String(entry.data['kind'])))].find((kind) => technologies.filter((entry) => entry.data['kind'] === kind).length >= 3);
const selection = technologies.filter((entry) => entry.data['kind'] === kindOfThree).slice(0, 3).map((entry) => entry.id);
const searchWord = String(term.data['title']).split(/\s+/)[0]?.toLowerCase() ?? 'api';

/** A word that names a glossary entry, so a query for it finds results. */
export const SEARCH_WORD = searchWord;
/** The page of the first glossary entry, for tests that need any entry page. */
export const ENTRY_PAGE = `glossary/${term.id}/`;

export const TEMPLATES = [
  ['home', './'],
  ['glossary index', 'glossary/'],
  ['glossary entry', `glossary/${term.id}/`],
  ['glossary category', `glossary/category/${String(term.data['category'])}/`],
  ['glossary entry with a counterpart', `glossary/${withCounterpart.id}/`],
  ['technology index', 'technologies/'],
  ['technology card', `technologies/${card.id}/`],
  ['technology kind', `technologies/kind/${String(card.data['kind'])}/`],
  ['frontend and backend', 'frontend-and-backend/'],
  ['comparison index', 'comparisons/'],
  ['comparison', `comparisons/${comparison.id}/`],
  ['paths index', 'paths/'],
  ['learning path', `paths/${path.id}/`],
  ['guide index', 'guides/'],
  ['guide with a diagram', `guides/${guideWithDiagram.id}/`],
  ['guide with a callout', `guides/${guideWithCallout.id}/`],
  ['entry with tabs and code titles', `${entryWithTabs.collection}/${entryWithTabs.id}/`],
  ['compare, every kind', 'compare/'],
  ['compare, a selection', `compare/?items=${selection.join(',')}`],
  ['search', `search/?q=${encodeURIComponent(searchWord)}`],
  ['offline reading', 'offline/'],
  ['not found', 'no-such-page/'],
] as const;
