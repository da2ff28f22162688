/**
 * A comparison table as data (`content/comparisons/<id>.md`): the front matter lists the subjects and one row per
 * criterion with a typed cell per subject; the optional Markdown body is the introduction shown above the table.
 */
import { z } from 'astro/zod';
import { SUPPORT_LEVELS } from './registry.ts';
import { noAutolink, plainText, qualifiedReference, reference, referenceList, reviewed, sources, summary } from './shared.ts';

/** A column of the table: a technology card, a glossary entry, or a plain label such as "Frontend". */
export const subjectSchema = z.union([
  z.strictObject({
    technology: reference('technologies').describe('A technology card, by id.'),
  }),
  z.strictObject({
    glossary: reference('glossary').describe('A glossary entry, by id.'),
  }),
  z.strictObject({
    label: plainText(60).describe('A column heading that is not an entry, e.g. "Frontend".'),
  }),
]);

const note = () => plainText(300);

/** One cell: free text, a yes / no / partial verdict, or a rating from 1 to 5 justified by a note. */
export const cellSchema = z.union([
  z.strictObject({
    text: plainText(300).describe('A short plain-text answer.'),
  }),
  z.strictObject({
    support: z.enum(SUPPORT_LEVELS).describe('Whether the subject has this property.'),
    note: note().optional().describe('Why, or with what caveat; required for "partial".'),
  }),
  z.strictObject({
    rating: z.int({ error: 'expected a whole number from 1 to 5' }).min(1).max(5).describe('1 (poor) to 5 (excellent).'),
    note: note().describe('Why the subject earns this rating.'),
  }),
]);

/** A row of the table. */
export const criterionSchema = z.strictObject({
  name: plainText(80).describe('What the row compares, e.g. "Learning curve".'),
  cells: z.array(cellSchema).min(2).describe('One cell per subject, in the order of `subjects`.'),
});

export const comparisonSchema = z
  .strictObject({
    title: plainText(80).describe('The table\'s title, e.g. "SQL vs NoSQL".'),
    summary: summary().describe('At most two plain-text sentences: shown in lists and the meta description.'),
    subjects: z.array(subjectSchema).min(2, { error: 'compare at least two subjects' }).describe('The columns: two or more.'),
    criteria: z.array(criterionSchema).min(1, { error: 'list at least one criterion' }).describe('The rows: one or more.'),
    related: referenceList(qualifiedReference()).describe('Other entries worth reading, as "collection/id".'),
    sources: sources().describe('Where the facts come from.'),
    reviewed: reviewed().describe('The month someone last checked the facts against the sources, as YYYY-MM (e.g. 2026-12).'),
    noAutolink: noAutolink().describe('Glossary terms not to link automatically in the body, by id, e.g. ["latency"] where "delay" means something else.'),
  })
  .superRefine((comparison, context) => {
    comparison.criteria.forEach((criterion, row) => {
      if (criterion.cells.length !== comparison.subjects.length) {
        context.addIssue({
          code: 'custom',
          path: ['criteria', row, 'cells'],
          message: `has ${criterion.cells.length} cells but there are ${comparison.subjects.length} subjects: give one cell per subject`,
        });
      }
      criterion.cells.forEach((cell, column) => {
        if ('support' in cell && cell.support === 'partial' && cell.note === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['criteria', row, 'cells', column, 'note'],
            message: 'a "partial" verdict needs a note that says what is missing',
          });
        }
      });
    });
  });

export type ComparisonData = z.output<typeof comparisonSchema>;
export type Subject = z.output<typeof subjectSchema>;
export type Cell = z.output<typeof cellSchema>;
