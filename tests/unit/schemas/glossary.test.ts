import { describe, expect, test } from 'vitest';
import { glossarySchema } from '../../../src/schemas/glossary.ts';
import { firstIssue, makeGlossary } from '../../support/builders.ts';

describe('glossary schema', () => {
  test('accepts the minimal entry and fills list defaults', () => {
    const parsed = glossarySchema.parse(makeGlossary());
    expect(parsed.aliases).toEqual([]);
    expect(parsed.related).toEqual([]);
    expect(parsed.technologies).toEqual([]);
    expect(parsed.counterparts).toEqual([]);
  });

  test.each([
    ['missing title', { title: undefined }, ['title'], /expected string/],
    ['wrong type', { title: 42 }, ['title'], /expected string/],
    ['unknown key', { categroy: 'api' }, [], /Unrecognized key.*categroy/],
    ['bad enum value', { side: 'server' }, ['side'], /expected one of/],
    ['bad category', { category: 'databases' }, ['category'], /expected one of/],
    ['three-sentence summary', { summary: 'One. Two. Three.' }, ['summary'], /at most two sentences/],
    ['HTML in title', { title: 'Caching <b>now</b>' }, ['title'], /plain text/],
    ['HTML in summary', { summary: 'A <script>x</script> cache.' }, ['summary'], /plain text/],
    ['summary too long', { summary: 'a'.repeat(281) }, ['summary'], /at most 280 characters/],
    ['javascript: source', { sources: ['javascript:alert(1)'] }, ['sources', 0], /https:\/\//],
    ['data: source', { sources: ['data:text/html,hi'] }, ['sources', 0], /https:\/\//],
    ['no sources', { sources: [] }, ['sources'], /at least one source/],
    ['reference not kebab-case', { related: ['Caching'] }, ['related', 0], /kebab-case/],
    ['duplicate reference', { related: ['api', 'api'] }, ['related'], /more than once/],
    ['counterpart not kebab-case', { counterparts: ['Server Side Rendering'] }, ['counterparts', 0], /kebab-case/],
    ['duplicate counterpart', { counterparts: ['backend', 'backend'] }, ['counterparts'], /more than once/],
    ['duplicate alias', { aliases: ['Cache', 'cache'] }, ['aliases'], /more than once/],
  ])('rejects %s', (_, overrides, path, message) => {
    const issue = firstIssue(glossarySchema, makeGlossary(overrides));
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toMatch(message);
  });

  test('abbreviations such as "e.g." do not count as sentence ends', () => {
    expect(glossarySchema.safeParse(makeGlossary({ summary: 'Stores copies, e.g. of pages. It is fast.' })).success).toBe(true);
    expect(glossarySchema.safeParse(makeGlossary({ summary: 'A relational database, e.g. PostgreSQL or MySQL. It speaks SQL.' })).success).toBe(true);
    expect(glossarySchema.safeParse(makeGlossary({ summary: 'Runs on servers, i.e. Linux hosts. It scales. It is fast.' })).success).toBe(false);
  });
});
