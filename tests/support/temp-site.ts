/** A throwaway output folder with the given files, for tests of code that reads a built site. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function tempSites(prefix: string) {
  const dirs: string[] = [];
  return {
    /** Writes `files` (path → content) into a new folder and returns it. */
    async create(files: Record<string, string>): Promise<string> {
      const dir = await mkdtemp(path.join(tmpdir(), prefix));
      dirs.push(dir);
      for (const [file, content] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), content);
      }
      return dir;
    },
    /** Removes every folder made so far; call it after each test. */
    async removeAll(): Promise<void> {
      await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
