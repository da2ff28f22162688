/**
 * Screenshots of every page template for review: one page per template (tests/support/templates.ts), at 390 and
 * 1280 px, in the light and the dark theme, written to screenshots/ (git-ignored, never compared in tests).
 * Usage: npm run screenshots [-- --full]   (--full: the whole page rather than the first screen)
 * Builds first (scripts/build.ts keeps dist/ when nothing it reads changed), then serves dist/ on a free port.
 */
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, defaultLookup, findChromium } from '../tests/support/chromium.ts';
import { TEMPLATES } from '../tests/support/templates.ts';

const { values } = parseArgs({ options: { full: { type: 'boolean', default: false }, out: { type: 'string', default: 'screenshots' } } });
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'] as const;

const built = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: '/' } });
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await preview({ outDir: 'dist', server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: findChromium(defaultLookup(() => chromium.executablePath())).executablePath, args: CHROMIUM_ARGS });
await rm(values.out, { recursive: true, force: true });
await mkdir(values.out, { recursive: true });
let written = 0;
try {
  for (const viewport of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce', serviceWorkers: 'block', baseURL: `http://127.0.0.1:${server.port}/` });
      const page = await context.newPage();
      for (const [name, path] of TEMPLATES) {
        await page.goto(path, { waitUntil: 'networkidle' });
        const file = `${values.out}/${name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}-${viewport.width}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: values.full });
        written++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`✔ ${written} screenshots of ${TEMPLATES.length} templates in ${values.out}/`);
