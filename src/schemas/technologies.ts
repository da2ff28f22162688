/**
 * A technology card: a language, runtime, framework, library, database, server, cloud offering or tool, in Markdown
 * (`content/technologies/<id>.md`). The front matter holds the facts; the body tells its story.
 */
import { z } from 'astro/zod';
import { TECHNOLOGY_KINDS } from './registry.ts';
import { aliases, noAutolink, plainText, reference, referenceList, reviewed, side, sources, summary, webUrl } from './shared.ts';

/** A titled point: a feature, an advantage, a drawback or a use case. */
export const pointSchema = z.strictObject({
  /** A few words, e.g. "Batteries included". */
  title: plainText(80),
  /** One or two plain-text sentences that explain the point. */
  text: plainText(400),
});

const FIRST_YEAR = 1950;

export const technologySchema = z.strictObject({
  /** The official name, e.g. "PostgreSQL". */
  name: plainText(60),
  /** What kind of technology this is; cards are grouped by kind. */
  kind: z.enum(TECHNOLOGY_KINDS),
  /** Whether it is used on the frontend, the backend, both, or in the infrastructure. */
  side: side(),
  /** At most two plain-text sentences: shown in lists, link previews and the meta description. */
  summary: summary(),
  /** Other names readers search for, e.g. ["Postgres"]. */
  aliases: aliases(),
  /** The year of the first public release. Leave it out when unsure. */
  firstReleased: z
    .int({ error: 'expected a year as a whole number, e.g. 1996' })
    .min(FIRST_YEAR, { error: `expected a year from ${FIRST_YEAR} on` })
    .refine((year) => year <= new Date().getFullYear(), { error: 'expected a year that has already happened' })
    .optional(),
  /** The license, as an SPDX id where one exists (e.g. "MIT", "Apache-2.0") or "Proprietary". */
  license: plainText(80).optional(),
  /** The person, company or community that created it. */
  createdBy: plainText(120).optional(),
  /** The language it is written in or for, by technology id (a card of kind `language`). */
  language: reference('technologies', { kinds: ['language'] }).optional(),
  /** The official website. */
  website: webUrl(),
  /** What it offers: at least three. */
  features: z.array(pointSchema).min(3, { error: 'list at least three features' }),
  /** Why teams choose it: at least three. */
  pros: z.array(pointSchema).min(3, { error: 'list at least three advantages' }),
  /** What to watch out for: at least two. */
  cons: z.array(pointSchema).min(2, { error: 'list at least two drawbacks' }),
  /** Where it fits best: at least two. */
  useCases: z.array(pointSchema).min(2, { error: 'list at least two use cases' }),
  /** Technologies it works with or competes with, by id. */
  related: referenceList(reference('technologies')),
  /** Technologies a reader could pick instead, by id; they appear under "Compare with". */
  alternatives: referenceList(reference('technologies')),
  /** Glossary concepts it embodies, by id (e.g. Django → orm, mvc, csrf). */
  concepts: referenceList(reference('glossary')),
  /**
   * Technologies made to work with it from the other side of the frontend/backend line, by id (e.g. Laravel Mix, the
   * frontend build tool of Laravel → laravel). Declare a pair in one of the two cards: it shows on both.
   */
  counterparts: referenceList(reference('technologies', { counterpart: true })),
  /** Where the facts come from: the official site, docs, release notes. */
  sources: sources(),
  /** The month someone last checked the facts against the sources, as YYYY-MM (e.g. 2026-12). */
  reviewed: reviewed(),
  /** Glossary terms not to link automatically in the body, by id, e.g. ["latency"] where "delay" means something else. */
  noAutolink: noAutolink(),
});

export type TechnologyData = z.output<typeof technologySchema>;
export type Point = z.output<typeof pointSchema>;
