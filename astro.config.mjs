// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { dataStoreFromDisk } from './src/build/data-store-from-disk.ts';
import { internalsLeftOut } from './src/build/private-internals.ts';
import { withoutPreloadHelper } from './src/build/without-preload-helper.ts';
import { resolveContentRoot } from './src/content-check/content-root.ts';
import { contentCheck } from './src/content-check/integration.ts';
import { markdownPipelines } from './src/markdown/pipelines.ts';
import { offline } from './src/offline/integration.ts';
import { cspHash } from './src/build/csp-hash.ts';
import { speculationRules } from './src/site/speculation-rules.ts';
import { HEAD_SCRIPT } from './src/reading/head-script.ts';
import { searchIndex } from './src/search/integration.ts';

// SITE_URL and BASE_PATH point the build at where it is hosted, e.g. SITE_URL=https://example.github.io
// BASE_PATH=/backend-field-guide/ for a GitHub Pages project site.
const site = process.env['SITE_URL'] ?? 'https://backend-field-guide.example';
const base = process.env['BASE_PATH'] ?? '/';
const contentRoot = resolveContentRoot();
// BUILD_WITHOUT leaves private internals out, for the benchmark's paired measurements (src/build/private-internals.ts).
const without = internalsLeftOut(process.env['BUILD_WITHOUT']);
const pipelines = markdownPipelines({ base, contentRoot, markdownProcessor: process.env['MARKDOWN_PROCESSOR'] });

export default defineConfig({
  site,
  base,
  // Separate caches let builds of different corpora or base paths run side by side (tests, benchmark).
  ...(process.env['ASTRO_CACHE_DIR'] === undefined ? {} : { cacheDir: process.env['ASTRO_CACHE_DIR'] }),
  trailingSlash: 'always',
  // Front-matter completion and checking in .md/.mdx files for editors using the Astro language server.
  experimental: { contentIntellisense: true },
  // Pages render a few at a time, so one page's file write overlaps the next one's rendering (docs/performance.md).
  // Styles used by one kind of page stay files of their own: inlined, each would add its hash to every page's policy.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  vite: {
    plugins: without.has('preload-helper-replacement') ? [] : [withoutPreloadHelper()],
    define: { 'import.meta.env.SEARCH_WITHOUT_PAGEFIND_FILES': JSON.stringify(without.has('pagefind-files')) },
  },
  // A Content Security Policy on every page: contributed content can neither run script nor style the page; the one
  // loosening is Pagefind's WebAssembly ('wasm-unsafe-eval'). The one inline script (theme before first paint) is
  // allowed by its hash, computed from its source here.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        "form-action 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // Inline blocks of the layout, hashed from the same source the page prints.
        hashes: [cspHash(speculationRules(base)), cspHash(HEAD_SCRIPT)],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: pipelines.markdown,
  integrations: [
    // Every content problem at once, before anything renders; the glossary linker takes its names from the check.
    contentCheck({ contentRoot, onChecked: pipelines.useCheckedContent }),
    mdx({ processor: pipelines.mdxProcessor }),
    ...(without.has('data-store-from-disk') ? [] : [dataStoreFromDisk()]),
    searchIndex({ previousSite: path.resolve(process.env['OUT_DIR'] ?? 'dist') }),
    // After the search index: the service worker precaches its runtime and lists its chunks.
    offline(),
    sitemap(),
  ],
});
