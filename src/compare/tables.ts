/**
 * The compare page's data: for every kind of technology, one table with a column per technology and a row per fact,
 * feature list, pros, cons and use cases; and, for each card, the links that compare it with its alternatives.
 * Built once per build by the site model.
 */
import { TECHNOLOGY_KINDS, TECHNOLOGY_KIND_LABELS, type TechnologyKind } from '../schemas/registry.ts';
import type { Point, TechnologyData } from '../schemas/technologies.ts';
import { MAX_ITEMS, MIN_ITEMS, listNames, toSlug } from './selection.ts';
import type { Entry } from '../model/entry.ts';
import { TECHNOLOGY_FACTS, type FactValue, type TechnologyLink } from '../model/technology-facts.ts';
import { comparePath, joinBase } from '../site/urls.ts';

export type CompareCell = FactValue | { type: 'points'; points: readonly Point[] };

export interface CompareColumn {
  id: string;
  name: string;
  href: string;
  /** Other names as slugs, so a compare link may say `rails` for `ruby-on-rails`. */
  aliases: string[];
}

export interface CompareRow {
  label: string;
  cells: CompareCell[];
}

export interface CompareTable {
  kind: TechnologyKind;
  label: string;
  columns: CompareColumn[];
  rows: CompareRow[];
}

/** A compare table's rows: the card's facts (but its kind, which the whole table shares), then its lists of points. */
const ROWS: readonly { label: string; cell: (data: TechnologyData, link: TechnologyLink) => CompareCell }[] = [
  ...TECHNOLOGY_FACTS.filter((fact) => fact.key !== 'kind').map((fact) => ({ label: fact.label, cell: fact.value })),
  { label: 'Features', cell: (data) => ({ type: 'points', points: data.features }) },
  { label: 'Pros', cell: (data) => ({ type: 'points', points: data.pros }) },
  { label: 'Cons', cell: (data) => ({ type: 'points', points: data.cons }) },
  { label: 'Use cases', cell: (data) => ({ type: 'points', points: data.useCases }) },
];

/** One table per kind that has at least two technologies, columns in the order given (the site's title order). */
export function buildCompareTables(technologies: readonly Entry<TechnologyData>[], link: TechnologyLink): CompareTable[] {
  return TECHNOLOGY_KINDS.flatMap((kind) => {
    const members = technologies.filter((entry) => entry.data.kind === kind);
    if (members.length < MIN_ITEMS) return [];
    const columns = members.map(({ id, data }) => ({ id, name: data.name, href: link('technologies', id).href, aliases: data.aliases.map(toSlug) }));
    const rows = ROWS.map(({ label, cell }) => ({ label, cells: members.map((entry) => cell(entry.data, link)) })).filter((row) =>
      row.cells.some((cell) => cell.type !== 'missing'),
    );
    return [{ kind, label: TECHNOLOGY_KIND_LABELS[kind], columns, rows }];
  });
}

export interface CompareLink {
  label: string;
  href: string;
}

/**
 * A card's "Compare with…" links: one per alternative of the same kind, and one for all of them together when they
 * fit in one comparison.
 */
export function buildCompareLinks(base: string, entry: Entry<TechnologyData>, kindOf: (id: string) => TechnologyKind | undefined, link: TechnologyLink): CompareLink[] {
  const alternatives = entry.data.alternatives.filter((id) => kindOf(id) === entry.data.kind);
  const name = entry.data.name;
  const links = alternatives.map((id) => ({ label: `${name} vs ${link('technologies', id).title}`, href: joinBase(base, comparePath([entry.id, id])) }));
  if (alternatives.length >= MIN_ITEMS && alternatives.length < MAX_ITEMS) {
    const names = alternatives.map((id) => link('technologies', id).title);
    links.push({ label: `${name}, ${listNames(names)} side by side`, href: joinBase(base, comparePath([entry.id, ...alternatives])) });
  }
  return links;
}
