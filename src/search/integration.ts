/**
 * Writes the Pagefind index as the last step of `astro build`, through Pagefind's Node API, so a build that cannot
 * index its pages fails like any other build error instead of shipping a site whose search is stale or empty.
 * When every page is byte-identical to the previous build's, that build's index is reused instead of rebuilt.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { hashFiles, listFiles } from '../build/inputs.ts';
import { timePhase } from '../build/timings.ts';
import { SEARCH_INDEX_DIR, SEARCH_LANGUAGE } from './runtime-files.ts';

/** Records what the index was built from: every page's path and bytes, and the Pagefind version. */
const SOURCE_DIGEST_FILE = 'source.sha256';

export async function pagesDigest(site: string): Promise<string> {
  // Pagefind's own package.json (lib/index.js → ../package.json): a new Pagefind means a new index.
  const pagefindPackage = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  const hash = createHash('sha256').update(await readFile(pagefindPackage));
  await hashFiles(hash, site, (await listFiles(site)).filter((file) => file.endsWith('.html')));
  return hash.digest('hex');
}

/** Copies the previous build's index when it was built from the same pages; returns whether it did. */
export async function reusePreviousIndex(site: string, previousSite: string | undefined, digest: string): Promise<boolean> {
  if (previousSite === undefined) return false;
  const previous = path.join(previousSite, SEARCH_INDEX_DIR);
  const previousDigest = await readFile(path.join(previous, SOURCE_DIGEST_FILE), 'utf8').catch(() => undefined);
  if (previousDigest !== digest) return false;
  await cp(previous, path.join(site, SEARCH_INDEX_DIR), { recursive: true });
  return true;
}

/** `previousSite`: the folder of the last published build, whose index may be reused. */
export function searchIndex(options: { previousSite?: string } = {}): AstroIntegration {
  return {
    name: 'backend-field-guide:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => timePhase('search index', async () => {
        const site = fileURLToPath(dir);
        const digest = await pagesDigest(site);
        if (await reusePreviousIndex(site, options.previousSite, digest)) {
          logger.info('search index: pages unchanged, previous index reused');
          return;
        }
        const failures: string[] = [];
        try {
          // Technical terms keep the characters that matter to them (C#, C++, .NET, Node.js).
          const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, includeCharacters: '#+.' });
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
        await writeFile(path.join(site, SEARCH_INDEX_DIR, SOURCE_DIGEST_FILE), digest);
      }),
    },
  };
}
