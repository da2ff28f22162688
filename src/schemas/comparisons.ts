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
    /** A technology card, by id. */
    technology: reference('technologies'),
  }),
  z.strictObject({
    /** A glossary entry, by id. */
    glossary: reference('glossary'),
  }),
  z.strictObject({
    /** A column heading that is not an entry, e.g. "Frontend". */
    label: plainText(60),
  }),
]);

const note = () => plainText(300);

/** One cell: free text, a yes / no / partial verdict, or a rating from 1 to 5 justified by a note. */
export const cellSchema = z.union([
  z.strictObject({
    /** A short plain-text answer. */
    text: plainText(300),
  }),
  z.strictObject({
    /** Whether the subject has this property. */
    support: z.enum(SUPPORT_LEVELS),
    /** Why, or with what caveat; required for "partial". */
    note: note().optional(),
  }),
  z.strictObject({
    /** 1 (poor) to 5 (excellent). */
    rating: z.int({ error: 'expected a whole number from 1 to 5' }).min(1).max(5),
    /** Why the subject earns this rating. */
    note: note(),
  }),
]);

/** A row of the table. */
export const criterionSchema = z.strictObject({
  /** What the row compares, e.g. "Learning curve". */
  name: plainText(80),
  /** One cell per subject, in the order of `subjects`. */
  cells: z.array(cellSchema).min(2),
});

export const comparisonSchema = z
  .strictObject({
    /** The table's title, e.g. "SQL vs NoSQL". */
    title: plainText(80),
    /** At most two plain-text sentences: shown in lists and the meta description. */
    summary: summary(),
    /** The columns: two or more. */
    subjects: z.array(subjectSchema).min(2, { error: 'compare at least two subjects' }),
    /** The rows: one or more. */
    criteria: z.array(criterionSchema).min(1, { error: 'list at least one criterion' }),
    /** Other entries worth reading, as "collection/id". */
    related: referenceList(qualifiedReference()),
    /** Where the facts come from. */
    sources: sources(),
  /** The month someone last checked the facts against the sources, as YYYY-MM (e.g. 2026-12). */
  reviewed: reviewed(),
    /** Glossary terms not to link automatically in the body, by id, e.g. ["latency"] where "delay" means something else. */
    noAutolink: noAutolink(),
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
