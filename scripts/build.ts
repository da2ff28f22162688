/**
 * `npm run build`: an atomic production build. Astro empties its output folder before writing, so building straight
 * into `dist/` would leave a half-built site behind on any failure. Instead the site is built into a staging folder
 * next to it (the content check runs first, inside the build; the link check runs on the result), and only a
 * complete build that passed both replaces `dist/`.
 *
 * Environment: CONTENT_ROOT (corpus), SITE_URL and BASE_PATH (hosting), OUT_DIR (default dist), BUILD_TIMINGS (a file
 * to write the phase timings to, as JSON).
 */
import { build } from 'astro';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { replaceDirectory } from '../src/lib/atomic-dir.ts';
import { recordedPhases, timePhase } from '../src/lib/build-timings.ts';
import { invalidateContentCacheOnSchemaChange } from '../src/lib/content-cache.ts';
import { checkBuiltLinks, formatBrokenLink } from '../src/lib/link-check.ts';

const outDir = path.resolve(process.env['OUT_DIR'] ?? 'dist');
const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging-${process.pid}`);

// A build that was killed leaves its staging folder behind; it was never published, so it can go.
const stagingPrefix = `.${path.basename(outDir)}-staging-`;
for (const entry of await readdir(path.dirname(outDir)).catch(() => [] as string[])) {
  if (entry.startsWith(stagingPrefix)) await rm(path.join(path.dirname(outDir), entry), { recursive: true, force: true });
}

const started = performance.now();
try {
  if (await invalidateContentCacheOnSchemaChange(path.resolve(process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro'))) {
    console.log('The schemas changed since the last build: cached entries are parsed again.');
  }
  await timePhase('astro build', () => build({ outDir: staging, logLevel: process.env['BUILD_LOG_LEVEL'] === 'silent' ? 'silent' : 'info' }));
  const links = await timePhase('link check', () => checkBuiltLinks(staging, process.env['BASE_PATH'] ?? '/'));
  if (links.broken.length > 0) {
    throw new Error(`${links.broken.length} broken internal links in the built site:\n${links.broken.map(formatBrokenLink).join('\n')}`);
  }
  console.log(`✔ Link check: ${links.links} internal links on ${links.pages} pages resolve`);
  await timePhase('swap into place', () => replaceDirectory(staging, outDir));
  if (process.env['BUILD_TIMINGS'] !== undefined) await writeFile(process.env['BUILD_TIMINGS'], JSON.stringify(recordedPhases()));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n✔ Site built into ${path.relative(process.cwd(), outDir) || outDir}/ in ${seconds} s`);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\n✘ Build failed; ${path.relative(process.cwd(), outDir) || outDir}/ was left as it was.`);
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
