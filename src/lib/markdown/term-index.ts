/**
 * The glossary's names as one matcher, built once per build: every entry's title and aliases, with plurals, in a
 * character trie. Finding the terms in a text walks the trie from each word start, so the work per page grows with
 * the length of its text, never with the number of entries.
 */
import { createHash } from 'node:crypto';
import type { CheckedFile } from '../content-check/index.ts';

/** A glossary entry as the matcher needs it: its id and every name it is written as. */
export interface GlossaryTerm {
  id: string;
  /** The title first, then the aliases. */
  names: readonly string[];
}

/** One written form of a term, e.g. "REST APIs" for `rest`. */
interface Form {
  id: string;
  /** Per word: the exact spelling when the word's case carries meaning (an acronym such as "API"), else undefined. */
  exactWords: readonly (string | undefined)[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  forms?: Form[];
}

/** A term found in a text: `text.slice(start, end)` names glossary entry `id`. */
export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

export interface TermIndex {
  /** A hash of every form and its entry: it changes exactly when the matcher would match differently. */
  readonly digest: string;
  /** The terms in `text`, leftmost first, longest at each position, never overlapping; `allowed` filters entries. */
  find(text: string, allowed: (id: string) => boolean): Generator<TermMatch>;
}

const WORD_CHAR = /[\p{L}\p{N}_-]/u;
const WHITESPACE = /\s/;

const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** How characters compare: case aside, typographic apostrophes and dashes read as their ASCII forms. */
function foldPunctuation(char: string): string {
  if (char === '\u2019') return "'";
  if (char === '\u2010' || char === '\u2011' || char === '\u2013') return '-';
  return char;
}

function foldChar(char: string): string {
  const lower = foldPunctuation(char).toLowerCase();
  return lower.length === 1 ? lower : char;
}

/**
 * A word whose case carries meaning: an uppercase letter after its first character ("API", "GraphQL", "IoT", "I/O")
 * or a single capital. Such words match only as written, so "IT" and "REST" never link the words "it" and "rest".
 */
function isCaseSensitive(word: string): boolean {
  const letters = [...word].filter((char) => char.toLowerCase() !== char.toUpperCase());
  if (letters.length === 1) return letters[0] === letters[0]?.toUpperCase();
  return letters.slice(1).some((char) => char !== char.toLowerCase());
}

/** "Content delivery network (CDN)" → the name and its abbreviation; other names as they are. */
export function namesOf(name: string): string[] {
  const normalized = name.replace(/\s+/g, ' ').trim();
  const abbreviated = /^(.+?) \(([^()]+)\)$/.exec(normalized);
  return abbreviated === null ? [normalized] : [abbreviated[1] ?? '', abbreviated[2] ?? ''];
}

/** The plural of a name's last word: "API" → "APIs", "proxy" → "proxies", "cache" → "caches", "hash" → "hashes". */
export function pluralOf(name: string): string | undefined {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  if (!/^\p{L}+$/u.test(last)) return undefined;
  let plural: string;
  if (isCaseSensitive(last)) plural = `${last}s`;
  else if (/[^aeiou]y$/i.test(last)) plural = `${last.slice(0, -1)}ies`;
  else if (/(?:s|x|z|ch|sh)$/i.test(last)) plural = `${last}es`;
  else plural = `${last}s`;
  return [...words.slice(0, -1), plural].join(' ');
}

export function buildTermIndex(terms: readonly GlossaryTerm[]): TermIndex {
  const root: TrieNode = { next: new Map() };
  const seen = new Set<string>();
  const written: string[] = [];
  const add = (id: string, name: string) => {
    const key = `${id}\u0000${name}`;
    if (name === '' || seen.has(key)) return;
    seen.add(key);
    written.push(key);
    let node = root;
    for (const char of name) {
      const folded = foldChar(char);
      let child = node.next.get(folded);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(folded, child);
      }
      node = child;
    }
    node.forms ??= [];
    node.forms.push({ id, exactWords: name.split(' ').map((word) => (isCaseSensitive(word) ? [...word].map(foldPunctuation).join('') : undefined)) });
  };
  // Sorted by id so the index is the same whatever order the files were read in; written names come before
  // generated plurals, so an entry that names a form wins over one whose plural happens to produce it.
  const sorted = [...terms].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const names = sorted.map((term) => ({ id: term.id, names: term.names.flatMap(namesOf) }));
  for (const term of names) for (const name of term.names) add(term.id, name);
  for (const term of names) for (const name of term.names) add(term.id, pluralOf(name) ?? '');

  const accepts = (form: Form, text: string) => {
    const words = text.split(/\s+/);
    return form.exactWords.every((exact, index) => exact === undefined || [...(words[index] ?? '')].map(foldPunctuation).join('') === exact);
  };

  function* find(text: string, allowed: (id: string) => boolean): Generator<TermMatch> {
    let position = 0;
    while (position < text.length) {
      if (isWordChar(text[position - 1]) || WHITESPACE.test(text[position] ?? ' ')) {
        position++;
        continue;
      }
      let node: TrieNode | undefined = root;
      let cursor = position;
      let best: TermMatch | undefined;
      while (node !== undefined && cursor < text.length) {
        const char = text[cursor] ?? '';
        if (WHITESPACE.test(char)) {
          while (WHITESPACE.test(text[cursor] ?? '')) cursor++;
          node = node.next.get(' ');
        } else {
          node = node.next.get(foldChar(char));
          cursor++;
        }
        if (node?.forms === undefined) continue;
        if (isWordChar(text[cursor - 1]) && isWordChar(text[cursor])) continue;
        const slice = text.slice(position, cursor);
        const form = node.forms.find((candidate) => allowed(candidate.id) && accepts(candidate, slice));
        if (form !== undefined) best = { id: form.id, start: position, end: cursor };
      }
      if (best === undefined) {
        position++;
        continue;
      }
      yield best;
      position = best.end;
    }
  }

  return { digest: createHash('sha256').update(written.join('\n')).digest('hex').slice(0, 16), find };
}

/** The glossary's terms from the content check's parse of every entry (files whose front matter failed are skipped). */
export function glossaryTerms(files: readonly CheckedFile[]): GlossaryTerm[] {
  return files
    .filter((file) => file.collection === 'glossary')
    .map((file) => {
      const { title, aliases } = (file.data ?? {}) as { title?: unknown; aliases?: unknown };
      const names = [title, ...(Array.isArray(aliases) ? aliases : [])].filter((name): name is string => typeof name === 'string');
      return { id: file.id, names };
    })
    .filter((term) => term.names.length > 0);
}
