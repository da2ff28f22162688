/** Throwaway copies of the minimal fixture corpus, mutated one way per test. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const MINIMAL_CORPUS = path.resolve('tests/fixtures/minimal');

export interface Corpus {
  root: string;
  /** Rewrites a file of the corpus, e.g. `glossary/api.md`. */
  edit(file: string, change: (text: string) => string): Promise<void>;
  write(file: string, content: string | Uint8Array): Promise<void>;
  remove(file: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function copyCorpus(source = MINIMAL_CORPUS): Promise<Corpus> {
  const root = await mkdtemp(path.join(tmpdir(), 'bfg-corpus-'));
  await cp(source, root, { recursive: true });
  return {
    root,
    edit: async (file, change) => writeFile(path.join(root, file), change(await readFile(path.join(root, file), 'utf8'))),
    write: (file, content) => writeFile(path.join(root, file), content),
    remove: (file) => rm(path.join(root, file), { recursive: true, force: true }),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
