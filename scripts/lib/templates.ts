/** Templates for new entries, built from the schemas and their field documentation. */
import { z } from 'astro/zod';
import { collectionSchemas } from '../../src/schemas/index.ts';
import type { CollectionName } from '../../src/schemas/registry.ts';
import { currentYearMonth } from '../../src/schemas/shared.ts';
import type { CheckedFile } from '../../src/content-check/index.ts';
import { normalizeName } from '../../src/text/names.ts';
import { unwrapOptional as unwrap } from '../../src/content-check/references.ts';

/** The words contributors type, mapped to collections. */
export const TEMPLATE_COLLECTIONS: Record<string, CollectionName> = {
  glossary: 'glossary',
  technology: 'technologies',
  comparison: 'comparisons',
  guide: 'guides',
  path: 'paths',
};

/** "Object–relational mapping (ORM)" → "object-relational-mapping-orm". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Why a new entry cannot take this id or title, naming the file that owns it; undefined when it is free. */
export function findNameOwner(files: readonly CheckedFile[], collection: CollectionName, id: string, title: string): string | undefined {
  const same = files.find((file) => file.collection === collection && file.id === id);
  if (same !== undefined) return `the id \`${id}\` already belongs to ${same.file}`;
  for (const file of files) {
    if (file.collection !== 'glossary' && file.collection !== 'technologies') continue;
    const data = (file.source.data ?? {}) as Record<string, unknown>;
    const names = [
      ['id', file.id],
      ['title', data['title'] ?? data['name']],
      ...(Array.isArray(data['aliases']) ? data['aliases'].map((alias) => ['alias', alias]) : []),
    ] as [string, unknown][];
    const hit = names.find(([, name]) => typeof name === 'string' && normalizeName(name) === normalizeName(title));
    if (hit !== undefined) return `"${title}" is already the ${hit[0]} of ${file.file}; edit that entry, or add an alias to it`;
  }
  return undefined;
}

const comment = (text: string) => `# ${text}`;
const yamlString = (value: string) => JSON.stringify(value);

/** The `min_length` of an array schema (`.min(3)`), or 1. */
function minimumLength(schema: z.ZodType): number {
  const checks = (schema as unknown as { _zod: { def: { checks?: { _zod: { def: { check: string; minimum?: number } } }[] } } })._zod.def.checks ?? [];
  const minimum = checks.map((check) => check._zod.def).find((def) => def.check === 'min_length')?.minimum;
  return minimum ?? 1;
}

/** The YAML lines of one field: blank where a contributor must write something. */
function fieldLines(name: string, schema: z.ZodType, title: string): string[] {
  const { inner, optional } = unwrap(schema);
  if (name === 'title' || name === 'name') return [`${name}: ${yamlString(title)}`];
  if (name === 'subjects') return ['subjects:', '  - technology: ""   # or  glossary: ""  or  label: "Plain heading"', '  - technology: ""'];
  if (name === 'criteria') {
    return ['criteria:', '  - name: ""', '    cells:   # one per subject: { text: "" } | { support: "yes"|"no"|"partial", note: "" } | { rating: 1-5, note: "" }', '      - text: ""', '      - text: ""'];
  }
  if (name === 'stages') {
    return ['stages:', '  - title: ""', '    goal: ""   # one sentence: what the reader can do after this stage', '    steps:   # entries to read, in order, as collection/id', '      - entry: ""   # e.g. glossary/http', '        note: ""   # (optional) why this step', '      - entry: ""'];
  }
  if (name === 'order') return ['order: 10'];
  // Writing an entry means checking its facts now.
  if (name === 'reviewed') return [`reviewed: ${currentYearMonth()}`];
  if (inner instanceof z.ZodEnum) {
    const line = `${name}: ""   # one of: ${inner.options.join(', ')}`;
    return [optional ? `# ${line}` : line];
  }
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element as z.ZodType).inner;
    if (element instanceof z.ZodObject) {
      const keys = Object.keys(element.shape);
      const item = keys.map((key, index) => `${index === 0 ? '  - ' : '    '}${key}: ""`);
      return [`${name}:`, ...Array.from({ length: minimumLength(inner) }, () => item).flat()];
    }
    return [`${name}: []`];
  }
  return [optional ? `# ${name}: ` : `${name}: ""`];
}

const BODIES: Record<CollectionName, string> = {
  glossary: 'Start with what the term means, in two or three sentences.\n\n## Why it matters on the backend\n\n## Example\n\n## Common pitfalls\n',
  technologies: 'Where it comes from, in a sentence or two, then how it works and when to choose it.\n\n## How it works\n\n## When to choose it\n',
  comparisons: 'How to read the table, and the main trade-off.\n',
  guides: '## First section\n\nWrite the guide in Markdown; link entries root-relatively, e.g. [REST](/glossary/rest/).\n',
  paths: 'Who the path is for, what they will be able to do at the end, and how to use it, in a short paragraph or two.\n',
};

/** A new entry's file: every field with its documentation above it, then a body outline. */
export function entryTemplate(collection: CollectionName, title: string): string {
  const schema = collectionSchemas[collection] as unknown as z.ZodObject;
  const lines: string[] = [];
  for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const doc = field.description;
    const { optional } = unwrap(field);
    if (doc !== undefined) lines.push(comment(`${optional ? '(optional) ' : ''}${doc}`));
    lines.push(...fieldLines(name, field, title));
  }
  return `---\n${lines.join('\n')}\n---\n\n${BODIES[collection]}`;
}
