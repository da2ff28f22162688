/** Ports and paths of the sites the browser tests run against. */
// E2E_PORT moves them all, so test runs in separate checkouts can share a machine.
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4391);
export const E2E_BASE_PATH_PORT = E2E_PORT + 1;
/** The hosting base path the second build is made under, like a GitHub Pages project site. */
export const BASE_PATH_PREFIX = '/backend-field-guide/';
export const BASE_PATH_OUT_DIR = '.build/base-path-dist';
/** A third site: the hostile fixture corpus built with the content check off, to prove the renderer defuses it. */
export const E2E_HOSTILE_PORT = E2E_PORT + 2;
export const HOSTILE_OUT_DIR = '.build/hostile-dist';
/** The development server that the dev-server test starts on a copy of the fixture corpus. */
export const DEV_SERVER_PORT = E2E_PORT + 3;
