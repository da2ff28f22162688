/**
 * JSON Schemas of the collections, generated from the zod schemas (zod's own `toJSONSchema`) with each property's
 * description taken from the schema's JSDoc. They are committed under `schemas/` for editors and other tools, and a
 * test keeps them in sync with the zod schemas.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/registry.ts';
import { readSchemaDocs, SCHEMA_FILES } from './schema-docs.ts';

type JsonSchema = { properties?: Record<string, JsonSchema>; description?: string; [key: string]: unknown };

/** Adds the JSDoc of each property to every object schema whose properties a documented zod object declares. */
function describe(node: unknown, docs: Map<string, string>[]): void {
  if (Array.isArray(node)) {
    for (const item of node) describe(item, docs);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as JsonSchema;
  if (schema.properties !== undefined) {
    const names = Object.keys(schema.properties);
    const source = docs.find((fields) => names.every((name) => fields.has(name)));
    for (const [name, property] of Object.entries(schema.properties)) {
      const text = source?.get(name);
      if (text !== undefined && property.description === undefined) property.description = text;
    }
  }
  for (const value of Object.values(schema)) describe(value, docs);
}

export function collectionJsonSchema(collection: CollectionName, schemasDir = path.resolve('src/schemas')): Record<string, unknown> {
  const generated = z.toJSONSchema(collectionSchemas[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  describe(generated, [...readSchemaDocs(path.join(schemasDir, SCHEMA_FILES[collection])).values()]);
  return { $id: `https://backend-field-guide.example/schemas/${collection}.schema.json`, title: `Backend Field Guide ${collection} entry (front matter)`, ...generated };
}

/** File name → JSON text, for every collection. */
export function allJsonSchemas(): Map<string, string> {
  return new Map(COLLECTIONS.map((collection) => [`${collection}.schema.json`, `${JSON.stringify(collectionJsonSchema(collection), null, 2)}\n`]));
}
