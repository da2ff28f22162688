import { describe, expect, test } from 'vitest';
import { pathSchema } from '../../../src/schemas/paths.ts';
import { firstIssue, makePath } from '../../support/builders.ts';

const stage = (steps: { entry: string; note?: string }[], goal = 'Do one thing.') => ({ title: 'A stage', goal, steps });

describe('path schema', () => {
  test('accepts the minimal path; related paths default to none', () => {
    const result = pathSchema.safeParse(makePath({ estimatedHours: 12 }));
    expect(result.success).toBe(true);
    expect(result.data?.related).toEqual([]);
  });

  test.each([
    ['an empty stage', { stages: [stage([])] }, ['stages', 0, 'steps'], /at least one step/],
    ['no stages', { stages: [] }, ['stages'], /at least one stage/],
    ['a step in an unknown collection', { stages: [stage([{ entry: 'courses/http' }])] }, ['stages', 0, 'steps', 0, 'entry'], /one of glossary, technologies, comparisons, guides/],
    ['a step naming a path', { stages: [stage([{ entry: 'paths/go-backend' }])] }, ['stages', 0, 'steps', 0, 'entry'], /"collection\/id"/],
    ['a bare id as a step', { stages: [stage([{ entry: 'http' }])] }, ['stages', 0, 'steps', 0, 'entry'], /"collection\/id"/],
    ['a goal of two sentences', { stages: [stage([{ entry: 'glossary/http' }], 'Learn HTTP. Then REST.')] }, ['stages', 0, 'goal'], /one sentence/],
    ['hours as text', { estimatedHours: 'ten' }, ['estimatedHours'], /whole number/],
    ['an unknown key in a step', { stages: [stage([{ entry: 'glossary/http', why: 'x' } as { entry: string }])] }, ['stages', 0, 'steps', 0], /Unrecognized key/],
  ])('rejects %s', (_, overrides, path, message) => {
    const issue = firstIssue(pathSchema, makePath(overrides));
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toMatch(message);
  });

  test('rejects an entry listed twice, at its second place', () => {
    const issue = firstIssue(pathSchema, makePath({ stages: [stage([{ entry: 'glossary/http' }]), stage([{ entry: 'glossary/rest' }, { entry: 'glossary/http' }])] }));
    expect(issue).toEqual({ path: ['stages', 1, 'steps', 1, 'entry'], message: 'lists `glossary/http` again: it is already step 1 of stage 1' });
  });
});
