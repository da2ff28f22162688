/**
 * The page's Speculation Rules: Chromium prerenders a same-site page once the reader shows intent (a short hover or a
 * pointer down on its link, "moderate" eagerness), so the click shows it at once. Data files and downloads are left
 * alone: they are not pages, and prerendering them would only waste bytes. This module is the one source of the JSON:
 * the layout prints it and astro.config.mjs lists its hash in the Content Security Policy, so the two cannot drift.
 */
import { joinBase } from './urls.ts';

/**
 * Site paths (relative to the base) and file endings that are never prerendered: the JSON exports, the feed and
 * sitemap, the offline bundle. Document rules only see `<a>` links, so files named by `<link>` (the manifest, icons)
 * need no entry; each entry costs bytes on every page.
 */
export const NOT_PRERENDERED = {
  folders: ['api/'],
  extensions: ['json', 'xml', 'zip'],
} as const;

/** The JSON of the `<script type="speculationrules">` for a site hosted under `base`. */
export function speculationRules(base: string): string {
  const root = joinBase(base, '');
  const excluded = [
    ...NOT_PRERENDERED.folders.map((folder) => `${root}${folder}*`),
    ...NOT_PRERENDERED.extensions.map((extension) => `${root}*.${extension}`),
  ];
  return JSON.stringify({
    prerender: [
      {
        where: {
          and: [
            { href_matches: `${root}*` },
            { not: { href_matches: excluded } },
            // A link marked as a download.
            { not: { selector_matches: '[download]' } },
          ],
        },
        eagerness: 'moderate',
      },
    ],
  });
}
