/**
 * When each file last changed, from one `git log` over the whole history, read once per build. In a shallow clone
 * every file would seem to date from the one commit there is, so no dates are given then: pages link to the file's
 * history instead.
 */
import { execFileSync } from 'node:child_process';

export interface FileHistory {
  /** Repository-relative path → ISO date of the last commit that touched it. */
  lastChanged: ReadonlyMap<string, string>;
  /** True when the dates can be trusted (a full history was available). */
  complete: boolean;
}

const COMMIT_MARK = '\u0000commit ';

/** Parses `git log --format=%x00commit %cI --name-only`: the first date seen for a file is its latest. */
export function parseGitLog(log: string): Map<string, string> {
  const lastChanged = new Map<string, string>();
  for (const block of log.split(COMMIT_MARK).slice(1)) {
    const [date = '', ...files] = block.split('\n');
    for (const file of files) {
      const name = file.trim();
      if (name !== '' && !lastChanged.has(name)) lastChanged.set(name, date.trim());
    }
  }
  return lastChanged;
}

export function readFileHistory(cwd = process.cwd()): FileHistory {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 2 ** 20 });
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return { lastChanged: new Map(), complete: false };
    const log = git('log', '--format=%x00commit %cI', '--name-only', '--no-renames', '--relative', '--', '.');
    const lastChanged = parseGitLog(log);
    return { lastChanged, complete: true };
  } catch {
    return { lastChanged: new Map(), complete: false };
  }
}

/** The repository the site is edited in: GITHUB_REPOSITORY in Actions, REPOSITORY_URL to override. */
export function repositoryUrl(env: Record<string, string | undefined> = process.env): string {
  if (env['REPOSITORY_URL'] !== undefined && env['REPOSITORY_URL'] !== '') return env['REPOSITORY_URL'].replace(/\/$/, '');
  if (env['GITHUB_REPOSITORY'] !== undefined && env['GITHUB_REPOSITORY'] !== '') return `https://github.com/${env['GITHUB_REPOSITORY']}`;
  return 'https://github.com/backend-field-guide/backend-field-guide';
}
