import { chromium, defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, defaultLookup, findChromium } from './tests/support/chromium.ts';
import { BASE_PATH_PREFIX, E2E_BASE_PATH_PORT, E2E_PORT } from './tests/support/servers.ts';

const browser = findChromium(defaultLookup(() => chromium.executablePath()));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.test-results/e2e.json' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    ...devices['Desktop Chrome'],
    // The service worker would precache in the background of every test; the offline tests turn it on.
    serviceWorkers: 'block',
    launchOptions: { executablePath: browser.executablePath, args: CHROMIUM_ARGS },
  },
  webServer: {
    // Builds the site twice — at the root and under a base path — then serves both; ready when both answer.
    command: 'node tests/support/e2e-servers.ts',
    url: `http://127.0.0.1:${E2E_BASE_PATH_PORT}${BASE_PATH_PREFIX}`,
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
