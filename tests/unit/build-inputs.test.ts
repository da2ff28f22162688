import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BUILD_ENVIRONMENT, buildInputsDigest, isUpToDate, recordBuild } from '../../src/build/inputs.ts';

let work: string;
let project: string;
let content: string;
let outDir: string;
let cacheDir: string;
const environment: Record<string, string | undefined> = { SITE_URL: 'https://example.org' };

async function put(file: string, text: string) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

const digest = (env = environment) => buildInputsDigest({ projectRoot: project, contentRoot: content, outDir, environment: env });

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'bfg-inputs-'));
  project = path.join(work, 'project');
  content = path.join(work, 'corpus');
  outDir = path.join(project, 'dist');
  cacheDir = path.join(project, 'node_modules/.astro');
  await put(path.join(project, 'src/pages/index.astro'), '<h1>Home</h1>');
  await put(path.join(project, 'astro.config.mjs'), 'export default {}');
  await put(path.join(project, 'node_modules/.package-lock.json'), '{"packages":{}}');
  await put(path.join(content, 'glossary/api.md'), '---\ntitle: API\n---\nBody.');
  await put(path.join(outDir, 'index.html'), '<h1>Home</h1>');
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('the digest of what a build reads', () => {
  test('is the same for the same inputs', async () => {
    expect(await digest()).toBe(await digest());
  });

  test.each([
    ['an entry is edited', () => put(path.join(content, 'glossary/api.md'), '---\ntitle: API\n---\nBody, edited.')],
    ['an entry is added', () => put(path.join(content, 'glossary/rest.md'), '---\ntitle: REST\n---\nBody.')],
    ['an entry is removed', () => rm(path.join(content, 'glossary/api.md'))],
    ['a source file is edited', () => put(path.join(project, 'src/pages/index.astro'), '<h1>Home!</h1>')],
    ['the configuration is edited', () => put(path.join(project, 'astro.config.mjs'), 'export default { base: "/x/" }')],
    ['other dependencies are installed', () => put(path.join(project, 'node_modules/.package-lock.json'), '{"packages":{"a":{}}}')],
  ])('changes when %s', async (_name, change) => {
    const before = await digest();
    await change();
    expect(await digest()).not.toBe(before);
  });

  test('changes with every environment variable the site reads', async () => {
    const before = await digest();
    for (const name of BUILD_ENVIRONMENT) expect(await digest({ ...environment, [name]: 'changed' }), name).not.toBe(before);
  });

  test('ignores what builds, tests and tools write', async () => {
    const before = await digest();
    await put(path.join(outDir, 'glossary/api/index.html'), '<h1>API</h1>');
    await put(path.join(project, '.dist-staging-123/index.html'), 'half built');
    await put(path.join(project, 'node_modules/astro/index.js'), 'export {}');
    await put(path.join(project, '.astro/data-store.json'), '{}');
    await put(path.join(project, 'test-results/report.json'), '{}');
    await put(path.join(project, 'bundle/site.zip'), 'zip');
    expect(await digest({ ...environment, OUT_DIR: 'elsewhere', BUILD_TIMINGS: 'timings.json' })).toBe(before);
  });
});

describe('an up-to-date output folder', () => {
  test('is one the last build wrote from the same inputs and that nothing touched since', async () => {
    const inputs = await digest();
    expect(await isUpToDate(cacheDir, outDir, inputs)).toBe(false);
    await recordBuild(cacheDir, outDir, inputs);
    expect(await isUpToDate(cacheDir, outDir, inputs)).toBe(true);
    expect(await isUpToDate(cacheDir, path.join(project, 'elsewhere'), inputs)).toBe(false);
    await put(path.join(content, 'glossary/api.md'), 'edited');
    expect(await isUpToDate(cacheDir, outDir, await digest())).toBe(false);
  });

  test.each([
    ['a page is edited', () => put(path.join(outDir, 'index.html'), '<h1>Hacked</h1>')],
    ['a page is removed', () => rm(path.join(outDir, 'index.html'))],
    ['a file is added', () => put(path.join(outDir, 'stray.html'), 'stray')],
    ['a page is rewritten with the same size', async () => {
      const later = new Date(Date.now() + 60_000);
      await writeFile(path.join(outDir, 'index.html'), '<h1>Hom3</h1>');
      await utimes(path.join(outDir, 'index.html'), later, later);
    }],
  ])('is not one where %s after the build', async (_name, change) => {
    const inputs = await digest();
    await recordBuild(cacheDir, outDir, inputs);
    await change();
    expect(await isUpToDate(cacheDir, outDir, inputs)).toBe(false);
  });
});

/** Variables that say where and how the build writes (output, cache, logs, timings), not what the site contains. */
const HARNESS_ENVIRONMENT = new Set(['OUT_DIR', 'ASTRO_CACHE_DIR', 'BUILD_LOG_LEVEL', 'BUILD_TIMINGS']);

test('every environment variable the site code reads is part of the digest', async () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const sources = [path.join(root, 'astro.config.mjs')];
  for (const file of await readdir(path.join(root, 'src'), { recursive: true })) {
    if (/\.(ts|astro)$/.test(file)) sources.push(path.join(root, 'src', file));
  }
  const read = new Set<string>();
  for (const file of sources) {
    for (const match of (await readFile(file, 'utf8')).matchAll(/(?<!import\.meta\.)\benv(?:\[['"]([A-Z_]+)['"]\]|\.([A-Z_]+)\b)/g)) read.add(match[1] ?? match[2] ?? '');
  }
  // esbuild's `define` for the service worker bundle, not a variable the build reads (`import.meta.env` comes from the
  // configuration, which is an input file).
  read.delete('NODE_ENV');
  expect(read.size).toBeGreaterThan(5);
  const missing = [...read].filter((name) => !HARNESS_ENVIRONMENT.has(name) && !(BUILD_ENVIRONMENT as readonly string[]).includes(name));
  expect(missing).toEqual([]);
});
