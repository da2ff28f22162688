/**
 * Everything a build reads, reduced to one digest, so `npm run build` can tell that nothing changed since the site in
 * the output folder was built and keep that site instead of building it again (Astro 7 renders every page on every
 * build, even when its content layer reused every parsed entry).
 *
 * The inputs: every file of the project except the folders the build and the tests generate, every file of the
 * content root (wherever it is), the installed dependency tree, the git commit (pages show when each entry last
 * changed), the Node.js version and the environment variables the site reads.
 */
import { execFileSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Environment variables that change what the site contains; a unit test keeps this list complete. */
export const BUILD_ENVIRONMENT = [
  'SITE_URL',
  'BASE_PATH',
  'CONTENT_ROOT',
  'CONTENT_CHECK',
  'MARKDOWN_PROCESSOR',
  'BUILD_WITHOUT',
  'REPOSITORY_BRANCH',
  'REPOSITORY_URL',
  'GITHUB_REPOSITORY',
] as const;

/**
 * Top-level folders of the project that hold what builds, tests and tools write, never what a build reads; the same
 * folders `.gitignore` lists. `node_modules` is left out as a folder and stands in through its lockfile.
 */
const GENERATED = new Set(['.git', 'node_modules', 'dist', '.astro', '.build', 'bundle', 'test-results', '.test-results', 'playwright-report']);

/** Files below `folder`, relative to it and sorted, skipping `skip(relativePath)` folders. */
export async function listFiles(folder: string, skip: (relative: string) => boolean = () => false): Promise<string[]> {
  const files: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(folder, relative), { withFileTypes: true }).catch(() => []);
    const folders: string[] = [];
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skip(child)) folders.push(child);
      } else if (entry.isFile()) files.push(child);
    }
    await Promise.all(folders.map(walk));
  };
  await walk('');
  return files.sort();
}

/** Adds each file's path and bytes to `hash`, in order; a missing file counts as a distinct input. */
export async function hashFiles(hash: Hash, root: string, files: readonly string[]): Promise<void> {
  // Read in parallel (small files dominate), hash in order.
  const contents = await Promise.all(files.map((file) => readFile(path.join(root, file)).catch(() => undefined)));
  files.forEach((file, index) => {
    const bytes = contents[index];
    hash.update(`${file}\0${bytes === undefined ? 'missing' : bytes.length}\0`);
    if (bytes !== undefined) hash.update(bytes);
  });
}

/**
 * What `folder` holds: every file's path, size and modification time. Enough to notice that anything replaced,
 * edited or removed a file the build wrote, without reading the whole site again.
 */
export async function folderFingerprint(folder: string): Promise<string> {
  const files = await listFiles(folder);
  const stats = await Promise.all(files.map((file) => stat(path.join(folder, file))));
  const hash = createHash('sha256');
  files.forEach((file, index) => hash.update(`${file}\0${stats[index]?.size}\0${stats[index]?.mtimeMs}\0`));
  return hash.digest('hex');
}

function gitCommit(cwd: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'no git commit';
  }
}

export interface BuildInputs {
  projectRoot: string;
  contentRoot: string;
  /** Output folders of this build (the output and its staging folders), never inputs even inside the project. */
  outDir: string;
  environment: Record<string, string | undefined>;
}

export async function buildInputsDigest({ projectRoot, contentRoot, outDir, environment }: BuildInputs): Promise<string> {
  const hash = createHash('sha256');
  const outName = path.relative(projectRoot, outDir);
  const stagingPrefix = `.${path.basename(outDir)}-staging-`;
  const contentInProject = path.relative(projectRoot, contentRoot);
  const skip = (relative: string) =>
    GENERATED.has(relative) || relative === outName || relative.startsWith(stagingPrefix) || relative === contentInProject;
  hash.update('project\0');
  await hashFiles(hash, projectRoot, await listFiles(projectRoot, skip));
  hash.update('installed\0');
  await hashFiles(hash, projectRoot, ['node_modules/.package-lock.json']);
  hash.update('content\0');
  await hashFiles(hash, contentRoot, await listFiles(contentRoot));
  hash.update(`commit\0${gitCommit(projectRoot)}\0${gitCommit(contentRoot)}\0node\0${process.version}\0`);
  for (const name of BUILD_ENVIRONMENT) hash.update(`${name}\0${environment[name] ?? '(unset)'}\0`);
  return hash.digest('hex');
}

/** What the last successful build into `outDir` read and wrote. */
interface BuildStamp {
  outDir: string;
  inputs: string;
  output: string;
}

const stampFile = (cacheDir: string) => path.join(cacheDir, 'build-stamp.json');

/** Whether `outDir` holds exactly what the last build wrote there, from the same inputs. */
export async function isUpToDate(cacheDir: string, outDir: string, inputs: string): Promise<boolean> {
  const stamp = await readFile(stampFile(cacheDir), 'utf8').then((text) => JSON.parse(text) as BuildStamp).catch(() => undefined);
  if (stamp?.outDir !== outDir || stamp.inputs !== inputs) return false;
  return stamp.output === (await folderFingerprint(outDir));
}

export async function recordBuild(cacheDir: string, outDir: string, inputs: string): Promise<void> {
  const stamp: BuildStamp = { outDir, inputs, output: await folderFingerprint(outDir) };
  await mkdir(cacheDir, { recursive: true });
  await writeFile(stampFile(cacheDir), JSON.stringify(stamp));
}
