/**
 * `npm run build`: an atomic production build. Astro empties its output folder before writing, so building straight
 * into `dist/` would leave a half-built site behind on any failure. Instead the site is built into a staging folder
 * next to it (the content check runs first, inside the build; the link check runs on the result), and only a
 * complete build that passed both replaces `dist/`.
 *
 * When nothing the build reads changed since the site in the output folder was built (src/build/inputs.ts), and
 * that folder is still exactly what the build wrote, the site is kept as it is; `--force` builds it anyway.
 *
 * Environment: CONTENT_ROOT (corpus), SITE_URL and BASE_PATH (hosting), OUT_DIR (default dist), BUILD_TIMINGS (a file
 * to write the phase timings to, as JSON), BUILD_COMPILE_CACHE (where Node keeps the build tools' compiled code),
 * BUILD_WITHOUT (private internals to leave out, for paired measurements: src/build/private-internals.ts).
 */
import { enableCompileCache } from 'node:module';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { buildInputsDigest, isUpToDate, recordBuild } from '../src/build/inputs.ts';
import { replaceDirectory } from './lib/atomic-dir.ts';
import { recordedPhases, timePhase } from '../src/build/timings.ts';
import { invalidateContentCacheOnSchemaChange } from './lib/content-cache.ts';
import { checkBuiltLinks, formatBrokenLink } from './lib/link-check.ts';
import { resolveContentRoot } from '../src/content-check/content-root.ts';
import { internalsLeftOut } from '../src/build/private-internals.ts';

const { values: options } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
const without = internalsLeftOut(process.env['BUILD_WITHOUT']);
const outDir = path.resolve(process.env['OUT_DIR'] ?? 'dist');
const cacheDir = path.resolve(process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro');
const shownOutDir = path.relative(process.cwd(), outDir) || outDir;
const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging-${process.pid}`);

// A build that was killed leaves its staging folder behind; it was never published, so it can go.
const stagingPrefix = `.${path.basename(outDir)}-staging-`;
for (const entry of await readdir(path.dirname(outDir)).catch(() => [] as string[])) {
  if (entry.startsWith(stagingPrefix)) await rm(path.join(path.dirname(outDir), entry), { recursive: true, force: true });
}

const started = performance.now();
const writeTimings = async () => {
  if (process.env['BUILD_TIMINGS'] !== undefined) await writeFile(process.env['BUILD_TIMINGS'], JSON.stringify(recordedPhases()));
};
try {
  // Read before anything is built: an input edited during the build makes the next build run again.
  const inputs = await timePhase('input digest', () =>
    buildInputsDigest({ projectRoot: process.cwd(), contentRoot: resolveContentRoot(), outDir, environment: process.env }),
  );
  if (!options.force && (await timePhase('up-to-date check', () => isUpToDate(cacheDir, outDir, inputs)))) {
    await writeTimings();
    console.log(`✔ Nothing the build reads changed since ${shownOutDir}/ was built; it is up to date (--force builds it again).`);
  } else {
    await buildSite(inputs);
  }
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\n✘ Build failed; ${shownOutDir}/ was left as it was.`);
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

async function buildSite(inputs: string): Promise<void> {
  if (!without.has('content-cache-on-schema-change') && (await invalidateContentCacheOnSchemaChange(cacheDir))) {
    console.log('The schemas changed since the last build: cached entries are parsed again.');
  }
  if (!without.has('build-memory-flags')) {
    // The bundler (Rolldown) allocates through mimalloc, which by default holds on to freed pages and commits whole
    // arenas up front; at 5,000 entries that kept about 150 MB after bundling (docs/decisions/build-memory-flags.md). mimalloc reads
    // these when its library loads, so they are set before Astro is; values given by the caller win.
    process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
    process.env['MIMALLOC_ARENA_EAGER_COMMIT'] ??= '0';
    // V8 lets the heap grow well past what survived its last full collection before collecting again (up to 4 ×; the
    // faster a program allocates, the further), and rendering thousands of pages allocates fast. Growing by at most
    // 2.5 × (150 %) keeps the peak at 5,000 entries about 150 MB lower (1,004 → 812–858 MB) for about 0.4 s more
    // collecting (docs/decisions/build-memory-flags.md). V8 reads the factor at every collection, so setting it at run time works.
    setFlagsFromString('--heap-growing-percent=150');
  }
  // Node keeps the compiled code of Astro, Vite and the other build tools (about 1.4 s of compiling per build at 1,000
  // entries) in a cache next to them, so only the first build after an install compiles it.
  enableCompileCache(process.env['BUILD_COMPILE_CACHE'] ?? path.resolve('node_modules/.cache/node-compile-cache'));
  // Loaded only when there is something to build: an up-to-date check stays well under a second.
  const { build } = await import('astro');
  await timePhase('astro build', () => build({ outDir: staging, logLevel: process.env['BUILD_LOG_LEVEL'] === 'silent' ? 'silent' : 'info' }));
  const links = await timePhase('link check', () => checkBuiltLinks(staging, process.env['BASE_PATH'] ?? '/'));
  if (links.broken.length > 0) {
    throw new Error(`${links.broken.length} broken internal links in the built site:\n${links.broken.map(formatBrokenLink).join('\n')}`);
  }
  console.log(`✔ Link check: ${links.links} internal links on ${links.pages} pages resolve`);
  await timePhase('swap into place', () => replaceDirectory(staging, outDir));
  await timePhase('record inputs', () => recordBuild(cacheDir, outDir, inputs));
  await writeTimings();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n✔ Site built into ${shownOutDir}/ in ${seconds} s`);
}
