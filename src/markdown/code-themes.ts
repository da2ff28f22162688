/** The code highlighting themes (high-contrast, for WCAG AA on both backgrounds) and the classes they need. */
import githubDarkHighContrast from '@shikijs/themes/github-dark-high-contrast';
import githubLightHighContrast from '@shikijs/themes/github-light-high-contrast';
import { codeStyleRules } from './code-styles.ts';

// The registrations must be the themes CODE_THEMES names; a test compares their names.
export const CODE_THEME_REGISTRATIONS = { light: githubLightHighContrast, dark: githubDarkHighContrast };

/**
 * By name: Shiki then loads and caches each theme once, instead of normalizing an object for every code block. Only
 * the light theme highlights; the stylesheet gives its classes the dark theme's colors (see code-styles.ts).
 */
export const CODE_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

export const CODE_STYLE_RULES = codeStyleRules(CODE_THEME_REGISTRATIONS.light, CODE_THEME_REGISTRATIONS.dark);

/** Where the generated stylesheet lives; global.css imports it. */
export const CODE_STYLES_CSS = 'src/styles/code-styles.css';
