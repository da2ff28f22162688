/**
 * Fragment ids that page templates put on every entry page, besides the ids of the body's own headings. Components
 * use these constants, and the content check accepts them as link targets (`/technologies/django/#card-pros`).
 */
export const PAGE_ANCHORS = {
  main: 'main',
  facts: 'entry-facts',
  sources: 'entry-sources',
  referencedBy: 'referenced-by',
  features: 'card-features',
  pros: 'card-pros',
  cons: 'card-cons',
  useCases: 'card-use-cases',
  contents: 'page-contents',
} as const;

/** The heading of the section that lists an entry's counterparts across the frontend/backend line. */
export const COUNTERPARTS_HEADING = 'On the other side';

/** The id of a "related" section, from its heading: "Related concepts" → `related-related-concepts`. */
export const relatedSectionId = (heading: string) => `related-${heading.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/** Every fixed anchor an entry page may have. */
export const FIXED_ENTRY_ANCHORS: ReadonlySet<string> = new Set([
  ...Object.values(PAGE_ANCHORS),
  ...['Related concepts', 'Technologies', 'Concepts', 'Alternatives', 'Related technologies', 'Related', 'Read next', COUNTERPARTS_HEADING].map(relatedSectionId),
]);

/** The id of the narrow screens' menu dialog, which the header's menu button opens with an invoker command. */
export const MENU_DIALOG_ID = 'site-menu';
