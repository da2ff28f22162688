/**
 * A learning path (`content/paths/<id>.md`): a guided route through the guide, in stages, each a short list of entries
 * to read in order. The body is the path's introduction. Every step names an entry of another collection as
 * `collection/id`; the content check resolves it like any other reference.
 */
import { z } from 'astro/zod';
import { COLLECTIONS } from './registry.ts';
import { countSentences, plainText, qualifiedReference, reference, referenceList, reviewed, summary } from './shared.ts';

/** The collections a step may name: every one but the paths themselves. */
export const STEP_COLLECTIONS = COLLECTIONS.filter((collection) => collection !== 'paths');

const step = z.strictObject({
  entry: qualifiedReference(STEP_COLLECTIONS).describe('The entry to read, as "collection/id" (e.g. "glossary/http", "technologies/django").'),
  note: plainText(280).optional().describe('(optional) Why this step, or what to look for in it, in a sentence or two: shown under the step.'),
});

const stage = z.strictObject({
  title: plainText(80).describe('The stage\'s name, e.g. "How the web works".'),
  goal: plainText(200).refine((text) => countSentences(text) === 1, { error: 'must be one sentence: what the reader can do after this stage' }).describe('What the reader can do after this stage, in one sentence.'),
  steps: z.array(step).min(1, { error: 'a stage needs at least one step' }).describe('The entries to read, in order.'),
});

export const pathSchema = z
  .strictObject({
    title: plainText(80).describe('The path\'s name, e.g. "Backend foundations".'),
    summary: summary().describe('At most two plain-text sentences: shown in lists, link previews and the meta description.'),
    audience: plainText(280).describe('Who the path is for and what they should know already, in a sentence or two.'),
    estimatedHours: z.int({ error: 'expected a whole number of hours, e.g. 12' }).min(1, { error: 'must be at least 1' }).max(500, { error: 'must be at most 500' }).optional().describe('(optional) About how many hours the whole path takes to read and try out.'),
    stages: z.array(stage).min(1, { error: 'a path needs at least one stage' }).describe('The stages, in reading order.'),
    related: referenceList(reference('paths')).describe('(optional) Other paths a reader of this one may take next, by id.'),
    reviewed: reviewed().describe('The month someone last checked the path against the entries it lists, as YYYY-MM (e.g. 2026-12).'),
  })
  .superRefine((path, context) => {
    // A step listed twice sends the reader back to something they have read; the second place is the one to remove.
    const seen = new Map<string, string>();
    path.stages.forEach((stage, stageIndex) =>
      stage.steps.forEach((item, stepIndex) => {
        const first = seen.get(item.entry);
        if (first !== undefined) {
          context.addIssue({ code: 'custom', path: ['stages', stageIndex, 'steps', stepIndex, 'entry'], message: `lists \`${item.entry}\` again: it is already ${first}` });
        } else seen.set(item.entry, `step ${stepIndex + 1} of stage ${stageIndex + 1}`);
      }),
    );
  });

export type PathData = z.output<typeof pathSchema>;
