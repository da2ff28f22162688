/** Throwaway copies of the minimal fixture corpus, mutated one way per test. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const MINIMAL_CORPUS = path.resolve('tests/fixtures/minimal');
/** A glossary entry whose body tries every way to run script; the content check rejects it, the renderer defuses it. */
export const HOSTILE_ENTRY = path.resolve('tests/fixtures/hostile-body.md');

/** Writes the minimal corpus plus the hostile entry (as `glossary/hostile-body.md`) into `root`, replacing it. */
export async function writeHostileCorpus(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
  await cp(MINIMAL_CORPUS, root, { recursive: true });
  await cp(HOSTILE_ENTRY, path.join(root, 'glossary/hostile-body.md'));
}

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
