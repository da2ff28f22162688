/**
 * The content check reads untrusted files: whatever the bytes, it must return structured problems — never throw,
 * never hang. Property-based tests feed it random front matter, random Unicode and random YAML; fixed cases cover
 * known hostile inputs.
 */
import fc from 'fast-check';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { checkContent, type CheckReport } from '../../src/content-check/index.ts';
import { copyCorpus, type Corpus } from '../support/corpus.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await copyCorpus();
});
afterAll(async () => corpus.dispose());

/** Checks the corpus with `glossary/caching.md` replaced by `content`; returns the report and the time it took. */
async function checkWith(content: string | Uint8Array): Promise<{ report: CheckReport; milliseconds: number }> {
  await writeFile(path.join(corpus.root, 'glossary', 'caching.md'), content);
  const started = performance.now();
  const report = await checkContent(corpus.root, { cwd: corpus.root });
  return { report, milliseconds: performance.now() - started };
}

function expectStructured(report: CheckReport): void {
  for (const problem of report.problems) {
    expect(problem.file).toMatch(/\S/);
    expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true);
    expect(typeof problem.message).toBe('string');
    expect(['error', 'warning']).toContain(problem.severity);
  }
}

const PER_FILE_BUDGET_MS = 5_000;

describe('content check robustness (property-based)', () => {
  test('random front matter yields structured problems, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }), fc.string({ maxLength: 200 }), async (frontMatter, body) => {
        const { report, milliseconds } = await checkWith(`---\n${stringify(frontMatter)}---\n${body}\n`);
        expectStructured(report);
        expect(milliseconds).toBeLessThan(PER_FILE_BUDGET_MS);
      }),
      { numRuns: 60 },
    );
  });

  test('random Unicode files yield structured problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
        const { report } = await checkWith(text);
        expectStructured(report);
      }),
      { numRuns: 60 },
    );
  });

  test('random YAML-like front matter yields structured problems', async () => {
    const yamlish = fc.string({ unit: fc.constantFrom(...'abc: -[]{}&*!|>\'"#%@`,?\n\t 0123'.split('')), maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(yamlish, async (yaml) => {
        const { report } = await checkWith(`---\n${yaml}\n---\nBody.\n`);
        expectStructured(report);
      }),
      { numRuns: 80 },
    );
  });

  test('random bytes yield structured problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const { report } = await checkWith(bytes);
        expectStructured(report);
      }),
      { numRuns: 40 },
    );
  });
});

describe('content check robustness (hostile inputs)', () => {
  test('a YAML alias bomb is rejected at once, not expanded', async () => {
    const levels = Array.from({ length: 10 }, (_, level) => `l${level + 1}: &l${level + 1} [${Array.from({ length: 10 }, () => `*l${level}`).join(', ')}]`);
    const { report, milliseconds } = await checkWith(`---\nl0: &l0 "lol"\n${levels.join('\n')}\n---\nBody.\n`);
    expect(report.problems.some((problem) => problem.message.includes('alias'))).toBe(true);
    expect(milliseconds).toBeLessThan(PER_FILE_BUDGET_MS);
  });

  test('10,000 levels of nesting are rejected without exhausting the stack', async () => {
    const { report, milliseconds } = await checkWith(`---\ntitle: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\nBody.\n`);
    expectStructured(report);
    expect(report.problems.some((problem) => problem.file === 'glossary/caching.md')).toBe(true);
    expect(milliseconds).toBeLessThan(PER_FILE_BUDGET_MS);
  });

  test('deep nesting in the body is parsed without exhausting the stack', async () => {
    const { report, milliseconds } = await checkWith(`---\ntitle: Caching\n---\n${'> '.repeat(10_000)}quote\n\n${'- '.repeat(5_000)}item\n`);
    expectStructured(report);
    expect(milliseconds).toBeLessThan(PER_FILE_BUDGET_MS);
  });

  test('a 5 MB file is checked within the time budget', async () => {
    const paragraph = 'Caching keeps a copy of a result close to where it is needed. '.repeat(20);
    const body = Array.from({ length: Math.ceil((5 * 2 ** 20) / paragraph.length) }, () => paragraph).join('\n\n');
    const { report, milliseconds } = await checkWith(`---\ntitle: Caching\nsummary: Big.\ncategory: data\nside: both\nsources: [https://example.org/]\n---\n${body}\n`);
    expectStructured(report);
    expect(milliseconds).toBeLessThan(PER_FILE_BUDGET_MS * 3);
  });

  test('invalid UTF-8 is reported with its offset', async () => {
    const { report } = await checkWith(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x0a]));
    expect(report.problems.map((problem) => problem.message)).toContain('is not valid UTF-8 (first bad byte at offset 4): save the file as UTF-8');
  });
});
