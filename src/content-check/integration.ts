/**
 * Runs the content check before Astro loads any collection, so `astro build` (and so `npm run build`) fails on every
 * content problem at once, with file, line and field, instead of on the first schema error or not at all (Astro only
 * logs unknown references).
 */
import type { AstroIntegration } from 'astro';
import { timePhase } from '../build/timings.ts';
import { checkContent, type CheckReport } from './index.ts';
import { formatProblem, summarizeProblems } from './problem.ts';

export interface ContentCheckOptions {
  contentRoot: string;
  /** Called with the report before anything renders, so build steps can reuse the check's parse of every entry. */
  onChecked?: (report: CheckReport) => void;
}

export function contentCheck(options: ContentCheckOptions): AstroIntegration {
  return {
    name: 'backend-field-guide:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'preview') return;
        const report = await timePhase('content check', () => checkContent(options.contentRoot));
        options.onChecked?.(report);
        // Only the tests that prove the renderer defuses hostile entries on its own turn the check off.
        if (process.env['CONTENT_CHECK'] === 'off') {
          logger.warn('CONTENT_CHECK=off: content problems are not fatal; never build a published site like this');
          return;
        }
        for (const problem of report.problems) {
          if (problem.severity === 'error') logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        if (!report.ok && command !== 'dev') {
          throw new Error(`The content check found ${summarizeProblems(report.problems)}; fix them and build again (npm run check lists them).`);
        }
        logger.info(`content check: ${report.files.length} entries, ${summarizeProblems(report.problems)}`);
      },
    },
  };
}
