import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { allJsonSchemas } from '../../scripts/lib/json-schemas.ts';

/** The path of every property, at any depth, that has no description. */
function undocumentedFields(node: unknown, path = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => undocumentedFields(item, `${path}/${index}`));
  if (node === null || typeof node !== 'object') return [];
  const { properties, ...rest } = node as { properties?: Record<string, { description?: string }> };
  const here = Object.entries(properties ?? {}).flatMap(([field, property]) => [
    ...(property.description === undefined ? [`${path}/${field}`] : []),
    ...undocumentedFields(property, `${path}/${field}`),
  ]);
  return [...here, ...Object.entries(rest).flatMap(([key, value]) => undocumentedFields(value, `${path}/${key}`))];
}

describe('JSON Schemas for editors', () => {
  const generated = allJsonSchemas();

  test.each([...generated.keys()])('schemas/%s is in sync with the zod schema (run `npm run schemas`)', (name) => {
    expect(readFileSync(`schemas/${name}`, 'utf8')).toBe(generated.get(name));
  });

  test.each([...generated.keys()])('%s is strict and documents every field, nested ones too', (name) => {
    const schema = JSON.parse(generated.get(name) ?? '{}') as { additionalProperties?: boolean };
    expect(schema.additionalProperties).toBe(false);
    expect(undocumentedFields(schema)).toEqual([]);
  });

  test('Astro generates content IntelliSense schemas for the editor extension', () => {
    expect(readFileSync('astro.config.mjs', 'utf8')).toMatch(/contentIntellisense: true/);
    expect(JSON.parse(readFileSync('.vscode/settings.json', 'utf8'))['astro.content-intellisense']).toBe(true);
  });
});
