/**
 * Subjects for browser tests over the real guide, chosen from the content itself when the tests load: which entry to
 * open, which link to hover, what its target's summary says. Tests then hold for any valid content — a contributor
 * who rewords a summary or renames an entry does not break them — while still checking exact, derived expectations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { inspectBody } from '../../src/content-check/body.ts';

export interface SourceEntry {
  collection: string;
  id: string;
  /** `md` or `mdx`. */
  extension: string;
  data: Record<string, unknown>;
  body: string;
}

const root = path.resolve(process.env['CONTENT_ROOT'] ?? 'content');
/** The content folder as "Edit this page" links name it: relative to the repository. */
export const CONTENT_DIR = path.relative(process.cwd(), root).split(path.sep).join('/');

function read(collection: string): SourceEntry[] {
  return readdirSync(path.join(root, collection))
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(root, collection, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      return { collection, id: name.replace(/\.mdx?$/, ''), extension: name.split('.').at(-1) ?? 'md', data: (parse(match?.[1] ?? '') ?? {}) as Record<string, unknown>, body: match?.[2] ?? '' };
    });
}

export const glossary = read('glossary');
export const technologies = read('technologies');
export const comparisons = read('comparisons');
export const guides = read('guides');
export const paths = read('paths');

export const titleOf = (entry: SourceEntry | undefined) => String(entry?.data['title'] ?? entry?.data['name'] ?? '');
const byId = (entries: readonly SourceEntry[], id: string) => entries.find((entry) => entry.id === id);
export const find = byId;
/** A list field of an entry's front matter (`related`, `concepts`, …), empty when absent. */
export const list = (entry: SourceEntry, field: string) => ((entry.data[field] as unknown[] | undefined) ?? []).map(String);

/** The first entry that matches; the test cannot run without one, so its absence is an error, not a skip. */
export function first(entries: readonly SourceEntry[], matches: (entry: SourceEntry) => boolean): SourceEntry {
  const found = entries.find(matches);
  if (found === undefined) throw new Error('the content has no entry these tests need');
  return found;
}

/** The title of an entry named as `collection/id`, when it exists. */
export function entryTitle(reference: string): string | undefined {
  const [collection, id = ''] = reference.split('/');
  const entries = { glossary, technologies, comparisons, guides, paths }[collection as 'glossary'];
  return entries === undefined ? undefined : byId(entries, id) === undefined ? undefined : titleOf(byId(entries, id));
}

/** A comparison's column headings, and whether each links an entry. */
export function subjectsOf(comparison: SourceEntry): { label: string; linked: boolean }[] {
  return ((comparison.data['subjects'] as Record<string, string>[] | undefined) ?? []).map((subject) => {
    if (subject['technology'] !== undefined) return { label: titleOf(byId(technologies, subject['technology'])), linked: true };
    if (subject['glossary'] !== undefined) return { label: titleOf(byId(glossary, subject['glossary'])), linked: true };
    return { label: subject['label'] ?? '', linked: false };
  });
}

/** The name of a comparison's first row. */
export const firstCriterion = (comparison: SourceEntry) => String((comparison.data['criteria'] as { name: string }[] | undefined)?.[0]?.name ?? '');

/** A glossary entry whose body links two other glossary entries by hand, and the first of those targets. */
export function previewSubject() {
  for (const entry of glossary) {
    const { internalLinks } = inspectBody(entry.body, { format: entry.extension === 'mdx' ? 'mdx' : 'md', firstLine: 1 });
    const targets = internalLinks
      .map(({ url }) => /^\/glossary\/([a-z0-9-]+)\/$/.exec(url)?.[1] ?? '')
      .filter((id) => id !== '' && id !== entry.id && byId(glossary, id) !== undefined);
    const [first] = targets;
    const target = first === undefined ? undefined : byId(glossary, first);
    if (target !== undefined && new Set(targets).size >= 2) {
      return { page: `glossary/${entry.id}/`, target: { id: target.id, href: `/glossary/${target.id}/`, title: titleOf(target), summary: String(target.data['summary']) } };
    }
  }
  throw new Error('no glossary entry links two others in its body');
}

/** A glossary entry that lists technology cards, and the first of those cards. */
export function technologyListSubject() {
  for (const entry of glossary) {
    const [first] = (entry.data['technologies'] as string[] | undefined) ?? [];
    const card = first === undefined ? undefined : byId(technologies, first);
    if (card !== undefined) return { page: `glossary/${entry.id}/`, card: { title: titleOf(card), summary: String(card.data['summary']) } };
  }
  throw new Error('no glossary entry lists a technology');
}

const aliasesOf = (entry: SourceEntry) => ((entry.data['aliases'] as string[] | undefined) ?? []).filter((alias) => typeof alias === 'string');

/** An entry of `collection` with an alias that differs from its title, with that alias. */
export function entryWithAlias(collection: 'glossary' | 'technologies') {
  for (const entry of collection === 'glossary' ? glossary : technologies) {
    const alias = aliasesOf(entry).find((name) => name.toLowerCase() !== titleOf(entry).toLowerCase() && /^[A-Za-z0-9]+$/.test(name));
    if (alias !== undefined) return { id: entry.id, title: titleOf(entry), alias, path: `${collection}/${entry.id}/` };
  }
  throw new Error(`no ${collection} entry has a one-word alias`);
}

/** A glossary entry whose title is one word of at least six letters, for "did you mean" suggestions. */
export function oneWordGlossaryTitle() {
  const entry = glossary.find((candidate) => /^[A-Za-z]{6,}$/.test(titleOf(candidate)));
  if (entry === undefined) throw new Error('no glossary title is one word of six letters or more');
  return { title: titleOf(entry), path: `glossary/${entry.id}/` };
}

/** Every alias of every glossary entry and technology card, with the page it names. */
export const everyAlias = (): [string, string][] =>
  [...glossary, ...technologies].flatMap((entry) => aliasesOf(entry).map((alias) => [alias, `${entry.collection}/${entry.id}/`] as [string, string]));
