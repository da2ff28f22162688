/**
 * A glossary entry: one concept of backend development, in Markdown (`content/glossary/<id>.md`).
 * The id is the file name. The body explains the concept; the front matter below places it in the map.
 */
import { z } from 'astro/zod';
import { GLOSSARY_CATEGORIES } from './registry.ts';
import { aliases, noAutolink, plainText, reference, referenceList, reviewed, side, sources, summary } from './shared.ts';

export const glossarySchema = z.strictObject({
  /** The term as readers know it, e.g. "Object–relational mapping". */
  title: plainText(80),
  /** At most two plain-text sentences: shown in lists, link previews and the meta description. */
  summary: summary(),
  /** Acronyms, plurals and other spellings readers search for, e.g. ["ORM", "ORMs"]. */
  aliases: aliases(),
  /** The topic group the term is listed under. */
  category: z.enum(GLOSSARY_CATEGORIES),
  /** Whether the concept belongs to the frontend, the backend, both, or the infrastructure beneath them. */
  side: side(),
  /** Other glossary entries a reader of this one should know, by id. */
  related: referenceList(reference('glossary')),
  /** Technology cards that embody or implement the concept, by id. */
  technologies: referenceList(reference('technologies')),
  /**
   * Glossary entries that play the matching part on the other side of the frontend/backend line, by id (e.g.
   * client-side-rendering → server-side-rendering). Declare a pair in one of the two entries: it shows on both.
   */
  counterparts: referenceList(reference('glossary', { counterpart: true })),
  /** Where the facts come from: official documentation, specifications, RFCs. */
  sources: sources(),
  /** The month someone last checked the facts against the sources, as YYYY-MM (e.g. 2026-12). */
  reviewed: reviewed(),
  /** Glossary terms not to link automatically in the body, by id, e.g. ["latency"] where "delay" means something else. */
  noAutolink: noAutolink(),
});

export type GlossaryData = z.output<typeof glossarySchema>;
