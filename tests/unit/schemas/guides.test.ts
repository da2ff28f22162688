import { describe, expect, test } from 'vitest';
import { guideSchema } from '../../../src/schemas/guides.ts';
import { firstIssue, makeGuide } from '../../support/builders.ts';

describe('guide schema', () => {
  test('accepts the minimal guide with qualified related entries', () => {
    expect(guideSchema.safeParse(makeGuide({ related: ['glossary/rest', 'technologies/django'] })).success).toBe(true);
  });

  test.each([
    ['unknown section', { section: 'misc' }, ['section'], /expected one of/],
    ['negative order', { order: -1 }, ['order'], /0 or more/],
    ['order as text', { order: 'first' }, ['order'], /whole number/],
    ['bare id in related', { related: ['rest'] }, ['related', 0], /"collection\/id"/],
    ['unknown collection in related', { related: ['posts/rest'] }, ['related', 0], /"collection\/id"/],
    ['unknown key', { draft: true }, [], /Unrecognized key.*draft/],
  ])('rejects %s', (_, overrides, path, message) => {
    const issue = firstIssue(guideSchema, makeGuide(overrides));
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toMatch(message);
  });
});
