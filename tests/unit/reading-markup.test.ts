/**
 * The reading aids' build-time markup, Markdown in and HTML out, on both pipelines: Sätteri (as `.md` renders, with
 * Astro's Shiki highlighter and the site's plugins) and unified (as MDX renders, with remark-directive and rehype-shiki).
 */
import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { rehypeShiki } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { readFile } from 'node:fs/promises';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { codeStylesAsClasses } from '../../src/markdown/code-styles.ts';
import { CODE_STYLE_RULES, CODE_THEMES } from '../../src/markdown/code-themes.ts';
import { satteriSanitize } from '../../src/markdown/sanitize.ts';
import { codeFrames, codeTitle } from '../../src/reading/code-frame.ts';
import { TAB_LANGUAGES } from '../../src/schemas/registry.ts';
import { remarkDirectives, remarkDirectiveText, satteriDirectives, satteriDirectiveText } from '../../src/reading/directives.ts';

const shikiConfig = { theme: CODE_THEMES.light, transformers: [codeStylesAsClasses(CODE_STYLE_RULES), codeFrames()] };

async function withSatteri(markdown: string): Promise<string> {
  const highlight = await satteriCreateHighlightFn('shiki', shikiConfig);
  if (highlight === undefined) throw new Error('no highlighter');
  const { html } = await markdownToHtml(markdown, {
    features: { directive: true },
    mdastPlugins: [satteriDirectiveText(), satteriDirectives()],
    hastPlugins: [satteriHighlightPlugin(highlight, []), satteriSanitize()],
  });
  return html;
}

async function withUnified(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkDirectiveText)
    .use(remarkDirectives)
    .use(remarkRehype)
    .use(rehypeShiki, shikiConfig)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

const PIPELINES = [
  ['Sätteri (.md)', withSatteri],
  ['unified (MDX)', withUnified],
] as const;

/** The same HTML whatever whitespace sits between elements. */
const normalize = (html: string) => html.replace(/>\s+</g, '><').trim();

describe.each(PIPELINES)('reading markup on %s', (_name, render) => {
  test('a code block gets a header with its title, its language, a hidden copy button and a live region', async () => {
    const html = await render('```js title="server.js"\nconst port = 3000;\n```\n');
    expect(html).toMatch(
      /^<div class="code-block" data-enhance=""><div class="code-block__header" data-pagefind-ignore=""><span class="code-block__title">server\.js<\/span><span class="code-block__language">JavaScript<\/span><button type="button" class="code-block__copy" data-copy="" hidden>Copy<\/button><span class="visually-hidden" role="status"><\/span><\/div><pre [^>]*data-language="js"[^>]*><code>/,
    );
  });

  test('a block without a title or language shows neither', async () => {
    const html = await render('```\nplain\n```\n');
    expect(html).not.toContain('code-block__title');
    expect(html).not.toContain('code-block__language');
    expect(html).toContain('code-block__copy');
  });

  test('callouts: an aside with the role of a note, named by its kind, with its default or given title', async () => {
    const html = normalize(await render(':::note\nRead this.\n:::\n\n:::caution[Mind the *gap*]\nCareful.\n:::\n'));
    expect(html).toContain('<aside class="callout callout--note" role="note" aria-label="Note"><p class="callout__title">Note</p><p>Read this.</p></aside>');
    expect(html).toContain('<aside class="callout callout--caution" role="note" aria-label="Caution: Mind the gap"><p class="callout__title">Mind the <em>gap</em></p><p>Careful.</p></aside>');
  });

  test('tabs: a list of buttons, then one labelled panel per language', async () => {
    const html = normalize(await render('::::tabs\n:::tab[Python]\nFirst.\n:::\n:::tab[go]\nSecond.\n:::\n::::\n'));
    expect(html).toBe(
      '<div class="tabs" data-enhance=""><div class="tabs__list"><button type="button" class="tabs__tab" data-tab="python">Python</button><button type="button" class="tabs__tab" data-tab="go">Go</button></div>' +
        '<div class="tabs__panel" data-tab="python"><p class="tabs__label">Python</p><p>First.</p></div>' +
        '<div class="tabs__panel" data-tab="go"><p class="tabs__label">go</p><p>Second.</p></div></div>',
    );
  });

  test('text that looks like a directive stays as written', async () => {
    const html = await render('Connect to host:port, e.g. localhost:5432.\n\n::leaf[x]{a=b}\n');
    expect(html).toContain('host:port, e.g. localhost:5432.');
    expect(html).toContain('<p>::leaf[x]{a=b}</p>');
  });
});

test('a code title is read from the fence meta, with either quote', () => {
  expect(codeTitle('title="server.js"')).toBe('server.js');
  expect(codeTitle("ins={2} title='app/main.py'")).toBe('app/main.py');
  expect(codeTitle('subtitle="x"')).toBeUndefined();
  expect(codeTitle(undefined)).toBeUndefined();
});

test('the stylesheet shows the chosen language, from the first paint, for every tab language', async () => {
  const css = await readFile('src/reading/tabs.css', 'utf8');
  for (const language of TAB_LANGUAGES) {
    const set = `:root[data-tab='${language}'] .tabs:has(> [data-tab='${language}'])`;
    expect(css).toContain(`${set} > .tabs__panel {\n  display: none;\n}`);
    expect(css).toContain(`${set} > [data-tab='${language}'] {\n  display: block;\n}`);
  }
});
