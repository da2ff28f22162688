/**
 * Which Chromium the browser tests drive, in order: `CHROMIUM_PATH`; Playwright's own build when it is installed;
 * a system Chromium or Chrome. With none of them, the error says what to install.
 */
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export interface ChromiumChoice {
  executablePath: string;
  source: 'CHROMIUM_PATH' | 'playwright' | 'system';
}

export interface ChromiumLookup {
  env: Record<string, string | undefined>;
  /** Where Playwright's own Chromium would be, installed or not. */
  playwrightPath: () => string | undefined;
  exists: (path: string) => boolean;
  systemPaths?: readonly string[];
}

export const NO_CHROMIUM_MESSAGE = [
  'No Chromium or Chrome was found for the browser tests. Do one of these:',
  '  • Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
  '  • with internet access: npx playwright install chromium',
  '  • or point CHROMIUM_PATH at a Chromium or Chrome executable',
].join('\n');

export function findChromium(lookup: ChromiumLookup): ChromiumChoice {
  const fromEnv = lookup.env['CHROMIUM_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!lookup.exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const bundled = safely(lookup.playwrightPath);
  if (bundled !== undefined && lookup.exists(bundled)) return { executablePath: bundled, source: 'playwright' };
  const system = (lookup.systemPaths ?? SYSTEM_CHROMIUM_PATHS).find((candidate) => lookup.exists(candidate));
  if (system !== undefined) return { executablePath: system, source: 'system' };
  throw new Error(NO_CHROMIUM_MESSAGE);
}

function safely(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Flags for running as root in a container on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const defaultLookup = (playwrightPath: () => string | undefined): ChromiumLookup => ({
  env: process.env,
  playwrightPath,
  exists: existsSync,
});
