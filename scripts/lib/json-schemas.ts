/**
 * JSON Schemas of the collections, generated from the zod schemas with zod's own `toJSONSchema`; each property's
 * description is the one its field carries in `src/schemas/` (`.describe()`). They are committed under `schemas/`
 * for editors and other tools, and a test keeps them in sync with the zod schemas.
 */
import { z } from 'astro/zod';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/registry.ts';

export function collectionJsonSchema(collection: CollectionName): Record<string, unknown> {
  const generated = z.toJSONSchema(collectionSchemas[collection], { io: 'input', unrepresentable: 'any' });
  return { $id: `https://backend-field-guide.example/schemas/${collection}.schema.json`, title: `Backend Field Guide ${collection} entry (front matter)`, ...generated };
}

/** File name → JSON text, for every collection. */
export function allJsonSchemas(): Map<string, string> {
  return new Map(COLLECTIONS.map((collection) => [`${collection}.schema.json`, `${JSON.stringify(collectionJsonSchema(collection), null, 2)}\n`]));
}
