/**
 * What the development server tells the browser about content problems: each problem as `npm run check` prints it,
 * with the page of the entry it belongs to, so the notice can put an entry's own problems on its page.
 */
import { COLLECTIONS } from '../schemas/registry.ts';
import { entryPath, joinBase } from '../site/urls.ts';
import { formatProblem, type Problem } from './problem.ts';

export interface DevProblem {
  /** The line `npm run check` prints. */
  text: string;
  severity: Problem['severity'];
  /** The page the problem's entry is built into, when the file is an entry. */
  page?: string;
}

/** The event the server sends over Vite's socket whenever the problems change, and the address they can be read at. */
export const DEV_PROBLEMS_EVENT = 'backend-field-guide:content-problems';
export const DEV_PROBLEMS_PATH = '__content-problems.json';

/** `content/glossary/caching.md` → `/glossary/caching/` (under `base`), for files of a collection folder. */
export function pageOfFile(file: string, base: string): string | undefined {
  const match = new RegExp(`(?:^|/)(${COLLECTIONS.join('|')})/([^/]+)\\.mdx?$`).exec(file.replaceAll('\\', '/'));
  const [, collection, id] = match ?? [];
  if (collection === undefined || id === undefined) return undefined;
  return joinBase(base, entryPath(collection as (typeof COLLECTIONS)[number], id));
}

export function devProblems(problems: readonly Problem[], base: string): DevProblem[] {
  return problems.map((problem) => {
    const page = pageOfFile(problem.file, base);
    return { text: formatProblem(problem), severity: problem.severity, ...(page === undefined ? {} : { page }) };
  });
}
