import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriSanitize } from '../../src/markdown/sanitize.ts';
import { HOSTILE_ENTRY, writeHostileCorpus } from '../support/corpus.ts';

async function render(markdown: string) {
  const result = (await markdownToHtml(markdown, { hastPlugins: [satteriSanitize()] } as never)) as { html: string };
  return result.html;
}

const HOSTILE_BODY = readFileSync(HOSTILE_ENTRY, 'utf8').split(/^---$/m).slice(2).join('---');

describe('the renderer sanitizes hostile bodies on its own', () => {
  it('leaves nothing that can run script in the hostile fixture', async () => {
    const html = await render(HOSTILE_BODY);
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<base|<meta|<form|<style|<svg|<details/i);
    expect(html).not.toMatch(/\son[a-z]+=|\sstyle=|srcdoc/i);
    expect(html).not.toMatch(/\s(?:href|src|action|data)="\s*(?:javascript|vbscript|data):/i);
    expect(html).toContain('HOSTILE link two');
    expect(html).toContain('<b>hover</b>');
  });

  it.each([
    ['a script element', '<script>alert(1)</script>', '<script'],
    ['an event handler on an allowed tag', '<b onclick="alert(1)">x</b>', 'onclick'],
    ['a javascript: link', '[x](javascript:alert(1))', 'javascript:'],
    ['an entity-obfuscated javascript: link', '<a href="jav&#x09;ascript:alert(1)">x</a>', 'ascript:'],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', 'data:'],
    ['a base element', '<base href="https://evil.example/">', '<base'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', '<meta'],
    ['a srcdoc frame', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', 'srcdoc'],
  ])('removes %s', async (_, markdown, forbidden) => {
    expect((await render(markdown)).toLowerCase()).not.toContain(forbidden);
  });

  it('keeps what Markdown and the allowed tags produce: heading ids, tables, code, safe links', async () => {
    const html = await render('## A heading <a id="a-heading"></a>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`code` <kbd>Ctrl</kbd> <abbr title="HyperText">HTML</abbr> [site](https://example.org/) [page](/glossary/api/)\n');
    expect(html).toContain('<a id="a-heading"></a>');
    expect(html).toContain('<table>');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toContain('<abbr title="HyperText">HTML</abbr>');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="/glossary/api/"');
  });

  it('leaves documents without raw HTML or unsafe links untouched', async () => {
    const markdown = '# Title\n\nPlain *text* with a [link](/glossary/api/).\n';
    const result = (await markdownToHtml(markdown, { hastPlugins: [satteriSanitize()] } as never)) as { html: string; data: Record<string, unknown> };
    expect(result.html).toBe(((await markdownToHtml(markdown)) as { html: string }).html);
    expect(result.data).toEqual({});
  });
});

describe('the content check rejects the hostile fixture first', () => {
  it('reports every hostile line of the body', async () => {
    const { checkContent } = await import('../../src/content-check/index.ts');
    const root = await mkdtemp(path.join(tmpdir(), 'bfg-hostile-'));
    await writeHostileCorpus(root);
    const report = await checkContent(root, { cwd: root }).finally(() => rm(root, { recursive: true, force: true }));
    const file = 'glossary/hostile-body.md';
    const source = readFileSync(HOSTILE_ENTRY, 'utf8').split('\n');
    const hostileLines = source.flatMap((line, index) => (index > 9 && /^[<[!]/.test(line) ? [index + 1] : []));
    const reported = new Set(report.problems.filter((problem) => problem.file === file).map((problem) => problem.line));
    expect(hostileLines.length).toBeGreaterThan(15);
    expect(hostileLines.filter((line) => !reported.has(line))).toEqual([]);
    expect(report.ok).toBe(false);
  });
});
