/**
 * The site model for this build, loaded once: Astro evaluates this module a single time per build, so every page
 * shares the same sorted lists, links and groupings.
 */
import { getCollection } from 'astro:content';
import { buildSiteModel } from './site-model.ts';

export const site = buildSiteModel(
  {
    glossary: await getCollection('glossary'),
    technologies: await getCollection('technologies'),
    comparisons: await getCollection('comparisons'),
    guides: await getCollection('guides'),
  },
  import.meta.env.BASE_URL,
);
