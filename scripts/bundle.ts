/**
 * `npm run bundle`: a zip of the whole site that works opened straight from disk — unzip it and open index.html.
 * Links resolve to files, styles load, and search runs from a classic script (Pagefind cannot run from file://).
 *
 * Usage: node scripts/bundle.ts [--site DIR] [--out FILE]
 *   --site DIR   bundle an existing build made at the root base path instead of building one first
 *   --out FILE   where the zip goes (default: bundle/backend-field-guide.zip)
 */
import * as esbuild from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { spawnSync } from 'node:child_process';
import { glob, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { indexedPage, relativeFileUrl, rewriteForFiles } from '../src/offline/bundle.ts';
import type { FallbackIndex, FallbackPage } from '../src/search/fallback.ts';
import type { SearchTitle } from '../src/search/titles.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, out: { type: 'string', default: 'bundle/backend-field-guide.zip' } } });

let site = values.site;
if (site === undefined) {
  site = '.build/bundle-site';
  const built = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: site, BASE_PATH: '/', ASTRO_CACHE_DIR: '.build/bundle-cache' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** What a browser cannot use from disk: the service worker, Workbox's runtime, Pagefind's index and runtime, and the social cards (only link previews on the web show them). */
const LEFT_OUT = /^(sw\.js|workbox-[^/]*\.js|pagefind\/|offline\/files\.json|social\/)/;
const INDEX_SCRIPT = 'search/offline-index.js';
const SEARCH_SCRIPT = 'search/offline-search.js';
const ENHANCEMENTS_SCRIPT = 'reading/offline-enhancements.js';

const files: Zippable = {};
const pages: FallbackPage[] = [];
const started = performance.now();
for await (const entry of glob('**/*', { cwd: site, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
  if (LEFT_OUT.test(file)) continue;
  const bytes = await readFile(path.join(site, file));
  if (!file.endsWith('.html')) {
    files[file] = bytes;
    continue;
  }
  const tree = fromHtml(bytes.toString('utf8'));
  const page = indexedPage(tree, file);
  if (page !== undefined) pages.push(page);
  rewriteForFiles(tree, file, { search: [INDEX_SCRIPT, SEARCH_SCRIPT], enhancements: ENHANCEMENTS_SCRIPT });
  files[file] = new TextEncoder().encode(toHtml(tree));
}

const titles = (JSON.parse(await readFile(path.join(site, 'search/titles.json'), 'utf8')) as SearchTitle[]).map((entry) => ({
  ...entry,
  url: relativeFileUrl('index.html', entry.url),
}));
pages.sort((a, b) => a.url.localeCompare(b.url));
const index: FallbackIndex = { pages, titles };
// JSON inside a script: `<` is escaped so no text from a page can close the script element.
files[INDEX_SCRIPT] = new TextEncoder().encode(`window.BFG_OFFLINE_INDEX = ${JSON.stringify(index).replace(/</g, '\\u003c')};\n`);
/** A module of the site as one classic script, for pages opened from disk. */
async function classicScript(entryPoint: string): Promise<Uint8Array> {
  // The site's base is the folder the bundle was unzipped to; the progress code only uses it to fetch, which file://
  // refuses anyway. Without code splitting, esbuild inlines the enhancement module's dynamic imports.
  const built = await esbuild.build({ entryPoints: [entryPoint], bundle: true, format: 'iife', minify: true, write: false, target: 'es2020', define: { 'import.meta.env.BASE_URL': '"./"' } });
  const [script] = built.outputFiles;
  if (script === undefined) throw new Error(`esbuild produced no script for ${entryPoint}`);
  return script.contents;
}
files[SEARCH_SCRIPT] = await classicScript('src/search/client/bundle-search.ts');
files[ENHANCEMENTS_SCRIPT] = await classicScript('src/reading/client/enhance.ts');

const zip = zipSync(files, { level: 9 });
await mkdir(path.dirname(values.out), { recursive: true });
await writeFile(values.out, zip);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`✔ Offline bundle: ${values.out} (${(zip.length / 1024 / 1024).toFixed(1)} MB, ${Object.keys(files).length} files, ${pages.length} pages searchable) in ${seconds} s`);
console.log('  Unzip it anywhere and open index.html in a browser.');
