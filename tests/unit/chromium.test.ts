import { describe, expect, test } from 'vitest';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../support/chromium.ts';

const lookup = (options: { env?: Record<string, string>; bundled?: string; existing?: string[] }) => ({
  env: options.env ?? {},
  playwrightPath: () => options.bundled,
  exists: (path: string) => (options.existing ?? []).includes(path),
  systemPaths: ['/usr/bin/chromium', '/usr/bin/google-chrome'],
});

describe('choosing a browser for the e2e tests', () => {
  test('CHROMIUM_PATH comes first', () => {
    const choice = findChromium(lookup({ env: { CHROMIUM_PATH: '/opt/chrome' }, bundled: '/pw/chrome', existing: ['/opt/chrome', '/pw/chrome', '/usr/bin/chromium'] }));
    expect(choice).toEqual({ executablePath: '/opt/chrome', source: 'CHROMIUM_PATH' });
  });

  test('a CHROMIUM_PATH that does not exist is an error, not a silent fallback', () => {
    expect(() => findChromium(lookup({ env: { CHROMIUM_PATH: '/nope' }, existing: ['/usr/bin/chromium'] }))).toThrow('CHROMIUM_PATH is set to /nope');
  });

  test("then Playwright's own browser when it is installed", () => {
    expect(findChromium(lookup({ bundled: '/pw/chrome', existing: ['/pw/chrome', '/usr/bin/chromium'] })).source).toBe('playwright');
  });

  test('then a system Chromium or Chrome, in order', () => {
    expect(findChromium(lookup({ bundled: '/pw/chrome', existing: ['/usr/bin/google-chrome'] }))).toEqual({ executablePath: '/usr/bin/google-chrome', source: 'system' });
  });

  test('otherwise it says what to install', () => {
    expect(() => findChromium(lookup({}))).toThrow(NO_CHROMIUM_MESSAGE);
    expect(NO_CHROMIUM_MESSAGE).toContain('apt-get install -y chromium');
  });
});
