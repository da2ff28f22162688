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
  /**
   * Per word: the exact spelling when the word's case carries meaning (an acronym such as "API"), else undefined;
   * undefined as a whole when no word's case matters.
   */
  exactWords?: readonly (string | undefined)[];
}

/** Children are keyed by folded UTF-16 code unit; a space stands for any run of whitespace. */
interface TrieNode {
  next: Map<number, TrieNode>;
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

const SPACE = 32;
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_ASCII_SPACE = /\s/;

/** Letters, digits, `_` and `-`: a hyphen joins words, so "cache" is not found in "cache-aside". */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45;
  return NON_ASCII_WORD_CHAR.test(String.fromCharCode(code));
}

function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return NON_ASCII_SPACE.test(String.fromCharCode(code));
}

/** How characters compare: case aside, typographic apostrophes and dashes read as their ASCII forms. */
function foldPunctuation(char: string): string {
  if (char === '\u2019') return "'";
  if (char === '\u2010' || char === '\u2011' || char === '\u2013') return '-';
  return char;
}

function foldCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  const folded = foldPunctuation(String.fromCharCode(code)).toLowerCase();
  return folded.length === 1 ? folded.charCodeAt(0) : code;
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
    for (let index = 0; index < name.length; index++) {
      const code = foldCode(name.charCodeAt(index));
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    const exactWords = name.split(' ').map((word) => (isCaseSensitive(word) ? [...word].map(foldPunctuation).join('') : undefined));
    node.forms ??= [];
    node.forms.push(exactWords.some((word) => word !== undefined) ? { id, exactWords } : { id });
  };
  // Sorted by id so the index is the same whatever order the files were read in; written names come before
  // generated plurals, so an entry that names a form wins over one whose plural happens to produce it.
  const sorted = [...terms].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const names = sorted.map((term) => ({ id: term.id, names: term.names.flatMap(namesOf) }));
  for (const term of names) for (const name of term.names) add(term.id, name);
  for (const term of names) for (const name of term.names) add(term.id, pluralOf(name) ?? '');

  const accepts = (form: Form, text: string) => {
    if (form.exactWords === undefined) return true;
    const words = text.split(/\s+/);
    return form.exactWords.every((exact, index) => exact === undefined || [...(words[index] ?? '')].map(foldPunctuation).join('') === exact);
  };

  /** The longest allowed form starting at `start` (a word start), if any. */
  const longestAt = (text: string, start: number, allowed: (id: string) => boolean): TermMatch | undefined => {
    let node: TrieNode | undefined = root;
    let cursor = start;
    let best: TermMatch | undefined;
    while (node !== undefined && cursor < text.length) {
      const code = text.charCodeAt(cursor);
      if (isSpaceCode(code)) {
        while (cursor < text.length && isSpaceCode(text.charCodeAt(cursor))) cursor++;
        node = node.next.get(SPACE);
        continue;
      }
      node = node.next.get(foldCode(code));
      cursor++;
      if (node?.forms === undefined) continue;
      if (cursor < text.length && isWordCode(text.charCodeAt(cursor)) && isWordCode(code)) continue;
      const slice = text.slice(start, cursor);
      const form = node.forms.find((candidate) => allowed(candidate.id) && accepts(candidate, slice));
      if (form !== undefined) best = { id: form.id, start, end: cursor };
    }
    return best;
  };

  function* find(text: string, allowed: (id: string) => boolean): Generator<TermMatch> {
    let position = 0;
    while (position < text.length) {
      const code = text.charCodeAt(position);
      const match = isSpaceCode(code) ? undefined : longestAt(text, position, allowed);
      if (match !== undefined) {
        yield match;
        position = match.end;
        continue;
      }
      // No term starts inside a word: skip to its end.
      position++;
      if (isWordCode(code)) while (position < text.length && isWordCode(text.charCodeAt(position))) position++;
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
