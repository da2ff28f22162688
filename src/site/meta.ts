/** Names and top-level navigation shared by every page. */
import type { CollectionName } from '../schemas/registry.ts';

export const SITE_NAME = 'Backend Field Guide';

/** The sections in the header, in order. */
export const PRIMARY_NAVIGATION: readonly CollectionName[] = ['paths', 'guides', 'glossary', 'technologies', 'comparisons'];

/** The learning path whose first steps the home page offers newcomers as "Start here" (the first path without it). */
export const START_HERE_PATH = 'backend-foundations';
/** How many of its steps "Start here" lists. */
export const START_HERE_STEPS = 5;
/** How many recently updated entries the home page lists. */
export const RECENT_ENTRIES = 5;
