/**
 * Astro's build inlines its content data store (every entry's data, body and rendered HTML; 36 MB of JSON at 5,000
 * entries) into the server bundle as one string literal, so the bundler parses, copies and writes it out before the
 * pages are rendered from it; at 5,000 entries that added about 340 MB to the build's peak memory. A static build
 * runs the server bundle only on this machine, right after bundling, so the bundle can read the data store file Astro
 * has just written instead of carrying it: the module becomes three lines and the file is parsed once, when the pages
 * render. Measured in `npm run bench` (docs/decisions/data-store-from-disk.md).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The virtual module Astro's content runtime imports the data store from (`astro:data-layer-content`), resolved. */
const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';
const NAME = 'backend-field-guide:data-store-from-disk';
/** Where `astro build` writes the data store: Astro's cache directory. */
const DATA_STORE_FILE = 'data-store.json';

/** The data store module as a read of the file at `dataStorePath` when the server bundle is loaded. */
export function dataStoreModule(dataStorePath: string): string {
  return [
    `import { existsSync, readFileSync } from 'node:fs';`,
    `const path = ${JSON.stringify(dataStorePath)};`,
    // Astro's own module is an empty Map when a build has no data store; the content runtime accepts both.
    `export default existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : new Map();`,
  ].join('\n');
}

/** The Vite plugin; `onAnswered` is called each time it supplies the module to a server bundle. */
export function dataStoreFromDiskPlugin(dataStorePath: string, onAnswered: () => void = () => {}): Plugin {
  return {
    name: NAME,
    enforce: 'pre',
    apply: 'build',
    load: {
      // Ahead of Astro's own loader for the module, which would otherwise answer first.
      order: 'pre',
      filter: { id: new RegExp(`^${RESOLVED_DATA_STORE_ID}$`) },
      handler() {
        // The browser bundles never import the data store; if one did, it must fail loudly, not read a file.
        if (this.environment.config.consumer !== 'server') return undefined;
        onAnswered();
        return dataStoreModule(dataStorePath);
      },
    },
  };
}

export function dataStoreFromDisk(): AstroIntegration {
  let answered = false;
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const dataStorePath = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({ vite: { plugins: [dataStoreFromDiskPlugin(dataStorePath, () => (answered = true))] } });
      },
      'astro:build:done': () => {
        // Every page here renders from content, so a build that never asked for the data store means Astro renamed
        // the module: fail, rather than silently go back to inlining it.
        if (!answered) {
          throw new Error(
            `The server bundle never loaded ${JSON.stringify(RESOLVED_DATA_STORE_ID.slice(1))}: Astro must have renamed its ` +
              'data store module. Update RESOLVED_DATA_STORE_ID in src/build/data-store-from-disk.ts.',
          );
        }
      },
    },
  };
}
