/**
 * Wires each collection's loader to its schema. The schemas live in `src/schemas/`; the content root is `content/`
 * unless `CONTENT_ROOT` names another corpus.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { resolveContentRoot } from './lib/content-root.ts';
import { collectionExtensions, collectionSchemas } from './schemas/index.ts';
import type { CollectionName } from './schemas/registry.ts';

const contentRoot = resolveContentRoot();

function entriesOf<Name extends CollectionName>(name: Name) {
  const extensions = collectionExtensions[name].map((extension) => extension.slice(1));
  const pattern = extensions.length === 1 ? `*.${extensions[0]}` : `*.{${extensions.join(',')}}`;
  return defineCollection({
    /** Readers: the glossary, technology, comparison and guide pages, and the site-wide indexes in `src/lib/site.ts`. */
    loader: glob({ pattern, base: path.join(contentRoot, name) }),
    schema: collectionSchemas[name],
  });
}

export const collections = {
  glossary: entriesOf('glossary'),
  technologies: entriesOf('technologies'),
  comparisons: entriesOf('comparisons'),
  guides: entriesOf('guides'),
};
