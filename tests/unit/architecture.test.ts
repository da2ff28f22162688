/**
 * The layout's rules, checked on the code itself: code that runs in the browser never reaches a Node module, and no
 * module of the site or its tools imports itself through a cycle.
 */
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

const filesUnder = (folder: string, pattern: RegExp) =>
  (readdirSync(path.join(ROOT, folder), { recursive: true }) as string[])
    .filter((file) => pattern.test(file))
    .map((file) => path.join(folder, file))
    .sort();

/** Every `<script>` of a component or page that Astro bundles for the browser (not inline data blocks). */
export function browserScripts(astroSource: string): string[] {
  return [...astroSource.matchAll(/<script(?![^>]*\bis:inline\b)(?![^>]*\btype=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
}

/** Bundles `contents` for the browser; esbuild refuses `node:` modules and Node built-ins on this platform. */
async function bundleForBrowser(contents: string, resolveDir: string) {
  return esbuild.build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    metafile: true,
    // Virtual modules Vite provides (a browser script that reaches astro:content would be caught by its own build), and
    // asset URLs Vite resolves (`?url`).
    external: ['astro:*', '*?url'],
    // Stylesheets a module imports are Vite's to bundle; they hold no code.
    loader: { '.css': 'empty' },
    define: { 'import.meta.env.BASE_URL': '"/"' },
  });
}

describe('browser code', () => {
  const astroFiles = filesUnder('src', /\.astro$/);
  const scripts = astroFiles.flatMap((file) =>
    browserScripts(readFileSync(path.join(ROOT, file), 'utf8')).map((contents, index) => ({ name: `${file} <script> #${index + 1}`, file, contents })),
  );
  const modules = [
    ...filesUnder('src', /(^|\/)client\/.*\.ts$/),
    'src/offline/service-worker.ts',
  ].map((file) => ({ name: file, file, contents: `import './${path.basename(file)}';` }));

  test('is found: the components that load scripts and the client folders', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    expect(modules.length).toBeGreaterThanOrEqual(10);
  });

  test.each([...scripts, ...modules].map((entry) => [entry.name, entry] as const))('%s never imports a Node module', async (_name, entry) => {
    const result = await bundleForBrowser(entry.contents, path.join(ROOT, path.dirname(entry.file))).catch((error: esbuild.BuildFailure) => error);
    const errors = 'errors' in result ? result.errors.map((error) => error.text) : [];
    expect(errors).toEqual([]);
  });

  test('the check would catch a Node import', async () => {
    const failure = await bundleForBrowser("import { readFileSync } from 'node:fs'; console.log(readFileSync);", ROOT).then(
      () => undefined,
      (error: esbuild.BuildFailure) => error.errors.map((error) => error.text).join('\n'),
    );
    expect(failure).toMatch(/node:fs/);
  });
});

/**
 * Every import cycle among local TypeScript modules reachable from `entryPoints`, each as its files in order. Type-only
 * imports count: a cycle through types still ties the files together. TypeScript's own pre-processor lists the imports.
 */
export function importCycles(entryPoints: string[], cwd: string): string[][] {
  const edges = new Map<string, string[]>();
  const imports = (file: string): string[] => {
    const known = edges.get(file);
    if (known !== undefined) return known;
    const found = ts
      .preProcessFile(readFileSync(path.join(cwd, file), 'utf8'), true, true)
      .importedFiles.map((reference) => reference.fileName)
      .filter((specifier) => specifier.startsWith('.') && /\.(ts|mjs)$/.test(specifier))
      .map((specifier) => path.relative(cwd, path.resolve(cwd, path.dirname(file), specifier)));
    edges.set(file, found);
    return found;
  };
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of imports(file)) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...entryPoints].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('imports', () => {
  test('no module of the site, its scripts or its configuration is part of an import cycle', async () => {
    const entryPoints = ['astro.config.mjs', ...filesUnder('src', /\.ts$/), ...filesUnder('scripts', /\.ts$/)].filter(
      (file) => !file.endsWith('.d.ts'),
    );
    expect(importCycles(entryPoints, ROOT)).toEqual([]);
  });

  test('a cycle is reported with its files', async () => {
    const cycles = importCycles(['tests/fixtures/import-cycle/a.ts'], ROOT);
    expect(cycles).toEqual([['tests/fixtures/import-cycle/a.ts', 'tests/fixtures/import-cycle/b.ts', 'tests/fixtures/import-cycle/a.ts']]);
  });
});
