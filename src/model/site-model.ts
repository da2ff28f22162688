/**
 * The whole site as data, built once per build from the loaded collections: sorted entry lists, a link for every
 * entry, and the groupings the index pages show. Pages read from it; none of them scans a collection itself.
 */
import type { ComparisonData, Subject } from '../schemas/comparisons.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { GuideData } from '../schemas/guides.ts';
import type { PathData } from '../schemas/paths.ts';
import {
  COLLECTIONS,
  ENTRY_TYPE_LABELS,
  GLOSSARY_CATEGORIES,
  GLOSSARY_CATEGORY_LABELS,
  GUIDE_SECTIONS,
  GUIDE_SECTION_LABELS,
  SIDES,
  SIDE_LABELS,
  TECHNOLOGY_KINDS,
  TECHNOLOGY_KIND_LABELS,
  type CollectionName,
  type GlossaryCategory,
  type Side,
  type TechnologyKind,
} from '../schemas/registry.ts';
import type { TechnologyData } from '../schemas/technologies.ts';
import { collectionSchemas } from '../schemas/index.ts';
import type { Entry, EntryLink } from './entry.ts';
import { buildNavigation } from './navigation.ts';
import { buildCompareLinks, buildCompareTables } from '../compare/tables.ts';
import { symmetricPairs } from '../content-check/counterparts.ts';
import type { SearchTitle } from '../search/titles.ts';
import { DIAGRAMS, type DiagramDefinition } from '../diagrams/diagrams.ts';
import { findReferences, parseReference } from '../content-check/references.ts';
import { inspectBody } from '../content-check/body.ts';
import {
  collectionPath,
  entryPath,
  exportPath,
  glossaryCategoryPath,
  joinBase,
  sideAnchor,
  SIDES_HUB_PATH,
  technologyKindPath,
} from '../site/urls.ts';

export interface SiteInput<
  G extends Entry<GlossaryData>,
  T extends Entry<TechnologyData>,
  C extends Entry<ComparisonData>,
  U extends Entry<GuideData>,
  P extends Entry<PathData>,
> {
  glossary: readonly G[];
  technologies: readonly T[];
  comparisons: readonly C[];
  guides: readonly U[];
  paths: readonly P[];
}

/** One step of a learning path: the entry to read and why. */
export interface PathStep {
  /** 1-based, counted through the whole path. */
  number: number;
  link: EntryLink;
  note?: string | undefined;
}

/** A learning path as its page shows it: stages of numbered steps. */
export interface PathRoute {
  link: EntryLink;
  stages: { title: string; goal: string; steps: PathStep[] }[];
  /** Steps in the whole path. */
  total: number;
}

/** Where an entry stands in one learning path: "Backend foundations — step 12 of 40", with its neighbours. */
export interface PathPosition {
  path: EntryLink;
  number: number;
  total: number;
  stage: string;
  previous?: EntryLink;
  next?: EntryLink;
}

export interface Group<Key extends string, Item> {
  key: Key;
  label: string;
  items: Item[];
}

/** An entry's neighbours in the reading order of its section, for "previous" and "next" links. */
export interface Sequence {
  /** The section the order runs through, e.g. "Glossary" or "Frameworks". */
  label: string;
  previous?: EntryLink;
  next?: EntryLink;
}

/** The glossary and technology entries of one side, for the frontend-and-backend page. */
export interface SideGroup {
  key: Side;
  label: string;
  glossary: EntryLink[];
  technologies: EntryLink[];
}

export const COLLECTION_LABELS: Record<CollectionName, string> = {
  glossary: 'Glossary',
  technologies: 'Technologies',
  comparisons: 'Comparisons',
  guides: 'Guides',
  paths: 'Paths',
};

// One collator for every comparison: `localeCompare` with options sets one up per call, which made sorting the
// site's lists a measurable part of a build.
const titleCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** Orders by title, ignoring case and accents. */
export const byTitle = (a: { title: string }, b: { title: string }) => titleCollator.compare(a.title, b.title);

/** The path of an entry page in a root-relative link, e.g. `/glossary/rest/`. */
const ENTRY_PATH = new RegExp(`^/(${COLLECTIONS.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)/$`);

/**
 * The entries a body points to, read from its syntax tree by the content check's own body walk: root-relative links
 * such as `[REST](/glossary/rest/)` or `[rest]: /glossary/rest/` (not text that only looks like one, in code), and
 * the boxes of any `<Diagram name="…" />` an MDX body places.
 */
