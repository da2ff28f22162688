/**
 * Started by Playwright's webServer: builds the site into dist/, the hostile fixture corpus with the content check
 * off, and the site under a base path, then serves each with Astro's preview server. The builds run one after the
 * other (each uses both cores).
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeHostileCorpus } from './corpus.ts';
import { BASE_PATH_OUT_DIR, BASE_PATH_PREFIX, E2E_BASE_PATH_PORT, E2E_HOSTILE_PORT, E2E_PORT, HOSTILE_OUT_DIR } from './servers.ts';

const node = process.execPath;
const HOSTILE_CORPUS = '.build/hostile-corpus';
await writeHostileCorpus(HOSTILE_CORPUS);
const builds = [
  { env: {}, port: E2E_PORT, outDir: 'dist' },
  {
    env: { CONTENT_ROOT: HOSTILE_CORPUS, CONTENT_CHECK: 'off', OUT_DIR: HOSTILE_OUT_DIR, ASTRO_CACHE_DIR: '.build/hostile-cache' },
    port: E2E_HOSTILE_PORT,
    outDir: HOSTILE_OUT_DIR,
  },
  { env: { BASE_PATH: BASE_PATH_PREFIX, OUT_DIR: BASE_PATH_OUT_DIR, ASTRO_CACHE_DIR: '.build/base-path-cache' }, port: E2E_BASE_PATH_PORT, outDir: BASE_PATH_OUT_DIR },
];
for (const { env } of builds) {
  const result = spawnSync(node, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
// The base-path server starts last: Playwright waits for it, so by then both answer.
for (const { env, port, outDir } of builds) {
  spawn(node, ['scripts/serve.ts', '--port', String(port), '--out-dir', outDir], { stdio: 'inherit', env: { ...process.env, ...env } });
}
