import { describe, expect, test } from 'vitest';
import { definedTerm, definedTermSet, licenseValue, serializeJsonLd, technology } from '../../src/model/structured-data.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { technologySchema } from '../../src/schemas/technologies.ts';
import { makeGlossary, makeTechnology } from '../support/builders.ts';

const set = { name: 'Backend Field Guide glossary', url: 'https://example.org/docs/glossary/' };

describe('JSON-LD', () => {
  test('a glossary entry is a DefinedTerm in the glossary DefinedTermSet', () => {
    const data = glossarySchema.parse(makeGlossary({ title: 'Caching', aliases: ['cache'] }));
    expect(definedTerm({ url: 'https://example.org/docs/glossary/caching/', data }, set)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'DefinedTerm',
      '@id': 'https://example.org/docs/glossary/caching/',
      name: 'Caching',
      description: data.summary,
      url: 'https://example.org/docs/glossary/caching/',
      alternateName: ['cache'],
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': set.url, name: set.name, url: set.url },
    });
  });

  test('the glossary index is the DefinedTermSet with every term', () => {
    const document = definedTermSet({ ...set, description: 'Terms.' }, [{ name: 'API', url: 'https://example.org/docs/glossary/api/' }]);
    expect(document).toMatchObject({ '@type': 'DefinedTermSet', '@id': set.url, hasDefinedTerm: [{ '@type': 'DefinedTerm', name: 'API', url: 'https://example.org/docs/glossary/api/' }] });
  });

  test('a technology is a SoftwareApplication with its official site, license and release year', () => {
    const data = technologySchema.parse(makeTechnology({ name: 'Django', kind: 'framework', license: 'BSD-3-Clause', firstReleased: 2005 }));
    expect(technology({ url: 'https://example.org/technologies/django/', data })).toMatchObject({
      '@type': 'SoftwareApplication',
      name: 'Django',
      url: 'https://example.org/technologies/django/',
      sameAs: 'https://www.postgresql.org/',
      license: 'https://spdx.org/licenses/BSD-3-Clause.html',
      datePublished: '2005',
    });
    const bare = technology({ url: 'https://example.org/t/', data: technologySchema.parse(makeTechnology()) });
    expect(Object.keys(bare)).not.toContain('license');
    expect(Object.keys(bare)).not.toContain('alternateName');
  });

  test('a language is a ComputerLanguage', () => {
    const data = technologySchema.parse(makeTechnology({ name: 'Python', kind: 'language', license: 'PSF-2.0' }));
    const document = technology({ url: 'https://example.org/technologies/python/', data });
    expect(document['@type']).toBe('ComputerLanguage');
    expect(Object.keys(document)).not.toContain('license');
  });

  test.each([
    ['MIT', 'https://spdx.org/licenses/MIT.html'],
    ['GPL-2.0-or-later', 'https://spdx.org/licenses/GPL-2.0-or-later.html'],
    ['Proprietary', 'Proprietary'],
    ['MIT OR Apache-2.0', 'MIT OR Apache-2.0'],
    ['Apache-2.0 (open-source core); Proprietary (commercial features)', 'Apache-2.0 (open-source core); Proprietary (commercial features)'],
  ])('license %s → %s', (license, expected) => {
    expect(licenseValue(license)).toBe(expected);
  });

  test('serialization escapes what could end the script element, and parses back to the same data', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029';
    const data = glossarySchema.parse(makeGlossary());
    const document = definedTerm({ url: 'https://example.org/g/x/', data: { ...data, title: hostile, aliases: ['<b>'] } }, set);
    const serialized = serializeJsonLd(document);
    expect(serialized).not.toMatch(/[<>&\u2028\u2029]/);
    expect(serialized).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(serialized)).toEqual(document);
  });
});
