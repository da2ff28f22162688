/** The schema of each collection, keyed by collection name. */
import type { z } from 'astro/zod';
import { comparisonSchema } from './comparisons.ts';
import { glossarySchema } from './glossary.ts';
import { guideSchema } from './guides.ts';
import { pathSchema } from './paths.ts';
import type { CollectionName } from './registry.ts';
import { technologySchema } from './technologies.ts';

export const collectionSchemas = {
  glossary: glossarySchema,
  technologies: technologySchema,
  comparisons: comparisonSchema,
  guides: guideSchema,
  paths: pathSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

/** The file extensions each collection accepts: contributed collections are plain Markdown; guides may be MDX. */
export const collectionExtensions: Record<CollectionName, readonly string[]> = {
  glossary: ['.md'],
  technologies: ['.md'],
  comparisons: ['.md'],
  guides: ['.md', '.mdx'],
  paths: ['.md'],
};
