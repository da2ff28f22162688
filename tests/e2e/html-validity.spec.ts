/** Every page of the built site is valid HTML (html-validate, configured in .htmlvalidate.mjs). */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

test('every built page passes html-validate with zero errors', async () => {
  test.setTimeout(180_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = readdirSync('dist', { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(200);
  expect(pages).toEqual(expect.arrayContaining(['frontend-and-backend/index.html', 'glossary/category/security/index.html', 'technologies/kind/framework/index.html'].map((page) => page.replaceAll('/', path.sep))));
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(`dist/${page}`);
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`dist/${page}:${message.line}:${message.column}  ${message.ruleId}  ${message.message}`);
    }
  }
  expect(errors).toEqual([]);
});
