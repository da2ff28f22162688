/** The content check's rules for callouts and tab sets, in Markdown directives and MDX components. */
import { describe, expect, test } from 'vitest';
import { inspectBody } from '../../src/content-check/body.ts';
import { CALLOUT_TYPES, TAB_LANGUAGE_LABELS, TAB_LANGUAGES } from '../../src/schemas/registry.ts';

const problems = (body: string, format: 'md' | 'mdx' = 'md') =>
  inspectBody(body, { format, firstLine: 10 }).problems.map(({ line, column, message, hint }) => ({ line, column, message, hint }));

const [firstCallout = 'note'] = CALLOUT_TYPES;
const [firstLanguage = 'python', secondLanguage = 'go'] = TAB_LANGUAGES;

describe('callout and tab directives', () => {
  test('every known callout, and a tab set of known languages, pass', () => {
    const callouts = CALLOUT_TYPES.map((type) => `:::${type}\nText.\n:::\n`).join('\n');
    const tabs = `::::tabs\n:::tab[${TAB_LANGUAGE_LABELS[firstLanguage]}]\nOne.\n:::\n:::tab[${secondLanguage}]\nTwo.\n:::\n::::\n`;
    expect(problems(`${callouts}\n:::${firstCallout}[A title]\nText.\n:::\n\n${tabs}`)).toEqual([]);
  });

  test('an unknown callout name is an error at its line and column, with the closest name', () => {
    const typo = `${firstCallout.slice(0, -1)}x${firstCallout.slice(-1)}`;
    expect(problems(`Intro.\n\n:::${typo}\nText.\n:::\n`)).toEqual([
      { line: 12, column: 1, message: `uses the unknown callout \`:::${typo}\``, hint: `did you mean \`:::${firstCallout}\`?` },
    ]);
  });

  test('an unclosed callout is an error', () => {
    expect(problems(`:::${firstCallout}\nNever closed.\n`)).toEqual([
      expect.objectContaining({ line: 10, message: `opens \`:::${firstCallout}\` but never closes it` }),
    ]);
  });

  test('a tab for an unknown language gets a suggestion; a tab outside a set is an error', () => {
    const typo = `${firstLanguage}x`;
    expect(problems(`::::tabs\n:::tab[${typo}]\nOne.\n:::\n::::\n`)).toEqual([
      expect.objectContaining({ line: 11, message: `has a tab for the unknown language \`${typo}\``, hint: `did you mean \`${TAB_LANGUAGE_LABELS[firstLanguage]}\`?` }),
    ]);
    expect(problems(`:::tab[${firstLanguage}]\nOne.\n:::\n`)).toEqual([expect.objectContaining({ message: 'has a `:::tab` outside a tab set' })]);
  });

  test('text that parses as a directive (`host:port`) counts as written in heading ids', () => {
    const report = inspectBody('## Connect to host:port\n', { format: 'md', firstLine: 1 });
    expect([...report.headingIds]).toEqual(['connect-to-hostport']);
  });

  test('MDX components: an unknown callout type or tab language gets a suggestion', () => {
    const imports = "import Callout from '../../src/components/Callout.astro';\nimport Tab from '../../src/components/Tab.astro';\n\n";
    const found = inspectBody(`${imports}<Callout type="${firstCallout}x">Text.</Callout>\n\n<Tab lang="${firstLanguage}x">Code.</Tab>\n`, {
      format: 'mdx',
      firstLine: 1,
      file: '/site/content/guides/x.mdx',
      componentsDir: '/site/src/components',
    }).problems.map(({ message, hint }) => ({ message, hint }));
    expect(found).toEqual([
      { message: `uses the unknown callout type \`${firstCallout}x\``, hint: `did you mean \`${firstCallout}\`?` },
      { message: `has a tab for the unknown language \`${firstLanguage}x\``, hint: `did you mean \`${firstLanguage}\`?` },
    ]);
  });
});
