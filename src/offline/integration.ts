/**
 * Offline reading, generated after the search index exists: the service worker (src/offline/service-worker.ts, made of
 * Workbox's modules) with the precache list injected by Workbox's build tooling, and the list of files "Save the
 * whole guide" fetches.
 */
import type { AstroIntegration } from 'astro';
import { glob, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { injectManifest } from 'workbox-build';
import { timePhase } from '../build/timings.ts';
import { OFFLINE_FILES, pageUrlOf, type OfflineFiles } from './files.ts';
import { SEARCH_INDEX_DIR, SEARCH_RUNTIME_FILES, searchMetaFile } from '../search/runtime-files.ts';

/** What the service worker installs up front: styles, scripts, the search runtime and its entry files, icons. */
export const PRECACHE_PATTERNS = [
  '_astro/*.{css,js}',
  SEARCH_RUNTIME_FILES.script,
  SEARCH_RUNTIME_FILES.entry,
  searchMetaFile('*'),
  SEARCH_RUNTIME_FILES.wasm,
  SEARCH_RUNTIME_FILES.titles,
  'offline/index.html',
  'manifest.webmanifest',
  'favicon.svg',
  'icons/*.png',
];

const SERVICE_WORKER_SOURCE = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

export function offline(): AstroIntegration {
  return {
    name: 'backend-field-guide:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => timePhase('service worker', async () => {
        const site = fileURLToPath(dir);
        const files: OfflineFiles = { pages: [], searchIndex: [] };
        for await (const file of glob('**/index.html', { cwd: site })) files.pages.push(pageUrlOf(file.split(path.sep).join('/')));
        for await (const file of glob(`${SEARCH_INDEX_DIR}/{index,filter,fragment}/*`, { cwd: site })) files.searchIndex.push(file.split(path.sep).join('/'));
        files.pages.sort();
        files.searchIndex.sort();
        await mkdir(path.join(site, path.dirname(OFFLINE_FILES)), { recursive: true });
        await writeFile(path.join(site, OFFLINE_FILES), JSON.stringify(files));

        // Workbox's modules are bundled with esbuild (fast); Workbox's build tooling then injects the precache list.
        const bundled = path.join(site, '.sw-source.js');
        await esbuild.build({ entryPoints: [SERVICE_WORKER_SOURCE], bundle: true, format: 'iife', minify: true, outfile: bundled, logLevel: 'silent', define: { 'process.env.NODE_ENV': '"production"' } });
        const injected = await injectManifest({ swSrc: bundled, swDest: path.join(site, 'sw.js'), globDirectory: site, globPatterns: PRECACHE_PATTERNS }).finally(() =>
          rm(bundled, { force: true }),
        );
        const { count, size, warnings } = injected;
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB); ${files.pages.length} pages listed for saving`);
      }),
    },
  };
}
