/**
 * A reader's progress through the guide, as kept in their browser (`localStorage`) and as exported to a file: which
 * entries they marked as done, and when. Nothing here is sent anywhere. Pure functions, shared by the browser code
 * and the tests.
 */

export const PROGRESS_FORMAT = 'backend-field-guide-progress';
export const PROGRESS_VERSION = 1;
export const PROGRESS_STORAGE_KEY = 'backend-field-guide:progress';

export interface Progress {
  /** `collection/id` → the day it was marked done (`YYYY-MM-DD`). */
  done: Record<string, string>;
}

export interface ProgressFile extends Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  exported: string;
}

const ENTRY_KEY = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const emptyProgress = (): Progress => ({ done: {} });

/** The progress in `text` (what storage or a file holds), or a sentence saying why it is not a progress export. */
export function parseProgress(text: string): Progress | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'it is not JSON' };
  }
  if (value === null || typeof value !== 'object') return { error: 'it is not a progress export' };
  const record = value as Record<string, unknown>;
  if (record['format'] !== PROGRESS_FORMAT) return { error: 'it is not a progress export of the Backend Field Guide' };
  if (record['version'] !== PROGRESS_VERSION) return { error: `it has version ${String(record['version'])}; this site reads version ${PROGRESS_VERSION}` };
  const done = record['done'];
  if (done === null || typeof done !== 'object' || Array.isArray(done)) return { error: 'its list of done entries is missing' };
  const entries = Object.entries(done as Record<string, unknown>);
  const bad = entries.find(([key, day]) => !ENTRY_KEY.test(key) || typeof day !== 'string' || !DAY.test(day));
  if (bad !== undefined) return { error: `it has an entry that is not an entry id with a date: ${JSON.stringify(bad[0]).slice(0, 60)}` };
  return { done: Object.fromEntries(entries as [string, string][]) };
}

/** The file an export downloads. */
export function exportProgress(progress: Progress, today: string): string {
  const file: ProgressFile = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exported: today, done: progress.done };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Marks or unmarks one entry; returns a new progress. */
export function setDone(progress: Progress, entry: string, done: boolean, today: string): Progress {
  const next = { ...progress.done };
  if (done) next[entry] = next[entry] ?? today;
  else delete next[entry];
  return { done: next };
}

/** How many of `entries` are done. Ids that are done but not listed (a renamed entry) count for nothing. */
export const doneCount = (progress: Progress, entries: readonly string[]) => entries.filter((entry) => entry in progress.done).length;

/** Done ids that name no entry of the site any more (renamed or removed), sorted; kept in exports, never counted. */
export const unknownDone = (progress: Progress, known: ReadonlySet<string>) => Object.keys(progress.done).filter((entry) => !known.has(entry)).sort();
