/**
 * The elements and attributes the reading aids add to a body (src/reading/code-frame.ts, directives.ts): the
 * renderer's sanitizer (src/markdown/sanitize.ts) keeps them. None of them can run script.
 */
export const READING_MARKUP = {
  tagNames: ['aside', 'button', 'div'],
  /** hast property names: `hidden` keeps a copy button hidden until it can work. */
  attributes: ['ariaLabel', 'role', 'hidden', 'dataEnhance', 'dataCopy', 'dataTab', 'dataPagefindIgnore'],
} as const;
