/**
 * Spelling in American English, with cspell's dictionaries (English, software terms, companies, frameworks) and the
 * project's own word list (`<content root>/spelling-words.txt`, one word a line). Prose is checked where a reader sees
 * it: the body outside code, addresses and markup, and the front matter's text fields, never its keys, ids or
 * addresses.
 *
 * cspell takes seconds to load its dictionaries, longer than the whole check. Every word's verdict is therefore kept in
 * a cache (`node_modules/.cache/content-check/spelling.json`, keyed by cspell's version and the word list), so a run
 * loads the dictionaries only when the content holds a word no earlier run has judged.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Misspelling {
  word: string;
  line: number;
  column: number;
  suggestions: string[];
}

/** The dictionaries consulted, by cspell's names: American English and the vocabulary of the field. */
const DICTIONARIES = [
  'en_us',
  'softwareTerms',
  'software-terms',
  'software-tools',
  'companies',
  'fullstack',
  'coding-compound-terms',
  'networking-terms',
  'web-services',
  'public-licenses',
  'npm',
  'python',
  'golang',
  'java',
  'php',
  'node',
  'typescript',
  'sql',
  'docker',
  'k8s',
  'aws',
  'dotnet',
  'rust',
  'ruby',
  'html',
  'css',
];

export const WORD_LIST_FILE = 'spelling-words.txt';

/** Front-matter keys whose values are prose a reader sees (titles, summaries, points, table cells, notes). */
const PROSE_KEYS = new Set(['title', 'name', 'summary', 'text', 'note', 'label', 'goal', 'audience', 'createdBy']);

/** Lines of code, addresses and markup blanked out, with every other character kept in place for positions. */
export function proseOfBody(body: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return body
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\2[^\n]*$/gm, blank)
    .replace(/^(?:import|export)\s[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/<[^>\n]*>/g, blank)
    .replace(/\]\([^)\n]*\)/g, blank)
    .replace(/\bhttps?:\/\/[^\s)>\]]+/g, blank)
    .replace(/^\s*\[[^\]\n]+\]:[^\n]*$/gm, blank)
    .replace(/\{[^}\n]*\}/g, blank);
}

/** The prose values of a front matter, line by line: only the values of `PROSE_KEYS`, in place. */
export function proseOfFrontMatter(frontMatter: string): string {
  return frontMatter
    .split('\n')
    .map((line) => {
      const match = /^(\s*(?:- )?)([A-Za-z]+):(\s+)(.*)$/.exec(line);
      if (match === null) return line.replace(/[^\n]/g, ' ');
      const [, indent = '', key = '', gap = '', value = ''] = match;
      const keep = PROSE_KEYS.has(key) ? proseOfBody(value) : ' '.repeat(value.length);
      return `${' '.repeat(indent.length + key.length + 1 + gap.length)}${keep}`;
    })
    .join('\n');
}

const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*/g;

/**
 * A run of characters that reads as code, a file or a command rather than words: `phx.gen.auth`, `mod_wsgi`,
 * `.gitlab-ci.yml`, a directive or decorator such as `@csrf`.
 */
const CODE_LIKE = /@[\w-]+|[A-Za-z0-9]*(?:[._/\\=]+[A-Za-z0-9]+)+[A-Za-z0-9]*/g;

/** The words of a text with their 1-based line and column, possessives dropped ("Laravel's" → "Laravel"). */
export function wordsOf(text: string, firstLine = 1): { word: string; line: number; column: number }[] {
  const found: { word: string; line: number; column: number }[] = [];
  text.split('\n').forEach((line, index) => {
    const words = line.replace(CODE_LIKE, (code) => (/^[A-Za-z]+\.$/.test(code) ? code : ' '.repeat(code.length)));
    for (const match of words.matchAll(WORD)) {
      const word = match[0].replace(/['’]s$/i, '');
      if (word.length < 3) continue;
      found.push({ word, line: firstLine + index, column: (match.index ?? 0) + 1 });
    }
  });
  return found;
}

/** Acronyms, and their plurals ("JVM", "CDNs"): names a reader knows from the field, which no dictionary lists whole. */
const ACRONYM = /^[A-Z]{2,6}s?$/;

/** camelCase and PascalCase words are judged by their parts, as a reader would read them ("getCollection"). */
const parts = (word: string) => word.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);

interface Verdicts {
  key: string;
  /** Words found in a dictionary or the word list. */
  known: string[];
  /** Words found nowhere, with the dictionaries' suggestions. */
  unknown: Record<string, string[]>;
}

export interface SpellingOptions {
  /** The project's words, accepted as written and in any letter case. */
  projectWords: readonly string[];
  /** Where verdicts are kept between runs; undefined keeps none. */
  cacheFile?: string | undefined;
}

export interface Speller {
  check(entries: readonly { file: string; text: string; firstLine: number }[]): Promise<Map<string, Misspelling[]>>;
}

/** cspell's version, read from the package.json above its entry point (the package exports no package.json). */
function cspellVersion(): string {
  let folder = path.dirname(fileURLToPath(import.meta.resolve('cspell-lib')));
  while (path.dirname(folder) !== folder) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'cspell-lib') return manifest.version ?? '';
    } catch {
      // Not here: look one folder up.
    }
    folder = path.dirname(folder);
  }
  return '';
}

