import { describe, expect, test } from 'vitest';
import { buildEntryIndex, findReferences, isProblem, referenceFieldsByCollection, resolveReference } from '../../src/content-check/references.ts';
import { closest, editDistance } from '../../src/text/suggest.ts';
import { comparisonSchema } from '../../src/schemas/comparisons.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { guideSchema } from '../../src/schemas/guides.ts';
import { technologySchema } from '../../src/schemas/technologies.ts';

describe('suggestions', () => {
  test('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('caching', 'cahcing')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test.each([
    ['cachng', ['caching', 'api', 'rest'], 'caching'],
    ['postgres', ['postgresql', 'mysql'], 'postgresql'],
    ['djngo', ['django', 'flask'], 'django'],
    ['kubernetes', ['redis', 'mysql'], undefined],
  ])('closest(%s) is %s', (input, candidates, expected) => {
    expect(closest(input, candidates)).toBe(expected);
  });
});

describe('finding references in data', () => {
  test('finds bare references with their paths, including in raw data that fails validation', () => {
    const found = findReferences(glossarySchema, { related: ['api', 42, 'rest'], technologies: ['django'], side: 'nowhere' });
    expect(found.map(({ path, value }) => [path.join('.'), value])).toEqual([
      ['related.0', 'api'],
      ['related.2', 'rest'],
      ['technologies.0', 'django'],
    ]);
  });

  test('follows the matching option of a union (comparison subjects)', () => {
    const found = findReferences(comparisonSchema, { subjects: [{ technology: 'redis' }, { label: 'Other' }, { glossary: 'caching' }], related: ['guides/faq'] });
    expect(found.map(({ path, value }) => [path.join('.'), value])).toEqual([
      ['subjects.0.technology', 'redis'],
      ['subjects.2.glossary', 'caching'],
      ['related.0', 'guides/faq'],
    ]);
  });

  test('finds optional single references (a technology language)', () => {
    expect(findReferences(technologySchema, { language: 'python' }).map((r) => r.target.kinds)).toEqual([['language']]);
  });

  test('lists the fields that reference each collection', () => {
    expect(Object.fromEntries(referenceFieldsByCollection(technologySchema))).toEqual({ technologies: ['language', 'related', 'alternatives', 'counterparts'], glossary: ['concepts'] });
    expect(referenceFieldsByCollection(guideSchema).size).toBe(0);
  });
});

describe('resolving references', () => {
  const index = buildEntryIndex([
    { collection: 'glossary', id: 'caching' },
    { collection: 'glossary', id: 'api' },
    { collection: 'technologies', id: 'python', kind: 'language' },
    { collection: 'technologies', id: 'django', kind: 'framework' },
    { collection: 'guides', id: 'faq' },
  ]);
  const owner = { collection: 'glossary', id: 'api' } as const;
  const [glossaryRef] = findReferences(glossarySchema, { related: ['x'] });
  const [languageRef] = findReferences(technologySchema, { language: 'x' });
  const [qualifiedRef] = findReferences(guideSchema, { related: ['glossary/x'] });
  if (glossaryRef === undefined || languageRef === undefined || qualifiedRef === undefined) throw new Error('fixture references missing');
  const resolve = (reference: typeof glossaryRef, value: string, from: { collection: 'glossary' | 'technologies' | 'guides'; id: string } = owner) =>
    resolveReference(from, { ...reference, value }, index, referenceFieldsByCollection(glossarySchema));

  test('an existing id resolves to its entry', () => {
    expect(resolve(glossaryRef, 'caching')).toEqual({ collection: 'glossary', id: 'caching' });
    expect(resolve(qualifiedRef, 'guides/faq')).toEqual({ collection: 'guides', id: 'faq' });
  });

  test.each([
    ['an unknown id suggests the closest', () => resolve(glossaryRef, 'cachng'), 'unknown glossary id `cachng`', 'did you mean `caching`?'],
    ['an id from another collection names the right field', () => resolve(glossaryRef, 'django'), '`django` is an entry of technologies, but this field takes ids from glossary', 'list it under `technologies` instead'],
    ['the entry itself', () => resolve(glossaryRef, 'api'), '`api` is this entry itself', 'remove the self-reference'],
    ['a technology of the wrong kind', () => resolve(languageRef, 'django', { collection: 'technologies', id: 'flask' }), '`django` is a technology of kind `framework`, but this field takes a language', undefined],
    ['a qualified id in the wrong collection', () => resolve(qualifiedRef, 'glossary/faq'), 'there is no entry `glossary/faq`', 'did you mean `guides/faq`?'],
  ])('reports %s', (_, run, message, hint) => {
    const result = run();
    expect(isProblem(result) && result.message).toBe(message);
    expect(isProblem(result) ? result.hint : 'resolved').toBe(hint);
  });
});
