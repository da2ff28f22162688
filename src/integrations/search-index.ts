/**
 * Writes the Pagefind index as the last step of `astro build`, through Pagefind's Node API, so a build that cannot
 * index its pages fails like any other build error instead of shipping a site whose search is stale or empty.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { timePhase } from '../lib/build-timings.ts';

/** Where the index goes, relative to the site root; the search runtime loads it from here. */
export const SEARCH_INDEX_DIR = 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'backend-field-guide:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => timePhase('search index', async () => {
        const site = fileURLToPath(dir);
        const failures: string[] = [];
        try {
          // Technical terms keep the characters that matter to them (C#, C++, .NET, Node.js).
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '#+.' });
          failures.push(...errors);
          if (index === undefined) throw new Error('Pagefind could not create an index');
          const added = await index.addDirectory({ path: site });
          failures.push(...added.errors);
          if (added.page_count === 0) failures.push('no page carries data-pagefind-body; nothing was indexed');
          const written = await index.writeFiles({ outputPath: `${site}/${SEARCH_INDEX_DIR}` });
          failures.push(...written.errors);
          if (failures.length === 0) logger.info(`search index: ${added.page_count} pages scanned`);
        } finally {
          await pagefind.close();
        }
        if (failures.length > 0) throw new Error(`Search indexing failed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
      }),
    },
  };
}
