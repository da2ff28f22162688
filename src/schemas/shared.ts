/**
 * Field builders shared by every collection schema. Each one carries the contributor-facing message that explains
 * what was expected, so a schema error reads as an instruction rather than as a type dump.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, SIDES, type CollectionName, type TechnologyKind } from './registry.ts';

/** Lowercase kebab-case: the only shape an entry id (and so a file name) may take. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of an entry, as written in a reference: lowercase kebab-case, the file name without its extension. */
export const entryId = () =>
  z.string().regex(KEBAB_CASE, {
    error: 'expected an entry id in lowercase kebab-case, the file name without its extension (e.g. "rest-api")',
  });

/** What a reference field may point at; read by the cross-reference check. */
export interface ReferenceTarget {
  /** Collections the id may live in. */
  collections: readonly CollectionName[];
  /** The value is written as `collection/id` rather than a bare id. */
  qualified: boolean;
  /** For technology references: the kinds the referenced card must have. */
  kinds?: readonly TechnologyKind[];
  /**
   * A counterpart: the entry named must face this one across the frontend/backend line (`canBeCounterparts` in
   * `src/content-check/counterparts.ts`), and the pair is declared in one of the two entries only.
   */
  counterpart?: boolean;
  /**
   * False for fields that name entries without relating to them (`noAutolink`): they give the named entry no
   * "Referenced by" link and are never suggested as the place for a misplaced id. Default true.
   */
  relates?: boolean;
}

/**
 * Zod does not resolve references across entries, so reference fields are tagged in this registry and resolved by
 * `src/content-check/references.ts`, which fails on an unknown id, the wrong collection or a self-reference.
 */
export const referenceTargets = z.registry<ReferenceTarget>();

/** A reference to one entry of `collection`, written as its bare id. */
export function reference(collection: CollectionName, options: Pick<ReferenceTarget, 'kinds' | 'counterpart' | 'relates'> = {}) {
  const schema = entryId();
  referenceTargets.add(schema, { collections: [collection], qualified: false, ...options });
  return schema;
}

/**
 * A reference to an entry of any of `collections` (default: every collection), written as `collection/id` (e.g.
 * `technologies/django`).
 */
export function qualifiedReference(collections: readonly CollectionName[] = COLLECTIONS) {
  const pattern = new RegExp(`^(?:${collections.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`);
  const schema = z.string().regex(pattern, {
    error: `expected "collection/id" where collection is one of ${collections.join(', ')} (e.g. "glossary/rest")`,
  });
  referenceTargets.add(schema, { collections, qualified: true });
  return schema;
}

/** A list of references; each id may appear once. */
export function referenceList<T extends z.ZodString>(item: T) {
  return z
    .array(item)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'lists the same entry more than once' })
    .default([]);
}

const HTML_TAG = /<\/?[a-z!][^>]*>/i;

/** One line of plain text: no HTML tags, no line breaks, no surrounding spaces. */
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((text) => !HTML_TAG.test(text), { error: 'must be plain text: remove the HTML tags' })
    .refine((text) => !/[\r\n]/.test(text), { error: 'must be one line' });

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|esp|Inc|Ltd|Mr|Ms|Dr|St)\./g;

/**
 * Counts sentences: a terminator followed by the end or by a space and a capital letter, digit or quote, ignoring
 * the full stops of common abbreviations ("e.g. PostgreSQL").
 */
export function countSentences(text: string): number {
  const endings = text.trim().replace(ABBREVIATIONS, (abbreviation) => abbreviation.replaceAll('.', '')).match(/[.!?](?=$|\s+["'“(]?[A-Z0-9])/g);
  return Math.max(1, endings?.length ?? 0);
}

export const SUMMARY_MAX_LENGTH = 280;

/** A short plain-text description used in lists, link previews and the meta description: at most two sentences. */
export const summary = () =>
  plainText(SUMMARY_MAX_LENGTH).refine((text) => countSentences(text) <= 2, {
    error: 'must be at most two sentences: move the detail into the body',
  });

/** An absolute https URL (http is accepted for sites without TLS; other schemes are rejected). */
export const webUrl = () =>
  z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: 'expected an absolute web address starting with https:// (e.g. "https://www.postgresql.org/")',
  });

/** Where the facts of an entry come from: official documentation, specifications, RFCs. At least one. */
export const sources = () =>
  z.array(webUrl()).min(1, { error: 'cite at least one source (official docs, a specification or an RFC)' });

/** Which side of a web system an entry belongs to. */
export const side = () => z.enum(SIDES);

/** Other names readers search for: acronyms, plurals, former names, other spellings. */
export const aliases = () =>
  z
    .array(plainText(60))
    .refine((list) => new Set(list.map((a) => a.toLowerCase())).size === list.length, {
      error: 'lists the same alias more than once',
    })
    .default([]);

/**
 * Glossary terms the body must not link automatically, by id: the first mention of every other glossary term links
 * to its entry (docs/architecture.md, "Glossary auto-linking").
 */
export const noAutolink = () => referenceList(reference('glossary', { relates: false }));

/** `YYYY-MM`: a month of a year, e.g. "2026-12". */
export const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The month someone last checked an entry's facts against its sources, as `YYYY-MM` (e.g. "2026-12"). Pages show it;
 * the content check warns when it is more than a year old.
 */
export const reviewed = () =>
  z
    .string({ error: 'expected the month the facts were last checked, as "YYYY-MM" in quotes or bare (e.g. 2026-12)' })
    .regex(YEAR_MONTH, { error: 'expected the month the facts were last checked, as YYYY-MM (e.g. 2026-12)' })
    .refine((value) => value <= currentYearMonth(), { error: 'is in the future: write the month you checked the facts' });

/** This month as `YYYY-MM`, in UTC. */
export function currentYearMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}
