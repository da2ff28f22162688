/**
 * Cross-references between entries. Reference fields are tagged in the schemas (`referenceTargets`); this module
 * finds them in an entry's data and resolves them against every entry of the site. Astro's own `reference()` only
 * logs an unknown id, so this is what makes a dangling reference fatal.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, SIDE_LABELS, type CollectionName, type Side } from '../schemas/registry.ts';
import { referenceTargets, type ReferenceTarget } from '../schemas/shared.ts';
import { canBeCounterparts } from './counterparts.ts';
import { closest } from '../text/suggest.ts';

export type FieldPath = readonly (string | number)[];

/** A schema without its optional, default and nullable wrappers, and whether there were any. */
export function unwrapOptional(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
    optional = true;
    inner = inner.unwrap() as z.ZodType;
  }
  return { inner, optional };
}

/** A reference found in an entry's data. */
export interface FoundReference {
  path: FieldPath;
  value: string;
  target: ReferenceTarget;
}

/**
 * Every reference field in `data`, walking the schema alongside the data. It reads raw (unvalidated) data too, so a
 * file with a schema error still has its references checked in the same run.
 */
export function findReferences(schema: z.ZodType, data: unknown, path: FieldPath = []): FoundReference[] {
  const target = referenceTargets.get(schema);
  if (target !== undefined) return typeof data === 'string' ? [{ path, value: data, target }] : [];
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return findReferences(schema.unwrap() as z.ZodType, data, path);
  }
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(data)) return [];
    return data.flatMap((item, index) => findReferences(schema.element as z.ZodType, item, [...path, index]));
  }
  if (schema instanceof z.ZodObject) {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
    const record = data as Record<string, unknown>;
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      key in record ? findReferences(field, record[key], [...path, key]) : [],
    );
  }
  if (schema instanceof z.ZodUnion) {
    const options = schema.options as readonly z.ZodType[];
    const matching = options.find((option) => option.safeParse(data).success) ?? options.find((option) => looseMatch(option, data));
    return matching === undefined ? [] : findReferences(matching, data, path);
  }
  return [];
}

/** For a union of objects whose data failed validation: the option whose keys the data uses. */
function looseMatch(option: z.ZodType, data: unknown): boolean {
  if (!(option instanceof z.ZodObject) || data === null || typeof data !== 'object') return false;
  const keys = Object.keys(option.shape as object);
  return Object.keys(data).some((key) => keys.includes(key));
}

/** The top-level fields of an object schema that reference each collection, e.g. technologies → ["technologies"]. */
export function referenceFieldsByCollection(schema: z.ZodType): Map<CollectionName, string[]> {
  const fields = new Map<CollectionName, string[]>();
  if (!(schema instanceof z.ZodObject)) return fields;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    let inner: z.ZodType = field;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodArray) {
      inner = (inner instanceof z.ZodArray ? inner.element : inner.unwrap()) as z.ZodType;
    }
    const target = referenceTargets.get(inner);
    if (target === undefined || target.qualified || target.relates === false) continue;
    for (const collection of target.collections) fields.set(collection, [...(fields.get(collection) ?? []), key]);
  }
  return fields;
}

/** What the resolver knows about one entry of the site. */
export interface EntryStub {
  collection: CollectionName;
  id: string;
  /** A technology's kind, for references that require one. */
  kind?: string | undefined;
  /** A glossary entry's or technology's side, for counterpart references. */
  side?: Side | undefined;
}

/** Every entry of the site by collection, then by id. */
export type EntryIndex = ReadonlyMap<CollectionName, ReadonlyMap<string, EntryStub>>;

export function buildEntryIndex(entries: Iterable<EntryStub>): EntryIndex {
  const index = new Map<CollectionName, Map<string, EntryStub>>(COLLECTIONS.map((name) => [name, new Map()]));
  for (const entry of entries) index.get(entry.collection)?.set(entry.id, entry);
  return index;
}

export interface ReferenceProblem {
  path: FieldPath;
  message: string;
  hint?: string | undefined;
}

