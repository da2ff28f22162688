/**
 * A glossary entry: one concept of backend development, in Markdown (`content/glossary/<id>.md`).
 * The id is the file name. The body explains the concept; the front matter below places it in the map.
 */
import { z } from 'astro/zod';
import { GLOSSARY_CATEGORIES } from './registry.ts';
import { aliases, noAutolink, plainText, reference, referenceList, reviewed, side, sources, summary } from './shared.ts';

export const glossarySchema = z.strictObject({
  title: plainText(80).describe('The term as readers know it, e.g. "Object–relational mapping".'),
  summary: summary().describe('At most two plain-text sentences: shown in lists, link previews and the meta description.'),
  aliases: aliases().describe('Acronyms, plurals and other spellings readers search for, e.g. ["ORM", "ORMs"].'),
  category: z.enum(GLOSSARY_CATEGORIES).describe('The topic group the term is listed under.'),
  side: side().describe('Whether the concept belongs to the frontend, the backend, both, or the infrastructure beneath them.'),
  related: referenceList(reference('glossary')).describe('Other glossary entries a reader of this one should know, by id.'),
  technologies: referenceList(reference('technologies')).describe('Technology cards that embody or implement the concept, by id.'),
  counterparts: referenceList(reference('glossary', { counterpart: true })).describe('Glossary entries that play the matching part on the other side of the frontend/backend line, by id (e.g. client-side-rendering → server-side-rendering). Declare a pair in one of the two entries: it shows on both.'),
  sources: sources().describe('Where the facts come from: official documentation, specifications, RFCs.'),
  reviewed: reviewed().describe('The month someone last checked the facts against the sources, as YYYY-MM (e.g. 2026-12).'),
  noAutolink: noAutolink().describe('Glossary terms not to link automatically in the body, by id, e.g. ["latency"] where "delay" means something else.'),
});

export type GlossaryData = z.output<typeof glossarySchema>;
