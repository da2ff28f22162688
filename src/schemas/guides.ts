/**
 * A guide page (`content/guides/<id>.mdx`): a maintained long-form page on foundations, architecture, practice or
 * careers. Guides may use the project's own components; they are written by maintainers and reviewed like code.
 */
import { z } from 'astro/zod';
import { GUIDE_SECTIONS } from './registry.ts';
import { noAutolink, plainText, qualifiedReference, referenceList, reviewed, sources, summary } from './shared.ts';

export const guideSchema = z.strictObject({
  title: plainText(80).describe('The page title, e.g. "Monolithic architecture".'),
  summary: summary().describe('At most two plain-text sentences: shown in lists and the meta description.'),
  section: z.enum(GUIDE_SECTIONS).describe('The section the guide is listed in.'),
  order: z.int({ error: 'expected a whole number, e.g. 10' }).min(0, { error: 'must be 0 or more' }).describe('Position within its section: lower comes first.'),
  related: referenceList(qualifiedReference()).describe('Entries of any collection the guide builds on, as "collection/id" (e.g. "glossary/rest").'),
  sources: sources().describe('Where the facts come from.'),
  reviewed: reviewed().describe('The month someone last checked the facts against the sources, as YYYY-MM (e.g. 2026-12).'),
  noAutolink: noAutolink().describe('Glossary terms not to link automatically in the body, by id, e.g. ["latency"] where "delay" means something else.'),
});

export type GuideData = z.output<typeof guideSchema>;
