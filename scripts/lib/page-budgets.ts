/**
 * The page-weight budgets, in one place: for each type of page, the most its first view (HTML + stylesheets +
 * scripts at start, brotli) may weigh; plus the limits every page shares. The budget test (`tests/e2e/page-weight.spec.ts`)
 * measures the largest page of each type in the built site and fails, printing every size, when one grows past
 * its budget. The entry budget is the first TCP round trip (~14 KB); the others sit ~15% above the size measured
 * when they were set, so a real jump fails while normal content growth does not.
 */
import { readdirSync } from 'node:fs';
import { COLLECTIONS } from '../../src/schemas/registry.ts';
import { measureFirstView, type FirstView, type Resource } from './page-weight.ts';

const KB = 1024;

/**
 * The most the first view of any page of a type may weigh, in brotli bytes; `pageType` says which pages each type
 * covers. The entry budget is the first TCP round trip (14 KB), and guides are held to it too; the others follow what
 * each type must carry. Measured when last set (largest page, 315 entries, with the three-column layout, the reading
 * aids, the speculation rules and the link-preview tags; the search panel and link previews bring their styles when
 * they open, and diagrams, comparison tables, path pages, the hub and tab sets bring theirs only to the pages that
 * show them): home 8.3 KB, index 23.8 KB (the glossary A–Z), entry 13.6 KB (PostgreSQL, whose "Referenced by" lists
 * over 90 pages), comparison 12.1 KB, guide 13.9 KB (nine callouts and a diagram), path 18.1 KB (Backend foundations,
 * 63 steps with their summaries), compare 83.1 KB (every technology's points, so readers without JavaScript get every
 * table), hub 12.4 KB, other 7.6 KB (the search page).
 */
export const FIRST_VIEW_BUDGETS = {
  home: 9.25 * KB,
  index: 26 * KB,
  entry: 14 * KB,
  comparison: 13.5 * KB,
  guide: 14 * KB,
  path: 20 * KB,
  compare: 96 * KB,
  hub: 13.5 * KB,
  other: 8.5 * KB,
} as const;

export type PageType = keyof typeof FIRST_VIEW_BUDGETS;

/** Every page: at most this much JavaScript (brotli) at start; anything larger loads on interaction. */
export const SCRIPT_BUDGET = 1 * KB;

/**
 * Pages whose whole purpose is interactive — the compare picker, the search page, "Save the whole guide" — carry
 * their own small script on top of the shared start-up script (1.0 KB): they get 1.5 KB. Every page a reader reads
 * (home, indexes, entries, comparisons, guides, the hub) stays within 1 KB.
 */
export const INTERACTIVE_SCRIPT_BUDGET = 1.5 * KB;

export const scriptBudget = (type: PageType) => (type === 'compare' || type === 'other' ? INTERACTIVE_SCRIPT_BUDGET : SCRIPT_BUDGET);

/**
 * The most stylesheets a page links: the shared one, and the files of the few components only some pages show
 * (diagrams, comparison tables, the hub). Those stay files, all linked from the head, rather than inline styles: an
 * inline style's hash would go into every page's policy.
 */
export const MAX_STYLESHEETS_PER_PAGE = 3;

const ENTRY_COLLECTIONS: readonly string[] = ['glossary', 'technologies'];
const COLLECTION_NAMES: readonly string[] = COLLECTIONS;

/**
 * The type of a built page from its file in the output folder: `index.html` is home; `glossary/index.html` (and the
 * other collections') an index; `glossary/rest/index.html` and `technologies/django/index.html` entries;
 * `glossary/category/x/` and `technologies/kind/x/` indexes too; `comparisons/x/`, `guides/x/`, `paths/x/`, `compare/` and the
 * frontend/backend hub their own types; anything else (search, offline reading, not found) other.
 */
export function pageType(file: string): PageType {
  const parts = file.split('/');
  if (parts.at(-1) !== 'index.html') return 'other';
  const [first = '', second] = parts;
  if (parts.length === 1) return 'home';
  if (parts.length === 2 && COLLECTION_NAMES.includes(first)) return 'index';
  if (parts.length === 2 && first === 'compare') return 'compare';
  if (parts.length === 2 && first === 'frontend-and-backend') return 'hub';
  if (parts.length === 4 && (first === 'glossary' || first === 'technologies') && (second === 'category' || second === 'kind')) return 'index';
  if (parts.length === 3 && second !== undefined) {
    if (ENTRY_COLLECTIONS.includes(first)) return 'entry';
    if (first === 'comparisons') return 'comparison';
    if (first === 'guides') return 'guide';
    if (first === 'paths') return 'path';
  }
  return 'other';
}