function readVerdicts(file: string | undefined, key: string): { known: Set<string>; unknown: Map<string, string[]> } {
  try {
    if (file !== undefined) {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Verdicts;
      if (saved.key === key) return { known: new Set(saved.known), unknown: new Map(Object.entries(saved.unknown)) };
    }
  } catch {
    // No cache yet, or an unreadable one: judge every word afresh.
  }
  return { known: new Set(), unknown: new Map() };
}

export function createSpeller(options: SpellingOptions): Speller {
  const projectWords = new Set(options.projectWords.map((word) => word.toLowerCase()));
  // The verdicts depend on cspell, the dictionaries, the project's words and the rules in this file.
  const key = createHash('sha256').update(cspellVersion()).update(readFileSync(fileURLToPath(import.meta.url))).update(DICTIONARIES.join(',')).update([...projectWords].sort().join('\n')).digest('hex');
  const accepted = (word: string, known: Set<string>) => ACRONYM.test(word) || projectWords.has(word.toLowerCase()) || known.has(word);

  return {
    async check(entries) {
      const verdicts = readVerdicts(options.cacheFile, key);
      const wordsByFile = entries.map((entry) => ({ file: entry.file, words: wordsOf(entry.text, entry.firstLine) }));
      const unjudged = new Set<string>();
      for (const { words } of wordsByFile) {
        for (const { word } of words) {
          if (accepted(word, verdicts.known) || verdicts.unknown.has(word)) continue;
          unjudged.add(word);
        }
      }
      if (unjudged.size > 0) {
        await judge([...unjudged], verdicts, projectWords);
        if (options.cacheFile !== undefined) {
          mkdirSync(path.dirname(options.cacheFile), { recursive: true });
          const saved: Verdicts = { key, known: [...verdicts.known].sort(), unknown: Object.fromEntries([...verdicts.unknown].sort()) };
          writeFileSync(options.cacheFile, JSON.stringify(saved));
        }
      }
      const result = new Map<string, Misspelling[]>();
      for (const { file, words } of wordsByFile) {
        const misspelled = words
          .filter(({ word }) => !accepted(word, verdicts.known) && verdicts.unknown.has(word))
          .map((found) => ({ ...found, suggestions: verdicts.unknown.get(found.word) ?? [] }));
        if (misspelled.length > 0) result.set(file, [...(result.get(file) ?? []), ...misspelled]);
      }
      return result;
    },
  };
}

/** Looks every word up in cspell's dictionaries, a word's parts too when the whole is not found. */
async function judge(words: string[], verdicts: { known: Set<string>; unknown: Map<string, string[]> }, projectWords: ReadonlySet<string>) {
  const { getDefaultSettings, finalizeSettings, getDictionary } = await import('cspell-lib');
  const defaults = await getDefaultSettings();
  const dictionary = await getDictionary(finalizeSettings({ dictionaryDefinitions: defaults.dictionaryDefinitions ?? [], dictionaries: DICTIONARIES }));
  const found = (word: string) =>
    projectWords.has(word.toLowerCase()) ||
    dictionary.has(word, { ignoreCase: false }) ||
    // A capital at the start of a sentence or a heading does not make a word unknown.
    (word[0] === word[0]?.toUpperCase() && dictionary.has(word.toLowerCase(), { ignoreCase: false })) ||
    // A name written in capitals in a title ("HTTP") or as a constant.
    (word === word.toUpperCase() && dictionary.has(word, { ignoreCase: true }));
  for (const word of words) {
    const wordParts = parts(word);
    if (found(word) || (wordParts.length > 1 && wordParts.every((part) => part.length < 3 || found(part)))) verdicts.known.add(word);
    else verdicts.unknown.set(word, dictionary.suggest(word, { numSuggestions: 3, includeTies: false }).map((suggestion) => suggestion.word));
  }
}
