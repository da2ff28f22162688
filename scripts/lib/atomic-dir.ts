/** Replacing a folder as a whole, so readers of it see either the old tree or the new one. */
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Moves `source` to `target`, replacing what was there. The old tree is first renamed aside (a rename is atomic on
 * one file system), the new one renamed into place, and only then the old one deleted.
 */
export async function replaceDirectory(source: string, target: string): Promise<void> {
  const previous = path.join(path.dirname(target), `.${path.basename(target)}-previous-${process.pid}`);
  let hadPrevious = true;
  try {
    await rename(target, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadPrevious = false;
  }
  try {
    await rename(source, target);
  } catch (error) {
    if (hadPrevious) await rename(previous, target);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