export interface TypeWeight {
  type: PageType;
  /** How many pages of this type the site has. */
  pages: number;
  /** The page of this type with the heaviest first view. */
  largest: FirstView;
  /** The largest scripts-at-start weight of any page of this type. */
  maxScriptBrotli: number;
  /** Pages of this type that do not link exactly one stylesheet, with the stylesheets they link. */
  stylesheetCounts: { page: string; stylesheets: number }[];
  /** Pages of this type whose scripts at start import other files, with those files. */
  importedScripts: { page: string; files: string[] }[];
}

/** Measures every page of a built site and keeps, per page type, the heaviest one. */
export function measureSite(distDir: string, base = '/'): TypeWeight[] {
  const cache = new Map<string, Resource>();
  const byType = new Map<PageType, TypeWeight>();
  const pages = readdirSync(distDir, { recursive: true })
    .map((file) => String(file).split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const page of pages) {
    const view = measureFirstView(distDir, page, { base, cache });
    const type = pageType(page);
    const weight = byType.get(type) ?? { type, pages: 0, largest: view, maxScriptBrotli: 0, stylesheetCounts: [], importedScripts: [] };
    weight.pages++;
    if (view.brotli > weight.largest.brotli) weight.largest = view;
    weight.maxScriptBrotli = Math.max(weight.maxScriptBrotli, view.scriptBrotli);
    if (view.stylesheets.length < 1 || view.stylesheets.length > MAX_STYLESHEETS_PER_PAGE) weight.stylesheetCounts.push({ page, stylesheets: view.stylesheets.length });
    if (view.importedScripts.length > 0) weight.importedScripts.push({ page, files: view.importedScripts.map((script) => script.file) });
    byType.set(type, weight);
  }
  return (Object.keys(FIRST_VIEW_BUDGETS) as PageType[]).flatMap((type) => byType.get(type) ?? []);
}

/** Every budget a measured site breaks, as sentences that name the page and both sizes. */
export function budgetProblems(weights: readonly TypeWeight[]): string[] {
  const problems: string[] = [];
  for (const { type, largest, maxScriptBrotli, stylesheetCounts, importedScripts } of weights) {
    const budget = FIRST_VIEW_BUDGETS[type];
    if (largest.brotli > budget) {
      problems.push(`${type}: ${largest.page} weighs ${formatKb(largest.brotli)} at first view, over its budget of ${formatKb(budget)}`);
    }
    if (maxScriptBrotli > scriptBudget(type)) {
      problems.push(`${type}: a page loads ${formatKb(maxScriptBrotli)} of scripts at start, over the ${formatKb(scriptBudget(type))} budget`);
    }
    for (const { page, stylesheets } of stylesheetCounts) {
      problems.push(`${type}: ${page} links ${stylesheets} stylesheets; a page links 1 to ${MAX_STYLESHEETS_PER_PAGE}`);
    }
    for (const { page, files } of importedScripts) {
      problems.push(
        `${type}: ${page} starts a script that imports ${files.join(', ')}, requested only once that script has arrived; bundle it into the script`,
      );
    }
  }
  return problems;
}

export const formatKb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The measured sizes as a plain-text table, one row per page type. */
export function formatWeightTable(weights: readonly TypeWeight[]): string {
  const header = ['type', 'pages', 'largest page', 'HTML', 'CSS', 'JS at start', 'first view', 'budget'];
  const rows = weights.map(({ type, pages, largest, maxScriptBrotli }) => [
    type,
    String(pages),
    largest.page,
    formatKb(largest.html.brotli),
    formatKb(largest.stylesheets.reduce((sum, sheet) => sum + sheet.brotli, 0)),
    formatKb(maxScriptBrotli),
    formatKb(largest.brotli),
    formatKb(FIRST_VIEW_BUDGETS[type]),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [`First view, brotli (largest page of each type; JS at start is the largest of the type):`, line(header), ...rows.map(line)].join('\n');
}
