/**
 * A technology card: a language, runtime, framework, library, database, server, cloud offering or tool, in Markdown
 * (`content/technologies/<id>.md`). The front matter holds the facts; the body tells its story.
 */
import { z } from 'astro/zod';
import { TECHNOLOGY_KINDS } from './registry.ts';
import { aliases, noAutolink, plainText, reference, referenceList, reviewed, side, sources, summary, webUrl } from './shared.ts';

/** A titled point: a feature, an advantage, a drawback or a use case. */
export const pointSchema = z.strictObject({
  title: plainText(80).describe('A few words, e.g. "Batteries included".'),
  text: plainText(400).describe('One or two plain-text sentences that explain the point.'),
});

const FIRST_YEAR = 1950;

export const technologySchema = z.strictObject({
  name: plainText(60).describe('The official name, e.g. "PostgreSQL".'),
  kind: z.enum(TECHNOLOGY_KINDS).describe('What kind of technology this is; cards are grouped by kind.'),
  side: side().describe('Whether it is used on the frontend, the backend, both, or in the infrastructure.'),
  summary: summary().describe('At most two plain-text sentences: shown in lists, link previews and the meta description.'),
  aliases: aliases().describe('Other names readers search for, e.g. ["Postgres"].'),
  firstReleased: z
    .int({ error: 'expected a year as a whole number, e.g. 1996' })
    .min(FIRST_YEAR, { error: `expected a year from ${FIRST_YEAR} on` })
    .refine((year) => year <= new Date().getFullYear(), { error: 'expected a year that has already happened' })
    .optional().describe('The year of the first public release. Leave it out when unsure.'),
  license: plainText(80).optional().describe('The license, as an SPDX id where one exists (e.g. "MIT", "Apache-2.0") or "Proprietary".'),
  createdBy: plainText(120).optional().describe('The person, company or community that created it.'),
  language: reference('technologies', { kinds: ['language'] }).optional().describe('The language it is written in or for, by technology id (a card of kind `language`).'),
  website: webUrl().describe('The official website.'),
  features: z.array(pointSchema).min(3, { error: 'list at least three features' }).describe('What it offers: at least three.'),
  pros: z.array(pointSchema).min(3, { error: 'list at least three advantages' }).describe('Why teams choose it: at least three.'),
  cons: z.array(pointSchema).min(2, { error: 'list at least two drawbacks' }).describe('What to watch out for: at least two.'),
  useCases: z.array(pointSchema).min(2, { error: 'list at least two use cases' }).describe('Where it fits best: at least two.'),
  related: referenceList(reference('technologies')).describe('Technologies it works with or competes with, by id.'),
  alternatives: referenceList(reference('technologies')).describe('Technologies a reader could pick instead, by id; they appear under "Compare with".'),
  concepts: referenceList(reference('glossary')).describe('Glossary concepts it embodies, by id (e.g. Django → orm, mvc, csrf).'),
  counterparts: referenceList(reference('technologies', { counterpart: true })).describe('Technologies made to work with it from the other side of the frontend/backend line, by id (e.g. Laravel Mix, the frontend build tool of Laravel → laravel). Declare a pair in one of the two cards: it shows on both.'),
  sources: sources().describe('Where the facts come from: the official site, docs, release notes.'),
  reviewed: reviewed().describe('The month someone last checked the facts against the sources, as YYYY-MM (e.g. 2026-12).'),
  noAutolink: noAutolink().describe('Glossary terms not to link automatically in the body, by id, e.g. ["latency"] where "delay" means something else.'),
});

export type TechnologyData = z.output<typeof technologySchema>;
export type Point = z.output<typeof pointSchema>;
