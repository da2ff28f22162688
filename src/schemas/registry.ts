/**
 * Registries of the closed vocabularies used in front matter. Each registry is declared once, as its values with
 * their display labels; the values feed a `z.enum(...)`, so an entry can only name a value the site knows how to
 * label, group and filter. Add a value here (with its label) to allow it. Order is display order.
 */

function registry<const Labels extends Record<string, string>>(labels: Labels) {
  type Value = Extract<keyof Labels, string>;
  return { values: Object.keys(labels) as [Value, ...Value[]], labels: labels as Readonly<Record<Value, string>> };
}

/** The collections under the content root, one folder each. */
export const COLLECTIONS = ['glossary', 'technologies', 'comparisons', 'guides', 'paths'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** What one entry of each collection is called: the type shown next to search results and used as their filter. */
export const ENTRY_TYPE_LABELS: Readonly<Record<CollectionName, string>> = {
  glossary: 'Glossary term',
  technologies: 'Technology',
  comparisons: 'Comparison',
  guides: 'Guide',
  paths: 'Path',
};

/** Where a concept or technology lives in a web system. */
export const { values: SIDES, labels: SIDE_LABELS } = registry({
  frontend: 'Frontend',
  backend: 'Backend',
  both: 'Frontend and backend',
  infrastructure: 'Infrastructure',
});
export type Side = (typeof SIDES)[number];

/** Topic groups of the glossary. */
export const { values: GLOSSARY_CATEGORIES, labels: GLOSSARY_CATEGORY_LABELS } = registry({
  api: 'APIs and protocols',
  architecture: 'Architecture',
  cloud: 'Cloud',
  data: 'Data and databases',
  operations: 'Operations',
  programming: 'Programming',
  security: 'Security',
  testing: 'Testing',
  web: 'The web',
});
export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

/** What kind of thing a technology card describes. */
export const { values: TECHNOLOGY_KINDS, labels: TECHNOLOGY_KIND_LABELS } = registry({
  language: 'Languages',
  runtime: 'Runtimes and platforms',
  framework: 'Frameworks',
  library: 'Libraries',
  database: 'Databases and stores',
  messaging: 'Messaging and streaming',
  'web-server': 'Web servers and proxies',
  'cloud-platform': 'Cloud platforms',
  'cloud-service': 'Cloud services',
  baas: 'Backend as a Service',
  tool: 'Tools',
});
export type TechnologyKind = (typeof TECHNOLOGY_KINDS)[number];

/** Sections of the guide pages, in reading order. */
export const { values: GUIDE_SECTIONS, labels: GUIDE_SECTION_LABELS } = registry({
  foundations: 'Foundations',
  architecture: 'Architecture',
  practice: 'Practice',
  career: 'Career',
});
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** Values of a yes / no / partial comparison cell. */
export const SUPPORT_LEVELS = ['yes', 'no', 'partial'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/** The kinds of callout a body may use (`:::note` … `:::` in Markdown, `<Callout type="note">` in MDX). */
export const { values: CALLOUT_TYPES, labels: CALLOUT_LABELS } = registry({
  note: 'Note',
  tip: 'Tip',
  caution: 'Caution',
  danger: 'Danger',
});
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/**
 * The languages a tab set may show (`:::tab[Python]` in Markdown, `<Tab lang="python">` in MDX); a reader's choice
 * of one applies to every tab set on the site. src/styles/reading.css shows the remembered one before the tab script
 * arrives, with two rules per language (a test checks it covers every language here).
 */
export const { values: TAB_LANGUAGES, labels: TAB_LANGUAGE_LABELS } = registry({
  python: 'Python',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  go: 'Go',
  java: 'Java',
  csharp: 'C#',
  ruby: 'Ruby',
  php: 'PHP',
  rust: 'Rust',
  sql: 'SQL',
  shell: 'Shell',
});
export type TabLanguage = (typeof TAB_LANGUAGES)[number];
