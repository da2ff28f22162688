import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { allJsonSchemas } from '../../scripts/lib/json-schemas.ts';

describe('JSON Schemas for editors', () => {
  const generated = allJsonSchemas();

  test.each([...generated.keys()])('schemas/%s is in sync with the zod schema (run `npm run schemas`)', (name) => {
    expect(readFileSync(`schemas/${name}`, 'utf8')).toBe(generated.get(name));
  });

  test.each([...generated.keys()])('%s is strict and documents every top-level field', (name) => {
    const schema = JSON.parse(generated.get(name) ?? '{}') as { additionalProperties?: boolean; properties: Record<string, { description?: string }> };
    expect(schema.additionalProperties).toBe(false);
    const undocumented = Object.entries(schema.properties).filter(([, property]) => property.description === undefined).map(([field]) => field);
    expect(undocumented).toEqual([]);
  });

  test('Astro generates content IntelliSense schemas for the editor extension', () => {
    expect(readFileSync('astro.config.mjs', 'utf8')).toMatch(/contentIntellisense: true/);
    expect(JSON.parse(readFileSync('.vscode/settings.json', 'utf8'))['astro.content-intellisense']).toBe(true);
  });
});
