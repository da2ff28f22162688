import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classesForStyle, codeStyleRules, codeStylesAsClasses, codeStylesCss } from '../../src/markdown/code-styles.ts';
import { CODE_STYLE_RULES, CODE_STYLES_CSS, CODE_THEME_REGISTRATIONS, CODE_THEMES } from '../../src/markdown/code-themes.ts';
import type { Root } from 'hast';

const lightKeyword = { scope: 'keyword', settings: { foreground: '#AA0000' } };
const darkKeyword = { scope: 'keyword', settings: { foreground: '#FF8888' } };
const light = {
  name: 'l',
  colors: { 'editor.foreground': '#111111', 'editor.background': '#FFFFFF' },
  tokenColors: [lightKeyword, { scope: ['comment'], settings: { foreground: '#555555', fontStyle: 'italic' } }],
};
const dark = {
  name: 'd',
  colors: { 'editor.foreground': '#EEEEEE', 'editor.background': '#000000' },
  tokenColors: [darkKeyword, { scope: ['comment'], settings: { foreground: '#AAAAAA', fontStyle: 'italic' } }],
};
const rules = codeStyleRules(light, dark);

describe('code highlighting without inline styles', () => {
  it('turns each declaration of a token into a class', () => {
    expect(classesForStyle('color:#AA0000', rules)).toEqual(['sh-c-aa0000']);
    expect(classesForStyle('background-color:#ffffff;color:#111111; overflow-x: auto;', rules)).toEqual(['sh-b-ffffff', 'sh-c-111111', 'sh-ox-auto']);
    expect(classesForStyle('color:#555555;font-style:italic', rules)).toEqual(['sh-c-555555', 'sh-fs-italic']);
  });

  it('fails on a declaration the themes cannot produce, instead of dropping a color', () => {
    expect(() => classesForStyle('color:#123456', rules)).toThrow(/`color: #123456`, which has no class: run `npm run code-styles`/);
  });

  it('gives each class its light value and the dark theme value of the same rule as a light-dark() pair', () => {
    const css = codeStylesCss(rules);
    expect(css).toContain('.sh-c-aa0000 { color: light-dark(#aa0000, #ff8888); }');
    expect(css).toContain('.sh-b-ffffff { background-color: light-dark(#ffffff, #000000); }');
    // The same in both themes: one plain value.
    expect(css).toContain('.sh-fs-italic { font-style: italic; }');
    expect(css).not.toContain('prefers-color-scheme');
  });

  it('refuses themes that are not counterparts, whose dark colors could not be derived from the light ones', () => {
    const reordered = { ...dark, tokenColors: [...dark.tokenColors].reverse() };
    expect(() => codeStyleRules(light, reordered)).toThrow(/not counterparts: their rules do not match scope for scope/);
    const sameLightColor = { ...light, tokenColors: [lightKeyword, { scope: ['comment'], settings: { foreground: '#AA0000' } }] };
    const twoDarkColors = { ...dark, tokenColors: [darkKeyword, { scope: ['comment'], settings: { foreground: '#00FF00' } }] };
    expect(() => codeStyleRules(sameLightColor, twoDarkColors)).toThrow(/`color: #aa0000` is both #ff8888 and #00ff00/);
  });

  it('moves every style attribute of a highlighted block into classes', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'pre',
          properties: { class: 'astro-code', style: 'background-color:#ffffff;color:#111111' },
          children: [{ type: 'element', tagName: 'span', properties: { style: 'color:#aa0000' }, children: [{ type: 'text', value: 'x' }] }],
        },
      ],
    };
    const transformer = codeStylesAsClasses(rules);
    (transformer.root as (root: Root) => void).call({} as never, tree);
    const pre = tree.children[0] as { properties: Record<string, unknown>; children: { properties: Record<string, unknown> }[] };
    expect(pre.properties).toEqual({ className: ['astro-code', 'sh-b-ffffff', 'sh-c-111111'] });
    expect(pre.children[0]?.properties).toEqual({ className: ['sh-c-aa0000'] });
  });

  it('the committed stylesheet matches the configured themes (npm run code-styles regenerates it)', () => {
    expect(CODE_THEME_REGISTRATIONS.light.name).toBe(CODE_THEMES.light);
    expect(CODE_THEME_REGISTRATIONS.dark.name).toBe(CODE_THEMES.dark);
    expect(readFileSync(CODE_STYLES_CSS, 'utf8')).toBe(codeStylesCss(codeStyleRules(CODE_THEME_REGISTRATIONS.light, CODE_THEME_REGISTRATIONS.dark)));
    expect(CODE_STYLE_RULES.size).toBeGreaterThan(20);
  });
});
