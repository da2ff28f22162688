import { describe, expect, test } from 'vitest';
import { technologySchema } from '../../../src/schemas/technologies.ts';
import { firstIssue, makeTechnology } from '../../support/builders.ts';

describe('technology schema', () => {
  test('accepts the minimal card', () => {
    const parsed = technologySchema.parse(makeTechnology());
    expect(parsed.alternatives).toEqual([]);
    expect(parsed.counterparts).toEqual([]);
    expect(parsed.firstReleased).toBeUndefined();
  });

  test('accepts the optional facts', () => {
    const card = makeTechnology({ firstReleased: 1996, license: 'PostgreSQL', createdBy: 'PostgreSQL Global Development Group', language: 'c' });
    expect(technologySchema.safeParse(card).success).toBe(true);
  });

  test.each([
    ['missing website', { website: undefined }, ['website'], /https:\/\//],
    ['website with a javascript: URL', { website: 'javascript:alert(1)' }, ['website'], /https:\/\//],
    ['website with spaces before javascript:', { website: ' javascript:alert(1)' }, ['website'], /https:\/\//],
    ['unknown kind', { kind: 'orm' }, ['kind'], /expected one of/],
    ['year as text', { firstReleased: '1996' }, ['firstReleased'], /whole number/],
    ['fractional year', { firstReleased: 1996.5 }, ['firstReleased'], /whole number/],
    ['year in the future', { firstReleased: 3000 }, ['firstReleased'], /already happened/],
    ['too few features', { features: [] }, ['features'], /at least three features/],
    ['too few pros', { pros: [] }, ['pros'], /at least three advantages/],
    ['too few cons', { cons: [] }, ['cons'], /at least two drawbacks/],
    ['too few use cases', { useCases: [] }, ['useCases'], /at least two use cases/],
    ['unknown key in a point', { features: [{ title: 'a', text: 'b', icon: 'x' }, { title: 'c', text: 'd' }, { title: 'e', text: 'f' }] }, ['features', 0], /Unrecognized key.*icon/],
    ['point without text', { pros: [{ title: 'a' }, { title: 'b', text: 'c' }, { title: 'd', text: 'e' }] }, ['pros', 0, 'text'], /expected string/],
    ['unknown top-level key', { homepage: 'https://x.org/' }, [], /Unrecognized key.*homepage/],
    ['counterpart not kebab-case', { counterparts: ['Laravel Mix'] }, ['counterparts', 0], /kebab-case/],
    ['duplicate counterpart', { counterparts: ['laravel', 'laravel'] }, ['counterparts'], /more than once/],
  ])('rejects %s', (_, overrides, path, message) => {
    const issue = firstIssue(technologySchema, makeTechnology(overrides));
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toMatch(message);
  });
});
