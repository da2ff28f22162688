import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classesForStyle, codeStyleRules, codeStylesAsClasses, codeStylesCss } from '../../src/lib/markdown/code-styles.ts';
import { CODE_STYLE_RULES, CODE_STYLES_CSS, CODE_THEME_REGISTRATIONS, CODE_THEMES } from '../../src/lib/markdown/code-themes.ts';
import type { Root } from 'hast';

const light = { name: 'l', colors: { 'editor.foreground': '#111111', 'editor.background': '#FFFFFF' }, tokenColors: [{ settings: { foreground: '#AA0000' } }] };
const dark = { name: 'd', colors: { 'editor.foreground': '#EEEEEE', 'editor.background': '#000000' }, tokenColors: [{ settings: { foreground: '#FF8888' } }] };
const rules = codeStyleRules(light, dark);

describe('code highlighting without inline styles', () => {
  it('turns each declaration of a token into a class, dark values into dark classes', () => {
    expect(classesForStyle('color:#AA0000;--shiki-dark:#FF8888', rules)).toEqual(['sh-c-aa0000', 'shd-c-ff8888']);
    expect(classesForStyle('background-color:#fff;--shiki-dark-bg:#000000; overflow-x: auto;'.replace('#fff', '#ffffff'), rules)).toEqual([
      'sh-b-ffffff',
      'shd-b-000000',
      'sh-ox-auto',
    ]);
    expect(classesForStyle('font-style:italic;--shiki-dark-font-style:inherit', rules)).toEqual(['sh-fs-italic', 'shd-fs-inherit']);
  });

  it('fails on a declaration the themes cannot produce, instead of dropping a colour', () => {
    expect(() => classesForStyle('color:#123456', rules)).toThrow(/`color: #123456`, which has no class: run `npm run code-styles`/);
  });

  it('writes light rules, then dark rules inside prefers-color-scheme: dark', () => {
    const css = codeStylesCss(rules);
    expect(css).toContain('.sh-c-aa0000 { color: #aa0000; }');
    expect(css.indexOf('.shd-c-ff8888')).toBeGreaterThan(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(css.indexOf('.sh-c-aa0000')).toBeLessThan(css.indexOf('@media'));
  });

  it('moves every style attribute of a highlighted block into classes', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'pre',
          properties: { class: 'astro-code', style: 'background-color:#ffffff;--shiki-dark-bg:#000000' },
          children: [{ type: 'element', tagName: 'span', properties: { style: 'color:#aa0000;--shiki-dark:#ff8888' }, children: [{ type: 'text', value: 'x' }] }],
        },
      ],
    };
    const transformer = codeStylesAsClasses(rules);
    (transformer.root as (root: Root) => void).call({} as never, tree);
    const pre = tree.children[0] as { properties: Record<string, unknown>; children: { properties: Record<string, unknown> }[] };
    expect(pre.properties).toEqual({ className: ['astro-code', 'sh-b-ffffff', 'shd-b-000000'] });
    expect(pre.children[0]?.properties).toEqual({ className: ['sh-c-aa0000', 'shd-c-ff8888'] });
  });

  it('the committed stylesheet matches the configured themes (npm run code-styles regenerates it)', () => {
    expect(CODE_THEME_REGISTRATIONS.light.name).toBe(CODE_THEMES.light);
    expect(CODE_THEME_REGISTRATIONS.dark.name).toBe(CODE_THEMES.dark);
    expect(readFileSync(CODE_STYLES_CSS, 'utf8')).toBe(codeStylesCss(codeStyleRules(CODE_THEME_REGISTRATIONS.light, CODE_THEME_REGISTRATIONS.dark)));
    expect(CODE_STYLE_RULES.size).toBeGreaterThan(20);
  });
});
