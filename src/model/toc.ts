/**
 * The table of contents of a page, from the headings Astro reports when it renders an entry (`render(entry)`), plus
 * any sections the page template adds. Built at build time: no script is needed to show it.
 */

/** A heading as Astro's `render()` reports it. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  /** The level-3 headings under a level-2 heading. */
  children: TocItem[];
}

/** Pages with fewer level-2 and level-3 headings than this are short enough to do without a table of contents. */
export const TOC_MINIMUM_HEADINGS = 3;

/** The level-2 headings of a page with their level-3 headings nested, or nothing for a short page. */
export function tableOfContents(headings: readonly PageHeading[], minimum = TOC_MINIMUM_HEADINGS): TocItem[] {
  const kept = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  if (kept.length < minimum) return [];
  const items: TocItem[] = [];
  for (const { depth, slug, text } of kept) {
    const item: TocItem = { slug, text, children: [] };
    const parent = items.at(-1);
    // A level-3 heading before any level-2 heading has no parent to sit under, so it is listed at the top level.
    if (depth === 3 && parent !== undefined) parent.children.push(item);
    else items.push(item);
  }
  return items;
}
