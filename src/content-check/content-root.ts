/**
 * Where the authored entries live. `CONTENT_ROOT` points the build, the checks and the benchmark at another corpus
 * (tests build small fixture corpora this way); relative paths resolve from the current working directory.
 */
import path from 'node:path';

export const DEFAULT_CONTENT_ROOT = 'content';

export function resolveContentRoot(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env['CONTENT_ROOT'] ?? DEFAULT_CONTENT_ROOT);
}
