/**
 * schema.org descriptions of pages as JSON-LD, for search engines and other machine readers: the glossary is a
 * `DefinedTermSet` of `DefinedTerm`s, a technology card describes a `SoftwareApplication` (or a `ComputerLanguage`).
 * Every function is pure; BaseLayout writes the result into a single `<script type="application/ld+json">`.
 */
import type { GlossaryData } from '../schemas/glossary.ts';
import type { TechnologyData } from '../schemas/technologies.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON-LD document: one object with its `@context`. */
export type JsonLdDocument = { '@context': 'https://schema.org'; '@type': string } & { [key: string]: JsonValue };

const CONTEXT = 'https://schema.org';

/** The glossary as a set of terms, named on every term page so the terms link back to it. */
export interface TermSet {
  name: string;
  /** The absolute URL of the glossary index. */
  url: string;
}

/** A page's absolute URL with the data it describes. */
export interface Described<Data> {
  url: string;
  data: Data;
}

const alternateNames = (aliases: readonly string[]) => (aliases.length === 0 ? {} : { alternateName: [...aliases] });

const setReference = (set: TermSet) => ({ '@type': 'DefinedTermSet', '@id': set.url, name: set.name, url: set.url });

/** The glossary index: the set and every term in it. */
export function definedTermSet(set: TermSet & { description: string }, terms: readonly { name: string; url: string }[]): JsonLdDocument {
  return {
    '@context': CONTEXT,
    ...setReference(set),
    description: set.description,
    hasDefinedTerm: terms.map((term) => ({ '@type': 'DefinedTerm', '@id': term.url, name: term.name, url: term.url })),
  };
}

/** A glossary entry: the term, its summary as the description, its aliases, and the set it belongs to. */
export function definedTerm({ url, data }: Described<GlossaryData>, set: TermSet): JsonLdDocument {
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTerm',
    '@id': url,
    name: data.title,
    description: data.summary,
    url,
    ...alternateNames(data.aliases),
    inDefinedTermSet: setReference(set),
  };
}

const SPDX_ID = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;

/**
 * schema.org wants a license as a URL: a single SPDX id (the schema asks for one where it exists) links to its SPDX
 * page; anything else (an expression such as "MIT OR Apache-2.0", "Proprietary", a note) stays as the text written.
 */
export function licenseValue(license: string): string {
  return SPDX_ID.test(license) && license !== 'Proprietary' ? `https://spdx.org/licenses/${license}.html` : license;
}

/**
 * A technology card. Languages are `ComputerLanguage`s; everything else is a `SoftwareApplication` for developers,
 * with its license and first release year. `sameAs` is the official website.
 */
export function technology({ url, data }: Described<TechnologyData>): JsonLdDocument {
  const isLanguage = data.kind === 'language';
  return {
    '@context': CONTEXT,
    '@type': isLanguage ? 'ComputerLanguage' : 'SoftwareApplication',
    '@id': url,
    name: data.name,
    description: data.summary,
    url,
    sameAs: data.website,
    ...alternateNames(data.aliases),
    ...(isLanguage
      ? {}
      : {
          applicationCategory: 'DeveloperApplication',
          ...(data.license === undefined ? {} : { license: licenseValue(data.license) }),
          ...(data.firstReleased === undefined ? {} : { datePublished: String(data.firstReleased) }),
        }),
  };
}

/**
 * JSON for a `<script>` element. The HTML parser ends a script at the first `</script`, whatever the JSON says, so
 * `<`, `>` and `&` are written as Unicode escapes (JSON.parse reads them back unchanged), as are U+2028 and U+2029,
 * which some JavaScript parsers take for line ends. Content can then never close the element or open a comment.
 */
export function serializeJsonLd(document: JsonLdDocument): string {
  return JSON.stringify(document).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
