/** Minimal valid front matter for each collection; tests override one field at a time. */
import type { z } from 'astro/zod';

type Overrides = Record<string, unknown>;

const point = (title: string) => ({ title, text: `${title} explained in a sentence.` });

export const makeGlossary = (overrides: Overrides = {}) => ({
  title: 'Caching',
  summary: 'Keeping a copy of a result close to where it is needed. The next request is served faster.',
  category: 'architecture',
  side: 'both',
  sources: ['https://www.rfc-editor.org/rfc/rfc9111'],
  reviewed: '2026-12',
  ...overrides,
});

export const makeTechnology = (overrides: Overrides = {}) => ({
  name: 'PostgreSQL',
  kind: 'database',
  side: 'backend',
  summary: 'An open-source relational database.',
  website: 'https://www.postgresql.org/',
  features: [point('Transactions'), point('Extensions'), point('JSONB')],
  pros: [point('Reliable'), point('Standard SQL'), point('Extensible')],
  cons: [point('Tuning'), point('Vacuum')],
  useCases: [point('Web applications'), point('Analytics')],
  sources: ['https://www.postgresql.org/docs/'],
  reviewed: '2026-12',
  ...overrides,
});

export const makeComparison = (overrides: Overrides = {}) => ({
  title: 'SQL vs NoSQL',
  summary: 'Two families of databases.',
  subjects: [{ glossary: 'sql' }, { label: 'NoSQL' }],
  criteria: [{ name: 'Schema', cells: [{ text: 'Fixed' }, { support: 'partial', note: 'Optional' }] }],
  sources: ['https://www.postgresql.org/docs/'],
  reviewed: '2026-12',
  ...overrides,
});

export const makeGuide = (overrides: Overrides = {}) => ({
  title: 'Monolithic architecture',
  summary: 'One deployable unit.',
  section: 'architecture',
  order: 10,
  sources: ['https://martinfowler.com/'],
  reviewed: '2026-12',
  ...overrides,
});

/** The first issue's path and message, for assertions. */
export function firstIssue(schema: z.ZodType, data: unknown): { path: PropertyKey[]; message: string } | undefined {
  const result = schema.safeParse(data);
  if (result.success) return undefined;
  const [issue] = result.error.issues;
  return issue === undefined ? undefined : { path: issue.path, message: issue.message };
}

/** Every issue as "path: message". */
export function issues(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

export const makePath = (overrides: Overrides = {}) => ({
  title: 'Backend foundations',
  summary: 'A route through the basics.',
  audience: 'Programmers new to the backend.',
  stages: [
    { title: 'The web', goal: 'Explain how a request reaches a server.', steps: [{ entry: 'glossary/http' }, { entry: 'glossary/rest', note: 'Read after HTTP.' }] },
    { title: 'Tools', goal: 'Pick a framework.', steps: [{ entry: 'technologies/django' }] },
  ],
  reviewed: '2026-12',
  ...overrides,
});