/** The resolved target of a reference. */
export interface ResolvedReference {
  collection: CollectionName;
  id: string;
}

/** Splits a reference value into the collections it may name and its id. */
export function parseReference(value: string, target: ReferenceTarget): { collections: readonly CollectionName[]; id: string } {
  if (!target.qualified) return { collections: target.collections, id: value };
  const slash = value.indexOf('/');
  const collection = value.slice(0, slash) as CollectionName;
  return { collections: [collection], id: value.slice(slash + 1) };
}

const label = (collections: readonly CollectionName[]) => collections.join(' or ');

/**
 * Resolves one reference made by `owner`. Returns the entry it names, or the problem: an unknown id (with the closest
 * id), an id that lives in another collection, a technology of the wrong kind, a counterpart on the same side, or the
 * entry naming itself.
 */
export function resolveReference(
  owner: { collection: CollectionName; id: string },
  reference: FoundReference,
  index: EntryIndex,
  fieldsByCollection: ReadonlyMap<CollectionName, readonly string[]> = new Map(),
): ResolvedReference | ReferenceProblem {
  const { collections, id } = parseReference(reference.value, reference.target);
  for (const collection of collections) {
    const entry = index.get(collection)?.get(id);
    if (entry === undefined) continue;
    if (collection === owner.collection && id === owner.id) {
      return { path: reference.path, message: `\`${reference.value}\` is this entry itself`, hint: 'remove the self-reference' };
    }
    const kinds = reference.target.kinds;
    if (kinds !== undefined && (entry.kind === undefined || !kinds.includes(entry.kind as never))) {
      return {
        path: reference.path,
        message: `\`${id}\` is a technology of kind \`${entry.kind ?? 'unknown'}\`, but this field takes a ${kinds.join(' or ')}`,
      };
    }
    const ownerSide = index.get(owner.collection)?.get(owner.id)?.side;
    if (reference.target.counterpart === true && ownerSide !== undefined && entry.side !== undefined && !canBeCounterparts(ownerSide, entry.side)) {
      return {
        path: reference.path,
        message:
          ownerSide === entry.side
            ? `\`${id}\` is on the same side as this entry (${SIDE_LABELS[ownerSide]}), but a counterpart sits across the frontend/backend line`
            : `\`${id}\` (${SIDE_LABELS[entry.side]}) and this entry (${SIDE_LABELS[ownerSide]}) face no frontend/backend line: one of a counterpart pair must be a frontend or a backend entry`,
        hint: 'list it under `related` instead',
      };
    }
    return { collection, id };
  }
  const elsewhere = COLLECTIONS.filter((collection) => !collections.includes(collection) && index.get(collection)?.has(id));
  const first = elsewhere[0];
  if (first !== undefined && !reference.target.qualified) {
    const fields = fieldsByCollection.get(first) ?? [];
    return {
      path: reference.path,
      message: `\`${id}\` is an entry of ${first}, but this field takes ids from ${label(collections)}`,
      hint: fields.length > 0 ? `list it under \`${fields.join('` or `')}\` instead` : `name an entry of ${label(collections)} instead`,
    };
  }
  if (first !== undefined) {
    return { path: reference.path, message: `there is no entry \`${reference.value}\``, hint: `did you mean \`${first}/${id}\`?` };
  }
  const candidates = collections.flatMap((collection) => [...(index.get(collection)?.keys() ?? [])].map((candidate) => ({ collection, candidate })));
  const nearest = closest(id, candidates.map(({ candidate }) => candidate));
  const nearestCollection = candidates.find(({ candidate }) => candidate === nearest)?.collection;
  return {
    path: reference.path,
    message: `unknown ${label(collections)} id \`${reference.value}\``,
    hint:
      nearest !== undefined && nearestCollection !== undefined
        ? `did you mean \`${reference.target.qualified ? `${nearestCollection}/${nearest}` : nearest}\`?`
        : `no ${label(collections)} entry has a similar id; create it with \`npm run new\` or remove the reference`,
  };
}

export function isProblem(result: ResolvedReference | ReferenceProblem): result is ReferenceProblem {
  return 'message' in result;
}
