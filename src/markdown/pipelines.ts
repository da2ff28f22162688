/**
 * The Markdown pipelines the site renders with: `.md` on Sätteri (Astro's default Rust processor, which has GFM built
 * in and builds faster; docs/decisions/markdown-processors.md), MDX on unified with remark-gfm. Both link glossary
 * terms, prefix root-relative links with the base path, give every h2 and h3 a link to itself, turn callout and tab
 * directives into their HTML (src/reading/directives.ts), and highlight code with classes instead of inline styles,
 * so the CSP needs no 'unsafe-inline', in a frame with its title, language and copy button (src/reading/code-frame.ts).
 */
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import type { CheckReport } from '../content-check/index.ts';
import { rehypeBaseLinks, satteriBaseLinks } from './base-links.ts';
import { rehypeHeadingLinks, satteriHeadingLinks } from './heading-links.ts';
import { codeStylesAsClasses } from './code-styles.ts';
import { CODE_STYLE_RULES, CODE_THEMES } from './code-themes.ts';
import { GlossaryLinker, remarkGlossaryLinks, satteriGlossaryLinks } from './glossary-links.ts';
import { satteriSanitize } from './sanitize.ts';
import { codeFrames } from '../reading/code-frame.ts';
import { remarkDirectives, remarkDirectiveText, satteriDirectives, satteriDirectiveText } from '../reading/directives.ts';
import { glossaryTerms } from './term-index.ts';

export interface PipelineOptions {
  base: string;
  contentRoot: string;
  /** `unified` renders `.md` on the unified pipeline too, for the benchmark that measures the difference. */
  markdownProcessor?: string | undefined;
}

export function markdownPipelines({ base, contentRoot, markdownProcessor }: PipelineOptions) {
  // Links the first mention of each glossary term in every body; its terms come from the content check's parse.
  const glossaryLinker = new GlossaryLinker(contentRoot);
  const unifiedProcessor = unified({
    // Callouts and tabs after the glossary linker, so no term is linked inside a tab's button.
    remarkPlugins: [remarkGfm, remarkDirective, remarkDirectiveText, [remarkGlossaryLinks, glossaryLinker], remarkDirectives],
    rehypePlugins: [[rehypeBaseLinks, { base }], rehypeHeadingLinks],
  });
  return {
    /** Astro's `markdown` option. */
    markdown: {
      processor:
        markdownProcessor === 'unified'
          ? unifiedProcessor
          : satteri({
              features: { directive: true },
              mdastPlugins: [satteriDirectiveText(), satteriGlossaryLinks(glossaryLinker), satteriDirectives()],
              hastPlugins: [satteriBaseLinks(base), satteriSanitize(), satteriHeadingLinks()],
            }),
      shikiConfig: { theme: CODE_THEMES.light, transformers: [codeStylesAsClasses(CODE_STYLE_RULES), codeFrames()] },
    },
    /** The processor MDX takes (remark-gfm supplies tables, task lists and strikethrough there). */
    mdxProcessor: unifiedProcessor,
    /** Hands the glossary's names, read by the content check, to the linker before anything renders. */
    useCheckedContent: (report: CheckReport) => glossaryLinker.useTerms(glossaryTerms(report.files)),
  };
}
