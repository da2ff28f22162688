/**
 * Code blocks without inline styles, so the Content Security Policy can forbid `style` attributes. Shiki colors
 * every token with a `style` attribute; this transformer turns each declaration into a class, and
 * `src/styles/code-styles.css` (generated from the same table by `npm run code-styles`, kept in sync by a test) gives
 * every class its declaration, as a `light-dark()` pair where the dark theme's counterpart differs (so the page's
 * color scheme, the system's or the reader's choice, picks the color).
 *
 * Shiki tokenizes a block once per theme, so only the light theme is given to it: the dark theme is its counterpart
 * (the same rules for the same scopes in the same order), so each light declaration has exactly one dark one, and
 * the stylesheet swaps them. That halves the time highlighting takes. A declaration the table does not know fails
 * the build instead of losing its color.
 */
import type { ShikiTransformer, ThemeRegistrationAny } from '@shikijs/types';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

interface StyleRule {
  property: string;
  /** The light theme's value, which Shiki writes. */
  value: string;
  /** The dark theme's value for the same rule. */
  dark: string;
  className: string;
}

export type CodeStyleRules = ReadonlyMap<string, StyleRule>;

const PROPERTY_CODES: Readonly<Record<string, string>> = {
  color: 'c',
  'background-color': 'b',
  'font-style': 'fs',
  'font-weight': 'fw',
  'text-decoration': 'td',
  'overflow-x': 'ox',
  'user-select': 'us',
};

/** The declarations a TextMate `fontStyle` setting becomes in Shiki's output. */
const FONT_DECLARATIONS: Readonly<Record<string, readonly [string, string]>> = {
  italic: ['font-style', 'italic'],
  bold: ['font-weight', 'bold'],
  underline: ['text-decoration', 'underline'],
  strikethrough: ['text-decoration', 'line-through'],
};

const classNameOf = (property: string, value: string) =>
  `sh-${PROPERTY_CODES[property] ?? property}-${value.replace(/^#/, '').replace(/[^a-z0-9]+/gi, '-')}`;

const key = (property: string, value: string) => `${property}|${value}`;

type TokenColor = { scope?: string | string[]; settings: { foreground?: string; background?: string; fontStyle?: string } };

const tokenColorsOf = (theme: ThemeRegistrationAny): TokenColor[] => (theme.tokenColors ?? theme.settings ?? []) as TokenColor[];

/**
 * Every declaration the light theme can produce, each with its class and the dark theme's value for it. Throws when
 * the two themes are not counterparts (their rules differ in scopes, or one light value has two dark ones).
 */
export function codeStyleRules(light: ThemeRegistrationAny, dark: ThemeRegistrationAny): Map<string, StyleRule> {
  const rules = new Map<string, StyleRule>();
  const add = (property: string, lightValue: string, darkValue: string) => {
    const value = lightValue.toLowerCase();
    const counterpart = darkValue.toLowerCase();
    const existing = rules.get(key(property, value));
    if (existing !== undefined && existing.dark !== counterpart) {
      throw new Error(`${light.name} and ${dark.name} are not counterparts: \`${property}: ${value}\` is both ${existing.dark} and ${counterpart} in the dark theme.`);
    }
    rules.set(key(property, value), { property, value, dark: counterpart, className: classNameOf(property, value) });
  };
  const pair = (property: string, lightValue: string | undefined, darkValue: string | undefined) => {
    if (lightValue !== undefined && darkValue !== undefined) add(property, lightValue, darkValue);
  };
  const lightColors = light.colors ?? {};
  const darkColors = dark.colors ?? {};
  for (const name of ['editor.foreground', 'foreground']) pair('color', lightColors[name], darkColors[name]);
  pair('background-color', lightColors['editor.background'], darkColors['editor.background']);
  const lightRules = tokenColorsOf(light);
  const darkRules = tokenColorsOf(dark);
  const scopes = (rule: TokenColor | undefined) => [rule?.scope ?? []].flat().join(',');
  if (lightRules.length !== darkRules.length || lightRules.some((rule, index) => scopes(rule) !== scopes(darkRules[index]))) {
    throw new Error(`${light.name} and ${dark.name} are not counterparts: their rules do not match scope for scope.`);
  }
  lightRules.forEach(({ settings }, index) => {
    const darkSettings = darkRules[index]?.settings ?? {};
    pair('color', settings.foreground, darkSettings.foreground);
    pair('background-color', settings.background, darkSettings.background);
  });
  for (const [property, value] of Object.values(FONT_DECLARATIONS)) add(property, value, value);
  add('overflow-x', 'auto', 'auto');
  add('user-select', 'none', 'none');
  return rules;
}

/** The stylesheet for the classes: each with its declaration, a `light-dark()` pair when the dark value differs. */
export function codeStylesCss(rules: CodeStyleRules): string {
  const sorted = [...rules.values()].sort((a, b) => a.className.localeCompare(b.className));
  return [
    '/* Generated by `npm run code-styles` from the Shiki themes in code-themes.ts; do not edit. */',
    ...sorted.map(({ className, property, value, dark }) =>
      dark === value ? `.${className} { ${property}: ${value}; }` : `.${className} { ${property}: light-dark(${value}, ${dark}); }`,
    ),
    '',
  ].join('\n');
}

/** The classes for one `style` attribute; throws on a declaration the rules do not cover. */
export function classesForStyle(style: string, rules: CodeStyleRules): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim().toLowerCase();
    const found = rules.get(key(property, value));
    if (found === undefined) {
      throw new Error(`Code highlighting produced the style \`${property}: ${value}\`, which has no class: run \`npm run code-styles\` after changing the Shiki themes.`);
    }
    classes.push(found.className);
  }
  return classes;
}

/** The Shiki transformer: runs last on each block and moves every `style` attribute into classes. */
export function codeStylesAsClasses(rules: CodeStyleRules): ShikiTransformer {
  // A block repeats a handful of styles; each is parsed once per build.
  const classesByStyle = new Map<string, string[]>();
  return {
    name: 'backend-field-guide:code-styles-as-classes',
    root(root: Root) {
      visit(root, 'element', (node: Element) => {
        const style = node.properties['style'];
        if (typeof style !== 'string') return;
        const existing = node.properties['className'] ?? node.properties['class'];
        const current = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(/\s+/).filter(Boolean) : [];
        delete node.properties['style'];
        delete node.properties['class'];
        let classes = classesByStyle.get(style);
        if (classes === undefined) {
          classes = classesForStyle(style, rules);
          classesByStyle.set(style, classes);
        }
        node.properties['className'] = [...current, ...classes];
      });
    },
  };
}
