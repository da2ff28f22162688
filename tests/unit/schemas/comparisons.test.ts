import { describe, expect, test } from 'vitest';
import { comparisonSchema } from '../../../src/schemas/comparisons.ts';
import { firstIssue, issues, makeComparison } from '../../support/builders.ts';

const row = (cells: unknown[]) => [{ name: 'Row', cells }];

describe('comparison schema', () => {
  test('accepts text, verdict and rating cells', () => {
    const comparison = makeComparison({
      subjects: [{ technology: 'redis' }, { technology: 'memcached' }],
      criteria: [
        { name: 'Summary', cells: [{ text: 'Many types' }, { text: 'Strings' }] },
        { name: 'Persistence', cells: [{ support: 'yes', note: 'RDB and AOF' }, { support: 'no' }] },
        { name: 'Ease', cells: [{ rating: 4, note: 'Simple commands' }, { rating: 5, note: 'Tiny API' }] },
      ],
    });
    expect(comparisonSchema.safeParse(comparison).success).toBe(true);
  });

  test.each([
    ['one subject', { subjects: [{ label: 'Only' }] }, ['subjects'], /at least two subjects/],
    ['no criteria', { criteria: [] }, ['criteria'], /at least one criterion/],
    ['a rating above 5', { criteria: row([{ rating: 6, note: 'x' }, { text: 'y' }]) }, ['criteria', 0, 'cells', 0, 'rating'], /whole number from 1 to 5/],
    ['a rating without a note', { criteria: row([{ rating: 3 }, { text: 'y' }]) }, ['criteria', 0, 'cells', 0], /Invalid input/],
    ['a subject of an unknown form', { subjects: [{ framework: 'django' }, { label: 'B' }] }, ['subjects', 0], /Invalid input/],
  ])('rejects %s', (_, overrides, path, message) => {
    const issue = firstIssue(comparisonSchema, makeComparison(overrides));
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toMatch(message);
  });

  test('rejects a row with fewer cells than subjects', () => {
    const comparison = makeComparison({ subjects: [{ label: 'A' }, { label: 'B' }, { label: 'C' }], criteria: row([{ text: 'a' }, { text: 'b' }]) });
    expect(issues(comparisonSchema, comparison)).toEqual(['criteria.0.cells: has 2 cells but there are 3 subjects: give one cell per subject']);
  });

  test('requires a note on a "partial" verdict', () => {
    const comparison = makeComparison({ criteria: row([{ support: 'partial' }, { support: 'yes' }]) });
    expect(issues(comparisonSchema, comparison)).toEqual(['criteria.0.cells.0.note: a "partial" verdict needs a note that says what is missing']);
  });
});
