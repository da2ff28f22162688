import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// A plain .mjs script, so that it runs on any Node version.
import { completeLockfile, missingOptionalPackages, platformOf } from '../../scripts/complete-lockfile.mjs';

describe('package-lock.json', () => {
  test('lists every optional dependency, so that `npm ci` accepts it (run `npm run lockfile:complete`)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    expect([...missingOptionalPackages(lock).keys()]).toEqual([]);
  });

  test('pins the Node 24 binary that runs every script', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    expect(lock.packages['node_modules/node'].version).toMatch(/^24\./);
  });

  test.each([
    ['@pagefind/darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }],
    ['@pagefind/windows-x64', { os: ['win32'], cpu: ['x64'] }],
    ['@astrojs/compiler-binding-linux-arm64-musl', { os: ['linux'], cpu: ['arm64'] }],
    ['@astrojs/compiler-binding-wasm32-wasi', { cpu: ['wasm32'] }],
    ['left-pad', {}],
  ])('reads the platform of %s from its name', (name, platform) => {
    expect(platformOf(name)).toEqual(platform);
  });

  test('adds a missing optional package as an optional, platform-tagged entry', () => {
    const lock = { packages: { '': {}, 'node_modules/tool': { version: '1.0.0', optionalDependencies: { '@tool/darwin-x64': '1.0.0' } } } };
    expect(completeLockfile(lock)).toEqual(['@tool/darwin-x64@1.0.0']);
    expect(lock.packages).toHaveProperty(['node_modules/@tool/darwin-x64'], { version: '1.0.0', optional: true, os: ['darwin'], cpu: ['x64'] });
  });
});
