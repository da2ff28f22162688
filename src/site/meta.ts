/** Names and top-level navigation shared by every page. */
import type { CollectionName } from '../schemas/registry.ts';

export const SITE_NAME = 'Backend Field Guide';

/** The sections in the header, in order. */
export const PRIMARY_NAVIGATION: readonly CollectionName[] = ['paths', 'guides', 'glossary', 'technologies', 'comparisons'];
