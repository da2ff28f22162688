/**
 * The content check, started before Astro is. `npm run build` starts it on a worker thread first thing, so it runs
 * on the second core while the main thread loads Astro, its config and the integrations (about a second of module
 * loading); the content-check integration then takes its result instead of checking again. The handoff goes through
 * `globalThis` because Astro loads the config, and so the integration, as a separately bundled module.
 */
import { Worker } from 'node:worker_threads';
import { checkContent, summarizeCheck, type CheckSummary } from './index.ts';

const STARTED = Symbol.for('backend-field-guide:content-check');

interface StartedCheck {
  contentRoot: string;
  summary: Promise<CheckSummary>;
}

const registry = globalThis as { [STARTED]?: StartedCheck };

/** Starts checking `contentRoot` on a worker thread; returns the pending summary. */
export function startContentCheck(contentRoot: string): Promise<CheckSummary> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { contentRoot } });
  const summary = new Promise<CheckSummary>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', (error) => reject(new Error(`The content check failed on its worker thread: ${error.message}`, { cause: error })));
    worker.once('exit', (code) => reject(new Error(`The content check's worker thread stopped (exit code ${code}) before it reported`)));
  });
  // Whoever takes it handles a failure; until then it must not count as unhandled.
  summary.catch(() => undefined);
  registry[STARTED] = { contentRoot, summary };
  return summary;
}

/** The check of `contentRoot`: the one started for it earlier (taken once), or else a check run here and now. */
export function takeContentCheck(contentRoot: string): Promise<CheckSummary> {
  const started = registry[STARTED];
  if (started?.contentRoot === contentRoot) {
    delete registry[STARTED];
    return started.summary;
  }
  return checkContent(contentRoot).then(summarizeCheck);
}
