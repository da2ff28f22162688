/**
 * Wires each collection's loader to its schema. The schemas live in `src/schemas/`; the content root is `content/`
 * unless `CONTENT_ROOT` names another corpus. Readers: the entry and path pages and the site-wide model in `src/model/site.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { resolveContentRoot } from './content-check/content-root.ts';
import { comparisonSchema } from './schemas/comparisons.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { guideSchema } from './schemas/guides.ts';
import { pathSchema } from './schemas/paths.ts';
import { collectionExtensions } from './schemas/index.ts';
import type { CollectionName } from './schemas/registry.ts';
import { technologySchema } from './schemas/technologies.ts';

const contentRoot = resolveContentRoot();

/** The files of one collection folder, with the extensions that collection accepts. */
function entriesOf(name: CollectionName) {
  const extensions = collectionExtensions[name].map((extension) => extension.slice(1));
  const pattern = extensions.length === 1 ? `*.${extensions[0]}` : `*.{${extensions.join(',')}}`;
  return glob({ pattern, base: path.join(contentRoot, name) });
}

export const collections = {
  glossary: defineCollection({ loader: entriesOf('glossary'), schema: glossarySchema }),
  technologies: defineCollection({ loader: entriesOf('technologies'), schema: technologySchema }),
  comparisons: defineCollection({ loader: entriesOf('comparisons'), schema: comparisonSchema }),
  guides: defineCollection({ loader: entriesOf('guides'), schema: guideSchema }),
  paths: defineCollection({ loader: entriesOf('paths'), schema: pathSchema }),
};