export function bodyLinks(body: string, format: 'md' | 'mdx' = 'md'): { collection: CollectionName; id: string }[] {
  const { internalLinks, diagrams } = inspectBody(body, { format, firstLine: 1 });
  const links = internalLinks.flatMap(({ url }) => {
    const [, collection, id = ''] = ENTRY_PATH.exec(new URL(url, 'https://site.invalid').pathname) ?? [];
    return collection === undefined ? [] : [{ collection: collection as CollectionName, id }];
  });
  for (const name of diagrams) {
    const diagram: DiagramDefinition | undefined = (DIAGRAMS as Record<string, DiagramDefinition>)[name];
    for (const node of diagram?.columns.flat() ?? []) {
      if (node.entry === undefined) continue;
      const [collection, id = ''] = node.entry.split('/');
      links.push({ collection: collection as CollectionName, id });
    }
  }
  return links;
}

/** A body's format, from its file's extension. */
export const bodyFormat = (file: string | undefined): 'md' | 'mdx' => (file?.endsWith('.mdx') === true ? 'mdx' : 'md');

/** The first titles of a list and how many more there are, for descriptions: "REST, SOAP, gRPC and 4 more". */
export function listPreview(entries: readonly { title: string }[], shown = 4): string {
  const titles = entries.slice(0, shown).map((entry) => entry.title);
  const rest = entries.length - titles.length;
  if (rest > 0) return `${titles.join(', ')} and ${rest} more`;
  return titles.length <= 1 ? titles.join('') : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
}

