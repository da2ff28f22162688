/** The code highlighting themes (high-contrast, for WCAG AA on both backgrounds) and the classes they need. */
import githubDarkHighContrast from '@shikijs/themes/github-dark-high-contrast';
import githubLightHighContrast from '@shikijs/themes/github-light-high-contrast';
import { codeStyleRules } from './code-styles.ts';

export const CODE_THEMES = { light: githubLightHighContrast, dark: githubDarkHighContrast };

export const CODE_STYLE_RULES = codeStyleRules(CODE_THEMES.light, CODE_THEMES.dark);

/** Where the generated stylesheet lives; global.css imports it. */
export const CODE_STYLES_CSS = 'src/styles/code-styles.css';
