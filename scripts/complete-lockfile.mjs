/**
 * `npm run lockfile:complete`: adds the optional, platform-specific packages that npm left out of package-lock.json
 * because the registry mirror could not serve them (only some platforms' binaries are mirrored). Without those
 * entries `npm ci` refuses the lock file as out of sync. Each added entry is marked optional with the os and cpu
 * its name declares, so npm skips it on other platforms and fetches it normally where it applies.
 * Plain JavaScript so that it runs on any Node version.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM = /(?:^|-)(android|darwin|linux|win32|windows|freebsd|openbsd|sunos|aix|wasm32)-?([a-z0-9]*)/;
const OS_NAMES = { windows: 'win32' };
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64'];

export function missingOptionalPackages(lock) {
  const packages = lock.packages ?? {};
  const missing = new Map();
  for (const [location, entry] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
      if (packages[nested] === undefined && packages[`node_modules/${name}`] === undefined) missing.set(`node_modules/${name}`, { name, version });
    }
  }
  return missing;
}

export function platformOf(name) {
  const match = PLATFORM.exec(name.split('/').at(-1) ?? '');
  if (match === null) return {};
  const [, system = '', rest = ''] = match;
  if (system === 'wasm32') return { cpu: ['wasm32'] };
  const cpu = CPUS.find((candidate) => rest.startsWith(candidate) || name.includes(`-${candidate}`));
  return { os: [OS_NAMES[system] ?? system], ...(cpu === undefined ? {} : { cpu: [cpu] }) };
}

export function completeLockfile(lock) {
  const added = [];
  for (const [location, { name, version }] of missingOptionalPackages(lock)) {
    lock.packages[location] = { version: version.replace(/^[\^~]/, ''), optional: true, ...platformOf(name) };
    added.push(`${name}@${version}`);
  }
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  return added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const added = completeLockfile(lock);
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length === 0 ? 'package-lock.json already lists every optional package.' : `Added ${added.length} optional platform packages:\n  ${added.join('\n  ')}`);
}
