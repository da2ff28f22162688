import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { steps: Step[]; permissions?: Record<string, string> };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };

const files = readdirSync('.github/workflows').filter((name) => name.endsWith('.yml'));
const workflows = files.map((name) => [name, parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow, readFileSync(`.github/workflows/${name}`, 'utf8')] as const);

describe('GitHub Actions workflows', () => {
  test.each(workflows)('%s pins every action to a full commit SHA', (_, workflow) => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses === undefined ? [] : [step.uses])));
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((action) => !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(action))).toEqual([]);
  });

  test.each(workflows)('%s grants read-only contents by default and uses no secrets', (_, workflow, text) => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(text).not.toMatch(/secrets\./);
    for (const step of Object.values(workflow.jobs).flatMap((job) => job.steps)) {
      if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  test('pull requests never run with the repository token of pull_request_target', () => {
    const [, pullRequest] = workflows.find(([name]) => name === 'pull-request.yml') ?? [];
    expect(Object.keys(pullRequest?.on ?? {})).toEqual(['pull_request']);
  });

  test("the pull request's content is judged by the base branch's checks", () => {
    const [, pullRequest] = workflows.find(([name]) => name === 'pull-request.yml') ?? [];
    const steps = pullRequest?.jobs['content']?.steps ?? [];
    expect(steps[0]?.with?.['ref']).toBe('${{ github.event.pull_request.base.sha }}');
    const copy = steps.findIndex((step) => step.run?.includes('cp -R pull-request/content content'));
    const check = steps.findIndex((step) => step.run === 'npm run check');
    expect(copy).toBeGreaterThan(0);
    expect(check).toBeGreaterThan(copy);
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(expect.arrayContaining(['npm ci', 'npm run check', 'npm run build', 'npm test']));
  });

  test('only the deploy job may write to Pages', () => {
    const [, deploy] = workflows.find(([name]) => name === 'deploy.yml') ?? [];
    expect(deploy?.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.jobs['build']?.permissions).toBeUndefined();
  });

  test('the pull request report is written by the checked job and posted by a job that runs no pull request code', () => {
    const [, pullRequest] = workflows.find(([name]) => name === 'pull-request.yml') ?? [];
    const content = pullRequest?.jobs['content']?.steps ?? [];
    const report = content.find((step) => step.run?.includes('npm run -s pr-report'));
    expect(report).toBeDefined();
    expect(content.filter((step) => step.uses?.startsWith('actions/upload-artifact@')).map((step) => step.with?.['name'])).toEqual(['pull-request-report', 'site-preview']);

    const [, poster, text] = workflows.find(([name]) => name === 'pull-request-report.yml') ?? [];
    expect(Object.keys(poster?.on ?? {})).toEqual(['workflow_run']);
    const jobs = Object.values(poster?.jobs ?? {});
    expect(jobs.map((job) => job.permissions)).toEqual([{ actions: 'read', 'pull-requests': 'write' }]);
    const steps = jobs.flatMap((job) => job.steps);
    expect(steps.filter((step) => step.uses?.startsWith('actions/checkout@'))).toEqual([]);
    expect(steps.map((step) => step.run ?? '').join('\n')).not.toMatch(/\b(npm|npx|node|git)\b/);
    expect(text).not.toMatch(/\$\{\{[^}]*(pull_request\.|head_branch|artifact)/);
  });
});
