import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { dataStoreFromDisk } from './src/integrations/data-store-from-disk.ts';
import { withoutPreloadHelper } from './src/integrations/without-preload-helper.ts';
import { offline } from './src/integrations/offline.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { resolveContentRoot } from './src/lib/content-root.ts';
import { rehypeBaseLinks, satteriBaseLinks } from './src/lib/markdown/base-links.ts';
import { satteriSanitize } from './src/lib/markdown/sanitize.ts';
import { codeStylesAsClasses } from './src/lib/markdown/code-styles.ts';
import { CODE_STYLE_RULES, CODE_THEMES } from './src/lib/markdown/code-themes.ts';
import { GlossaryLinker, remarkGlossaryLinks, satteriGlossaryLinks } from './src/lib/markdown/glossary-links.ts';
import { glossaryTerms } from './src/lib/markdown/term-index.ts';

/**
 * SITE_URL and BASE_PATH point the build at where it is hosted, e.g. SITE_URL=https://example.github.io
 * BASE_PATH=/backend-field-guide/ for a GitHub Pages project site.
 */
const site = process.env['SITE_URL'] ?? 'https://backend-field-guide.example';
const base = process.env['BASE_PATH'] ?? '/';

const contentRoot = resolveContentRoot();
// Links the first mention of each glossary term in every body; its terms come from the content check (below).
const glossaryLinker = new GlossaryLinker(contentRoot);

const unifiedProcessor = unified({
  remarkPlugins: [remarkGfm, [remarkGlossaryLinks, glossaryLinker]],
  rehypePlugins: [[rehypeBaseLinks, { base }]],
});

export default defineConfig({
  site,
  base,
  // Separate caches let builds of different corpora or base paths run side by side (tests, benchmark).
  ...(process.env['ASTRO_CACHE_DIR'] === undefined ? {} : { cacheDir: process.env['ASTRO_CACHE_DIR'] }),
  trailingSlash: 'always',
  // Front-matter completion and checking in .md/.mdx files for editors using the Astro language server
  // (VS Code: the Astro extension with "astro.content-intellisense", set in .vscode/settings.json).
  experimental: { contentIntellisense: true },
  // Pages render a few at a time, so one page's file write overlaps the next one's rendering (page generation at
  // 1,000 entries: 2.7–3.8 s one at a time, 2.1–2.2 s four at a time; more at once gained little and held more memory
  // at 5,000 entries; README, "Performance").
  build: { format: 'directory', concurrency: 4 },
  vite: { plugins: [withoutPreloadHelper()] },
  // A Content Security Policy on every page (a <meta> with hashes of Astro's scripts and styles). Contributed content
  // can neither run script nor style the page; the one loosening is Pagefind's WebAssembly ('wasm-unsafe-eval').
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // `.md` stays on Astro's default Rust processor (Sätteri), which has GFM built in and builds faster (README,
    // "Markdown processors"). MARKDOWN_PROCESSOR=unified switches it for the benchmark that measures the difference.
    processor:
      process.env['MARKDOWN_PROCESSOR'] === 'unified'
        ? unifiedProcessor
        : satteri({ mdastPlugins: [satteriGlossaryLinks(glossaryLinker)], hastPlugins: [satteriBaseLinks(base), satteriSanitize()] }),
    // Tokens get classes instead of inline styles (see code-styles.ts), so the CSP needs no 'unsafe-inline'.
    shikiConfig: { theme: CODE_THEMES.light, transformers: [codeStylesAsClasses(CODE_STYLE_RULES)] },
  },
  integrations: [
    // The check parses every entry once per build, before anything renders; the glossary's names are taken from it.
    contentCheck({ contentRoot, onChecked: (report) => glossaryLinker.useTerms(glossaryTerms(report.files)) }),
    // MDX runs on the unified pipeline, where remark-gfm supplies tables, task lists and strikethrough.
    mdx({ processor: unifiedProcessor }),
    // The server bundle reads the content data store from disk instead of carrying it (peak memory; see the file).
    dataStoreFromDisk(),
    searchIndex({ previousSite: path.resolve(process.env['OUT_DIR'] ?? 'dist') }),
    // After the search index: the service worker precaches its runtime and lists its chunks.
    offline(),
    // sitemap-index.xml and sitemap-0.xml list every page under `site` + `base`; the 404 page is left out by the
    // integration itself.
    sitemap(),
  ],
});
