/**
 * Whether an entry's body has a tab set: a `::::tabs` directive in Markdown or a `<Tabs>` component in MDX. Its page
 * then carries the tab styles (src/reading/TabStyles.astro).
 */
export const hasTabSets = (body: string | undefined): boolean => body !== undefined && /^\s*::::tabs\b|<Tabs[\s>]/m.test(body);
