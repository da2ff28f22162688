/**
 * The whole site as data, built once per build from the loaded collections: sorted entry lists, a link for every
 * entry, and the groupings the index pages show. Pages read from it; none of them scans a collection itself.
 */
import type { ComparisonData, Subject } from '../schemas/comparisons.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { GuideData } from '../schemas/guides.ts';
import {
  COLLECTIONS,
  GLOSSARY_CATEGORY_LABELS,
  GUIDE_SECTIONS,
  GUIDE_SECTION_LABELS,
  TECHNOLOGY_KINDS,
  TECHNOLOGY_KIND_LABELS,
  type CollectionName,
  type Side,
} from '../schemas/registry.ts';
import type { TechnologyData } from '../schemas/technologies.ts';
import { collectionSchemas } from '../schemas/index.ts';
import { DIAGRAMS, type DiagramDefinition } from './diagrams.ts';
import { findReferences, parseReference } from './references.ts';
import { collectionPath, entryPath, joinBase } from './urls.ts';

export interface Entry<Data> {
  id: string;
  data: Data;
  /** The Markdown body, read for links to other entries. */
  body?: string | undefined;
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

export interface SiteInput<G extends Entry<GlossaryData>, T extends Entry<TechnologyData>, C extends Entry<ComparisonData>, U extends Entry<GuideData>> {
  glossary: readonly G[];
  technologies: readonly T[];
  comparisons: readonly C[];
  guides: readonly U[];
}

export interface Group<Key extends string, Item> {
  key: Key;
  label: string;
  items: Item[];
}

export const COLLECTION_LABELS: Record<CollectionName, string> = {
  glossary: 'Glossary',
  technologies: 'Technologies',
  comparisons: 'Comparisons',
  guides: 'Guides',
};

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' });

const BODY_LINK = new RegExp(`\\]\\(/(${COLLECTIONS.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)/(?:#[^)]*)?\\)`, 'g');
/** A reference-style link definition, `[rest]: /glossary/rest/`, used by `[REST][rest]`. */
const LINK_DEFINITION = new RegExp(`^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?/(${COLLECTIONS.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)/`, 'gm');

const DIAGRAM_TAG = /<Diagram\s+name="([a-z0-9-]+)"\s*\/>/g;

/**
 * The entries a body points to: root-relative links such as `[REST](/glossary/rest/)` or `[rest]: /glossary/rest/`,
 * and the boxes of any `<Diagram name="…" />` it places.
 */
export function bodyLinks(body: string): { collection: CollectionName; id: string }[] {
  const links = [...body.matchAll(BODY_LINK), ...body.matchAll(LINK_DEFINITION)].map((match) => ({ collection: match[1] as CollectionName, id: match[2] ?? '' }));
  for (const [, name = ''] of body.matchAll(DIAGRAM_TAG)) {
    const diagram: DiagramDefinition | undefined = (DIAGRAMS as Record<string, DiagramDefinition>)[name];
    for (const node of diagram?.columns.flat() ?? []) {
      if (node.entry === undefined) continue;
      const [collection, id = ''] = node.entry.split('/');
      links.push({ collection: collection as CollectionName, id });
    }
  }
  return links;
}

/** The A–Z letter an entry is filed under; digits and symbols go under "#". */
export function indexLetter(title: string): string {
  const first = title.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

export function buildSiteModel<G extends Entry<GlossaryData>, T extends Entry<TechnologyData>, C extends Entry<ComparisonData>, U extends Entry<GuideData>>(
  input: SiteInput<G, T, C, U>,
  base: string,
) {
  const links = new Map<string, EntryLink>();
  const key = (collection: CollectionName, id: string) => `${collection}/${id}`;
  const add = (collection: CollectionName, id: string, link: Omit<EntryLink, 'collection' | 'id' | 'href'>) =>
    links.set(key(collection, id), { collection, id, href: joinBase(base, entryPath(collection, id)), ...link });

  for (const { id, data } of input.glossary) {
    add('glossary', id, { title: data.title, summary: data.summary, side: data.side, type: GLOSSARY_CATEGORY_LABELS[data.category] });
  }
  for (const { id, data } of input.technologies) {
    add('technologies', id, { title: data.name, summary: data.summary, side: data.side, type: TECHNOLOGY_KIND_LABELS[data.kind] });
  }
  for (const { id, data } of input.comparisons) add('comparisons', id, { title: data.title, summary: data.summary, type: 'Comparison' });
  for (const { id, data } of input.guides) add('guides', id, { title: data.title, summary: data.summary, type: GUIDE_SECTION_LABELS[data.section] });

  /** The link of an entry; the content check guarantees every reference resolves, so a miss is a bug. */
  const link = (collection: CollectionName, id: string): EntryLink => {
    const found = links.get(key(collection, id));
    if (found === undefined) throw new Error(`No ${collection} entry "${id}": references are checked before the build, so this is a bug.`);
    return found;
  };
  const linksTo = (collection: CollectionName, ids: readonly string[]) => ids.map((id) => link(collection, id));
  /** Links for `collection/id` references (guides and comparisons relate to any collection). */
  const qualifiedLinks = (values: readonly string[]) =>
    values.map((value) => {
      const { collections, id } = parseReference(value, { collections: [], qualified: true });
      const [collection] = collections;
      if (collection === undefined) throw new Error(`Malformed reference "${value}"`);
      return link(collection, id);
    });

  const sorted = <E extends Entry<unknown>>(collection: CollectionName, entries: readonly E[]) =>
    [...entries].sort((a, b) => byTitle(link(collection, a.id), link(collection, b.id)));

  const glossary = sorted('glossary', input.glossary);
  const technologies = sorted('technologies', input.technologies);
  const comparisons = sorted('comparisons', input.comparisons);
  const guides = [...input.guides].sort(
    (a, b) =>
      GUIDE_SECTIONS.indexOf(a.data.section) - GUIDE_SECTIONS.indexOf(b.data.section) ||
      a.data.order - b.data.order ||
      byTitle(a.data, b.data),
  );

  const glossaryByLetter: Group<string, G>[] = [];
  for (const entry of glossary) {
    const letter = indexLetter(entry.data.title);
    const group = glossaryByLetter.at(-1);
    if (group?.key === letter) group.items.push(entry);
    else glossaryByLetter.push({ key: letter, label: letter, items: [entry] });
  }
  glossaryByLetter.sort((a, b) => (a.key === '#' ? -1 : b.key === '#' ? 1 : a.key.localeCompare(b.key)));

  const technologiesByKind = TECHNOLOGY_KINDS.map((kind) => ({
    key: kind,
    label: TECHNOLOGY_KIND_LABELS[kind],
    items: technologies.filter((entry) => entry.data.kind === kind),
  })).filter((group) => group.items.length > 0);

  const guidesBySection = GUIDE_SECTIONS.map((section) => ({
    key: section,
    label: GUIDE_SECTION_LABELS[section],
    items: guides.filter((entry) => entry.data.section === section),
  })).filter((group) => group.items.length > 0);

  /** A comparison column: its heading and, for entries, the link to them. */
  const subject = (value: Subject): { label: string; link?: EntryLink } => {
    if ('technology' in value) {
      const target = link('technologies', value.technology);
      return { label: target.title, link: target };
    }
    if ('glossary' in value) {
      const target = link('glossary', value.glossary);
      return { label: target.title, link: target };
    }
    return { label: value.label };
  };

  /** Who references whom: front-matter references and body links of every entry, inverted once for the site. */
  const referencedBy = new Map<string, EntryLink[]>();
  const allEntries: [CollectionName, readonly Entry<unknown>[]][] = [
    ['glossary', input.glossary],
    ['technologies', input.technologies],
    ['comparisons', input.comparisons],
    ['guides', input.guides],
  ];
  for (const [collection, entries] of allEntries) {
    for (const entry of entries) {
      const targets = new Set<string>();
      for (const found of findReferences(collectionSchemas[collection], entry.data)) {
        if (found.target.relates === false) continue;
        const { collections, id } = parseReference(found.value, found.target);
        const target = collections.find((candidate) => links.has(key(candidate, id)));
        if (target !== undefined) targets.add(key(target, id));
      }
      for (const link of bodyLinks(entry.body ?? '')) if (links.has(key(link.collection, link.id))) targets.add(key(link.collection, link.id));
      targets.delete(key(collection, entry.id));
      for (const target of targets) {
        const list = referencedBy.get(target) ?? [];
        list.push(link(collection, entry.id));
        referencedBy.set(target, list);
      }
    }
  }
  /** The entries that reference this one, grouped by collection in site order, each group sorted by title. */
  const backlinks = (collection: CollectionName, id: string): Group<CollectionName, EntryLink>[] => {
    const sources = referencedBy.get(key(collection, id)) ?? [];
    return COLLECTIONS.map((source) => ({
      key: source,
      label: COLLECTION_LABELS[source],
      items: sources.filter((entry) => entry.collection === source).sort(byTitle),
    })).filter((group) => group.items.length > 0);
  };

  return {
    base,
    backlinks,
    glossary,
    technologies,
    comparisons,
    guides,
    glossaryByLetter,
    technologiesByKind,
    guidesBySection,
    link,
    links: linksTo,
    qualifiedLinks,
    subject,
    /** The URL of a page relative to the base, e.g. `glossary/`. */
    url: (path: string) => joinBase(base, path),
    collectionUrl: (collection: CollectionName) => joinBase(base, collectionPath(collection)),
    counts: {
      glossary: glossary.length,
      technologies: technologies.length,
      comparisons: comparisons.length,
      guides: guides.length,
    },
  };
}

export type SiteModel = ReturnType<typeof buildSiteModel>;
