/** html-validate configuration for the built site (tests/e2e/html-validity.spec.ts validates every page of dist/). */
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Shiki colours code tokens with inline style attributes; no other markup of the site uses them.
    'no-inline-style': 'off',
    // Heading ids are slugs of the heading text and may start with a digit ("1-the-browser…"): valid in HTML5.
    'valid-id': ['error', { relaxed: true }],
    // Titles are entry names followed by the site name; they are not truncated.
    'long-title': 'off',
    // Subresource integrity matters for resources from other origins; every asset of the site is its own.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
