/**
 * Terms the guide keeps using without explaining: names mentioned in the bodies of three or more entries that no
 * entry has as its id, title or alias. A term is an acronym ("SSH", "CRDTs"), a capitalized name in the middle of a
 * sentence ("Spring Security", "GitHub Actions") or a phrase the writer set in bold ("**race condition**"). The list
 * is a starting point for a person deciding what to write next, not a verdict.
 */
import { normalizeName } from '../../src/text/names.ts';

export interface TermSource {
  /** `collection/id`, e.g. `glossary/caching`. */
  entry: string;
  /** The body in Markdown. */
  body: string;
  /** The entry's own names: id, title and aliases. */
  names: readonly string[];
}

export interface TermGap {
  term: string;
  /** Entries that mention it, sorted. */
  entries: string[];
}

/** Capitalized words that start phrases without naming anything. */
const NOT_TERMS = new Set(
  [
    'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'if', 'in', 'on', 'for', 'when', 'where', 'with', 'and', 'or',
    'but', 'not', 'no', 'yes', 'as', 'at', 'by', 'to', 'of', 'from', 'each', 'every', 'all', 'some', 'one', 'two', 'use', 'see',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i', 'ok', 'id', 'ids', 'vs', 'eg', 'ie',
  ].map((word) => word.toLowerCase()),
);

/** Code, links' addresses, headings' markers and HTML: what is not prose. */
function prose(body: string): string {
  return body
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, ' ')
    .replace(/`[^`\n]+`/g, ' ')
    .replace(/\]\([^)\n]*\)/g, ' ')
    .replace(/\[/g, ' ')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/^#+\s.*$/gm, ' ')
    .replace(/^(?:import|export)\s.*$/gm, ' ');
}

// An acronym standing alone, not a part of a longer name ("ASP.NET", "PHP-FPM").
const ACRONYM = /(?<![\w.+-])[A-Z][A-Z0-9]{1,5}(?=s?(?![\w.+-]))/g;
// A run of capitalized words after a lowercase word: a name in the middle of a sentence, not its first word.
const NAME = /(?<=(?:^|\s)[a-z][a-z0-9'-]*[,;:]?\s+)[A-Z][A-Za-z0-9.+#-]*[A-Za-z0-9+#](?:\s+[A-Z][A-Za-z0-9.+#-]*[A-Za-z0-9+#])*/g;
const BOLD = /\*\*([^*\n]{3,40})\*\*/g;

/** The terms one body mentions, normalized for comparison, each with how it was first written. */
export function termsOf(body: string): Map<string, string> {
  const text = prose(body);
  const terms = new Map<string, string>();
  const add = (raw: string) => {
    const term = raw.trim().replace(/\s+/g, ' ').replace(/[.,:;]+$/, '');
    if (term.length < 2) return;
    const words = term.toLowerCase().split(/\s+/);
    if (words.every((word) => NOT_TERMS.has(word)) || NOT_TERMS.has(words[0] ?? '')) return;
    const key = normalizeName(term);
    if (!terms.has(key)) terms.set(key, term);
  };
  for (const match of text.matchAll(ACRONYM)) add(match[0]);
  for (const match of text.matchAll(NAME)) add(match[0]);
  for (const match of text.matchAll(BOLD)) add(match[1] ?? '');
  return terms;
}

/** Terms mentioned by at least `minimum` entries that no entry is named after, most mentioned first. */
export function termGaps(sources: readonly TermSource[], minimum = 3): TermGap[] {
  const covered = new Set(sources.flatMap((source) => source.names.map(normalizeName)));
  const mentions = new Map<string, { term: string; entries: Set<string> }>();
  for (const source of sources) {
    for (const [key, term] of termsOf(source.body)) {
      if (covered.has(key) || covered.has(key.replace(/s$/, ''))) continue;
      const found = mentions.get(key) ?? { term, entries: new Set<string>() };
      found.entries.add(source.entry);
      mentions.set(key, found);
    }
  }
  return [...mentions.values()]
    .filter((found) => found.entries.size >= minimum)
    .map((found) => ({ term: found.term, entries: [...found.entries].sort() }))
    .sort((a, b) => b.entries.length - a.entries.length || a.term.localeCompare(b.term));
}
