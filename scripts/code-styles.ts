/** `npm run code-styles`: regenerates src/styles/code-styles.css from the code highlighting themes. */
import { writeFile } from 'node:fs/promises';
import { CODE_STYLE_RULES, CODE_STYLES_CSS } from '../src/markdown/code-themes.ts';
import { codeStylesCss } from '../src/markdown/code-styles.ts';

await writeFile(CODE_STYLES_CSS, codeStylesCss(CODE_STYLE_RULES));
console.log(`✔ ${CODE_STYLES_CSS}: ${CODE_STYLE_RULES.size} classes`);
