/**
 * Which technologies a compare link asks for, and whether they can be compared: `?items=django,laravel` (or the
 * form's `?items=django&items=laravel`) names 2 to 4 technologies of one kind, by id or by one of their aliases
 * (`rails` → `ruby-on-rails`). Shared by the compare page's script and the links the build writes; it has no
 * imports so the browser bundle stays small.
 */

export const MIN_ITEMS = 2;
export const MAX_ITEMS = 4;

/** The query parameter that lists the technologies to compare. */
export const ITEMS_PARAMETER = 'items';

/** A technology that can be picked: what the compare page knows about each column. */
export interface CompareCandidate {
  id: string;
  name: string;
  kind: string;
  /** Other names, as slugs (see `toSlug`). */
  aliases: readonly string[];
}

export type Selection =
  | { status: 'none' }
  | { status: 'ok'; kind: string; ids: string[] }
  | { status: 'invalid'; message: string };

/** `Ruby on Rails` → `ruby-on-rails`: how names and aliases are matched against what a link says. */
export const toSlug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The items a query string names, as slugs, in order, each once. */
export function readItems(search: string): string[] {
  const values = new URLSearchParams(search).getAll(ITEMS_PARAMETER).flatMap((value) => value.split(','));
  return [...new Set(values.map(toSlug).filter((item) => item !== ''))];
}

/** "A", "A and B", "A, B and C". */
export const listNames = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** Resolves items against the candidates and checks they make a comparison: known, 2 to 4, all of one kind. */
export function resolveSelection(items: readonly string[], candidates: readonly CompareCandidate[]): Selection {
  if (items.length === 0) return { status: 'none' };
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const byAlias = new Map<string, CompareCandidate | null>();
  for (const candidate of candidates) {
    // An alias two technologies share names neither.
    for (const alias of candidate.aliases) byAlias.set(alias, byAlias.has(alias) ? null : candidate);
  }
  const found: CompareCandidate[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const candidate = byId.get(item) ?? byAlias.get(item);
    if (candidate == null) unknown.push(`“${item}”`);
    else if (!found.includes(candidate)) found.push(candidate);
  }
  if (unknown.length > 0) {
    return { status: 'invalid', message: `This guide has no technology called ${listNames(unknown)}.` };
  }
  if (found.length < MIN_ITEMS || found.length > MAX_ITEMS) {
    return {
      status: 'invalid',
      message: `A comparison needs ${MIN_ITEMS} to ${MAX_ITEMS} technologies; this link names ${found.length}.`,
    };
  }
  const kind = found[0]?.kind ?? '';
  if (found.some((candidate) => candidate.kind !== kind)) {
    return {
      status: 'invalid',
      message: `${listNames(found.map((candidate) => candidate.name))} are not the same kind of technology; a comparison needs ${MIN_ITEMS} to ${MAX_ITEMS} of one kind.`,
    };
  }
  return { status: 'ok', kind, ids: found.map((candidate) => candidate.id) };
}

/** The query string of a comparison, e.g. `?items=django,laravel`; ids are kebab-case, so nothing needs escaping. */
export const itemsQuery = (ids: readonly string[]) => `?${ITEMS_PARAMETER}=${ids.join(',')}`;