/** The A–Z letter an entry is filed under; digits and symbols go under "#". */
export function indexLetter(title: string): string {
  const first = title.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/**
 * Items grouped by a registry's values, in registry order, leaving out empty groups; within a group the items keep
 * their order.
 */
function groupByRegistry<Key extends string, Item>(keys: readonly Key[], labels: Readonly<Record<Key, string>>, items: readonly Item[], keyOf: (item: Item) => Key): Group<Key, Item>[] {
  return keys
    .map((groupKey) => ({ key: groupKey, label: labels[groupKey], items: items.filter((item) => keyOf(item) === groupKey) }))
    .filter((group) => group.items.length > 0);
}

export function buildSiteModel<
  G extends Entry<GlossaryData>,
  T extends Entry<TechnologyData>,
  C extends Entry<ComparisonData>,
  U extends Entry<GuideData>,
  P extends Entry<PathData>,
>(
  input: SiteInput<G, T, C, U, P>,
  base: string,
  /**
   * `false` in the development server: a reference to an entry that is missing (a typo the content check reports,
   * an entry that does not load) becomes a link to its would-be page instead of failing every page that shows it.
   */
  options: { strictReferences?: boolean } = {},
) {
  const strictReferences = options.strictReferences ?? true;
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
  for (const { id, data } of input.paths) add('paths', id, { title: data.title, summary: data.summary, type: ENTRY_TYPE_LABELS.paths });

  /** The link of an entry; the content check guarantees every reference resolves, so a miss is a bug. */
  const link = (collection: CollectionName, id: string): EntryLink => {
    const found = links.get(key(collection, id));
    if (found !== undefined) return found;
    if (strictReferences) throw new Error(`No ${collection} entry "${id}": references are checked before the build, so this is a bug.`);
    return { collection, id, title: id, summary: 'This entry is missing: the content check says why.', href: joinBase(base, entryPath(collection, id)), type: 'Missing entry' };
  };
  const linksTo = (collection: CollectionName, ids: readonly string[]) => ids.map((id) => link(collection, id));
  const linkByKey = (entryKey: string): EntryLink => {
    const slash = entryKey.indexOf('/');
    return link(entryKey.slice(0, slash) as CollectionName, entryKey.slice(slash + 1));
  };
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
  const paths = sorted('paths', input.paths);
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

  const technologiesByKind = groupByRegistry(TECHNOLOGY_KINDS, TECHNOLOGY_KIND_LABELS, technologies, (entry) => entry.data.kind);
  const guidesBySection = groupByRegistry(GUIDE_SECTIONS, GUIDE_SECTION_LABELS, guides, (entry) => entry.data.section);
  const glossaryByCategory = groupByRegistry(GLOSSARY_CATEGORIES, GLOSSARY_CATEGORY_LABELS, glossary, (entry) => entry.data.category);
  const linksOf = (collection: CollectionName, entries: readonly Entry<unknown>[]) => entries.map((entry) => link(collection, entry.id));

  /** The section navigation beside every page of a collection, built once; pages read their view of it. */
  const navigation = buildNavigation([
    {
      collection: 'glossary',
      label: COLLECTION_LABELS.glossary,
      href: joinBase(base, collectionPath('glossary')),
      groups: glossaryByCategory.map((group) => ({ key: group.key, label: group.label, href: joinBase(base, glossaryCategoryPath(group.key)), entries: linksOf('glossary', group.items) })),
    },
    {
      collection: 'technologies',
      label: COLLECTION_LABELS.technologies,
      href: joinBase(base, collectionPath('technologies')),
      groups: technologiesByKind.map((group) => ({ key: group.key, label: group.label, href: joinBase(base, technologyKindPath(group.key)), entries: linksOf('technologies', group.items) })),
    },
    {
      collection: 'guides',
      label: COLLECTION_LABELS.guides,
      href: joinBase(base, collectionPath('guides')),
      groups: guidesBySection.map((group) => ({ key: group.key, label: group.label, href: `${joinBase(base, collectionPath('guides'))}#section-${group.key}`, entries: linksOf('guides', group.items) })),
    },
    ...(['comparisons', 'paths'] as const).map((collection) => ({
      collection,
      label: COLLECTION_LABELS[collection],
      href: joinBase(base, collectionPath(collection)),
      groups: [{ key: 'all', label: `All ${COLLECTION_LABELS[collection].toLowerCase()}`, href: joinBase(base, collectionPath(collection)), entries: linksOf(collection, collection === 'paths' ? paths : comparisons) }].filter((group) => group.entries.length > 0),
    })),
  ]);

  /** Every side with its glossary entries and technologies, each list sorted by title; sides with neither are left out. */
  const bySide: SideGroup[] = SIDES.map((side) => ({
    key: side,
    label: SIDE_LABELS[side],
    glossary: glossary.filter((entry) => entry.data.side === side).map((entry) => link('glossary', entry.id)),
    technologies: technologies.filter((entry) => entry.data.side === side).map((entry) => link('technologies', entry.id)),
  })).filter((group) => group.glossary.length + group.technologies.length > 0);

  /**
   * Reading orders for "previous" and "next": the glossary A–Z, technologies within their kind, guides in the order
   * of the guides page (section, then order), comparisons by title.
   */
  const sequences = new Map<string, Sequence>();
  const addSequence = (collection: CollectionName, label: string, ids: readonly string[]) =>
    ids.forEach((id, index) => {
      const previous = ids[index - 1];
      const next = ids[index + 1];
      sequences.set(key(collection, id), {
        label,
        ...(previous === undefined ? {} : { previous: link(collection, previous) }),
        ...(next === undefined ? {} : { next: link(collection, next) }),
      });
    });
  addSequence('glossary', COLLECTION_LABELS.glossary, glossary.map((entry) => entry.id));
  for (const group of technologiesByKind) addSequence('technologies', group.label, group.items.map((entry) => entry.id));
  addSequence('guides', COLLECTION_LABELS.guides, guides.map((entry) => entry.id));
  addSequence('comparisons', COLLECTION_LABELS.comparisons, comparisons.map((entry) => entry.id));
  addSequence('paths', COLLECTION_LABELS.paths, paths.map((entry) => entry.id));

  /** Counterparts in both directions: a pair is declared in one of its two entries and shown on both pages. */
  const counterpartLinks = new Map<string, EntryLink[]>();
  const declaredPairs = [
    ...input.glossary.flatMap(({ id, data }) => data.counterparts.map((other) => ({ from: key('glossary', id), to: key('glossary', other) }))),
    ...input.technologies.flatMap(({ id, data }) => data.counterparts.map((other) => ({ from: key('technologies', id), to: key('technologies', other) }))),
  ];
  for (const [entryKey, others] of symmetricPairs(declaredPairs)) {
    counterpartLinks.set(entryKey, [...others].map(linkByKey).sort(byTitle));
  }

  /** Every path's route, and for every entry the paths it is a step of: built once, read by every page. */
  const routes = new Map<string, PathRoute>();
  const positions = new Map<string, PathPosition[]>();
  for (const path of paths) {
    const pathLink = link('paths', path.id);
    let number = 0;
    const stages = path.data.stages.map((stage) => ({
      title: stage.title,
      goal: stage.goal,
      steps: stage.steps.map((step) => ({ number: ++number, link: qualifiedLinks([step.entry])[0] as EntryLink, note: step.note })),
    }));
    const steps = stages.flatMap((stage) => stage.steps.map((step) => ({ ...step, stage: stage.title })));
    routes.set(path.id, { link: pathLink, stages, total: steps.length });
    steps.forEach((step, index) => {
      const entryKey = key(step.link.collection, step.link.id);
      const previous = steps[index - 1]?.link;
      const next = steps[index + 1]?.link;
      const list = positions.get(entryKey) ?? [];
      list.push({ path: pathLink, number: step.number, total: steps.length, stage: step.stage, ...(previous === undefined ? {} : { previous }), ...(next === undefined ? {} : { next }) });
      positions.set(entryKey, list);
    });
  }

  const technologyById = new Map(input.technologies.map((entry) => [entry.id, entry]));
  const technology = (id: string) => {
    const found = technologyById.get(id);
    if (found === undefined) throw new Error(`No technologies entry "${id}": references are checked before the build, so this is a bug.`);
    return found;
  };
  /** One side-by-side table per technology kind, for the compare page. */
  const compareTables = buildCompareTables(technologies, link);
  /** A card's links to comparisons with its alternatives of the same kind. */
  // A missing alternative (only possible in the development server) has no kind, so it is left out of the comparisons.
  const compareLinks = (id: string) => buildCompareLinks(base, technology(id), (other) => technologyById.get(other)?.data.kind, link);

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
    ['paths', input.paths],
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
      for (const link of bodyLinks(entry.body ?? '', bodyFormat(entry.filePath))) if (links.has(key(link.collection, link.id))) targets.add(key(link.collection, link.id));
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

  /** Every entry's names for the search UI: exact title and alias matches, and suggestions when nothing matched. */
  const searchTitles: SearchTitle[] = [
    ...glossary.map(({ id, data }) => namesOf('glossary', id, data.aliases, data.side)),
    ...technologies.map(({ id, data }) => namesOf('technologies', id, data.aliases, data.side)),
    ...comparisons.map(({ id }) => namesOf('comparisons', id, [])),
    ...guides.map(({ id }) => namesOf('guides', id, [])),
    ...paths.map(({ id }) => namesOf('paths', id, [])),
  ];
  function namesOf(collection: CollectionName, id: string, aliases: readonly string[], side?: Side): SearchTitle {
    const { title, href } = link(collection, id);
    return { title, aliases: [...aliases], url: href, type: ENTRY_TYPE_LABELS[collection], side: side === undefined ? undefined : SIDE_LABELS[side] };
  }

  return {
    base,
    backlinks,
    searchTitles,
    glossary,
    technologies,
    comparisons,
    guides,
    paths,
    /** A path's stages and numbered steps. */
    route: (id: string): PathRoute => {
      const found = routes.get(id);
      if (found === undefined) throw new Error(`No paths entry "${id}": references are checked before the build, so this is a bug.`);
      return found;
    },
    /** The paths an entry is a step of, with its number and neighbours in each, in the order of the paths index. */
    pathPositions: (collection: CollectionName, id: string): PathPosition[] => positions.get(key(collection, id)) ?? [],
    glossaryByLetter,
    glossaryByCategory,
    technologiesByKind,
    guidesBySection,
    compareTables,
    compareLinks,
    /** One page's section navigation: `site.navigation.view({ collection, id })`. */
    navigation,
    bySide,
    /** Each glossary category's index page, with its number of terms. */
    glossaryCategoryLinks: glossaryByCategory.map((group) => ({ key: group.key, label: group.label, href: joinBase(base, glossaryCategoryPath(group.key)), count: group.items.length })),
    /** Each technology kind's index page, with its number of cards. */
    technologyKindLinks: technologiesByKind.map((group) => ({ key: group.key, label: group.label, href: joinBase(base, technologyKindPath(group.key)), count: group.items.length })),
    /** The entries that face this one across the frontend/backend line, sorted by title. */
    counterparts: (collection: CollectionName, id: string): EntryLink[] => counterpartLinks.get(key(collection, id)) ?? [],
    /** The previous and next entry in this entry's section. */
    sequence: (collection: CollectionName, id: string): Sequence => sequences.get(key(collection, id)) ?? { label: COLLECTION_LABELS[collection] },
    link,
    /** The link of an entry that may not exist (for pages that name entries in code rather than in content). */
    find: (collection: CollectionName, id: string): EntryLink | undefined => links.get(key(collection, id)),
    links: linksTo,
    qualifiedLinks,
    subject,
    /** The URL of a page relative to the base, e.g. `glossary/`. */
    url: (path: string) => joinBase(base, path),
    collectionUrl: (collection: CollectionName) => joinBase(base, collectionPath(collection)),
    categoryUrl: (category: GlossaryCategory) => joinBase(base, glossaryCategoryPath(category)),
    kindUrl: (kind: TechnologyKind) => joinBase(base, technologyKindPath(kind)),
    /** The frontend-and-backend page, or one side's section of it. */
    sidesUrl: (side?: Side) => joinBase(base, side === undefined ? SIDES_HUB_PATH : `${SIDES_HUB_PATH}#${sideAnchor(side)}`),
    exportUrl: (collection: CollectionName) => joinBase(base, exportPath(collection)),
    counts: {
      glossary: glossary.length,
      technologies: technologies.length,
      comparisons: comparisons.length,
      guides: guides.length,
      paths: paths.length,
    },
  };
}

export type SiteModel = ReturnType<typeof buildSiteModel>;
