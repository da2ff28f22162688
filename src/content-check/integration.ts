/**
 * Runs the content check before Astro loads any collection, so `astro build` (and so `npm run build`) fails on every
 * content problem at once, with file, line and field, instead of on the first schema error or not at all (Astro only
 * logs unknown references). In the development server the check runs again whenever a content file is added, changed
 * or removed; its problems go to the terminal and, through Vite's socket, to every open page.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { timePhase } from '../build/timings.ts';
import { DEV_PROBLEMS_EVENT, DEV_PROBLEMS_PATH, devProblems, type DevProblem } from './dev-problems.ts';
import { checkContent, type CheckReport } from './index.ts';
import { formatProblem, summarizeProblems, type Problem } from './problem.ts';

export interface ContentCheckOptions {
  contentRoot: string;
  /** Called with the report before anything renders, so build steps can reuse the check's parse of every entry. */
  onChecked?: (report: CheckReport) => void;
}

/** Waits this long after the last change before checking again: an editor's save can touch a file several times. */
const RECHECK_DELAY_MS = 150;

export function contentCheck(options: ContentCheckOptions): AstroIntegration {
  let base = '/';
  let problems: DevProblem[] = [];
  const log = (logger: { error(message: string): void; warn(message: string): void }, found: readonly Problem[]) => {
    for (const problem of found) {
      if (problem.severity === 'error') logger.error(formatProblem(problem));
      else logger.warn(formatProblem(problem));
    }
  };
  return {
    name: 'backend-field-guide:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, injectScript }) => {
        if (command === 'preview') return;
        base = config.base;
        const report = await timePhase('content check', () => checkContent(options.contentRoot));
        options.onChecked?.(report);
        // Only the tests that prove the renderer defuses hostile entries on its own turn the check off.
        if (process.env['CONTENT_CHECK'] === 'off') {
          logger.warn('CONTENT_CHECK=off: content problems are not fatal; never build a published site like this');
          return;
        }
        log(logger, report.problems);
        if (command === 'dev') {
          problems = devProblems(report.problems, base);
          const notice = path.relative(process.cwd(), fileURLToPath(new URL('./client/problems-notice.ts', import.meta.url))).split(path.sep).join('/');
          injectScript('page', `import ${JSON.stringify(`/${notice}`)};`);
        } else if (!report.ok) {
          throw new Error(`The content check found ${summarizeProblems(report.problems)}; fix them and build again (npm run check lists them).`);
        }
        logger.info(`content check: ${report.files.length} entries, ${summarizeProblems(report.problems)}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (process.env['CONTENT_CHECK'] === 'off') return;
        const root = path.resolve(options.contentRoot);
        server.watcher.add(root);
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0]?.endsWith(`/${DEV_PROBLEMS_PATH}`) !== true) return next();
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(JSON.stringify(problems));
        });
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = async () => {
          const report = await checkContent(options.contentRoot);
          const next = devProblems(report.problems, base);
          if (JSON.stringify(next) === JSON.stringify(problems)) return;
          problems = next;
          log(logger, report.problems);
          logger.info(`content check: ${summarizeProblems(report.problems)}`);
          server.ws.send({ type: 'custom', event: DEV_PROBLEMS_EVENT, data: problems });
        };
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(`${root}${path.sep}`)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void recheck().catch((error: unknown) => logger.error(`content check failed: ${String(error)}`)), RECHECK_DELAY_MS);
        });
      },
    },
  };
}
