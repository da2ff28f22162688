/**
 * The content check: validates every entry under a content root without building the site, and reports every
 * problem in one run, each with its file, line, column and field. `npm run check`, the build and the tests share it.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { collectionExtensions, collectionSchemas } from '../schemas/index.ts';
import { COLLECTIONS, GLOSSARY_CATEGORIES, GUIDE_SECTIONS, SIDES, TECHNOLOGY_KINDS, type CollectionName, type Side } from '../schemas/registry.ts';
import { normalizeName } from '../text/names.ts';
import { KEBAB_CASE } from '../schemas/shared.ts';
import { buildEntryIndex, findReferences, isProblem, referenceFieldsByCollection, resolveReference, type EntryStub } from './references.ts';
import { compareProblems, formatFieldPath, type Problem, type Severity } from './problem.ts';
import { FIXED_ENTRY_ANCHORS } from '../site/anchors.ts';
import { mirroredDeclarations, type CounterpartDeclaration } from './counterparts.ts';
import { CROSSINGS, crossingAnchor } from '../diagrams/crossings.ts';
import { closest } from '../text/suggest.ts';
import { glossaryCategoryPath, sideAnchor, SIDES_HUB_PATH, technologyKindPath } from '../site/urls.ts';
import { inspectBody, type BodyReport } from './body.ts';
import { parseSource, type ParsedSource } from './source.ts';
import { describeIssues } from './zod-issues.ts';
import { createSpeller, proseOfBody, proseOfFrontMatter, WORD_LIST_FILE } from './spelling.ts';
import { httpExampleProblems, isStale, REVIEW_VALID_MONTHS, sectionProblems } from './style.ts';

export type { Problem } from './problem.ts';

/** One file of a collection as the check saw it. */
export interface CheckedFile {
  collection: CollectionName;
  id: string;
  /** Path relative to the working directory, as printed in problems. */
  file: string;
  source: ParsedSource;
  /** The validated front matter, when it passed its schema. */
  data?: unknown;
  /** What the body check found: heading ids and internal links. */
  body?: BodyReport;
}

export interface CheckReport {
  files: CheckedFile[];
  problems: Problem[];
  /** True when no problem is an error (warnings do not fail). */
  ok: boolean;
}

export interface CheckOptions {
  /** Paths in problems are printed relative to this folder. */
  cwd?: string;
  /** The only folder MDX guides may import components from (default: src/components of the working directory). */
  componentsDir?: string;
  /** Today, for the age of reviews (default: now). */
  now?: Date;
  /** Spelling: where word verdicts are cached between runs (default under node_modules/.cache), or off. */
  spelling?: { cacheFile?: string | undefined } | false;
}

/** Where the spelling verdicts of earlier runs are kept, relative to the working directory. */
export const SPELLING_CACHE = 'node_modules/.cache/content-check/spelling.json';

/** Collections whose body is optional (the comparison table is the content). */
const BODY_OPTIONAL: ReadonlySet<CollectionName> = new Set(['comparisons']);

export async function checkContent(contentRoot: string, options: CheckOptions = {}): Promise<CheckReport> {
  const cwd = options.cwd ?? process.cwd();
  const now = options.now ?? new Date();
  const problems: Problem[] = [];
  const report = (file: string, severity: Severity, at: { line: number; column: number }, field: string, message: string, hint?: string) =>
    problems.push({ file, ...at, field, message, hint, severity });
  const relative = (absolute: string) => path.relative(cwd, absolute) || absolute;
  const files: CheckedFile[] = [];

  for (const collection of COLLECTIONS) {
    const folder = path.join(contentRoot, collection);
    const folderLabel = relative(folder);
    let names: string[];
    try {
      const dirents = await readdir(folder, { withFileTypes: true });
      names = [];
      for (const dirent of dirents) {
        if (dirent.name.startsWith('.')) continue;
        if (dirent.isDirectory()) {
          report(relative(path.join(folder, dirent.name)), 'error', { line: 1, column: 1 }, '', 'is a folder: entries live directly in their collection folder', `move its files up into ${folderLabel}/`);
        } else names.push(dirent.name);
      }
    } catch {
      report(folderLabel, 'error', { line: 1, column: 1 }, '', `the ${collection} collection folder is missing`, `create ${folderLabel}/ with at least one entry`);
      continue;
    }
    names.sort();
    const allowed = collectionExtensions[collection];
    const seenIds = new Map<string, string>();
    const seenLowercase = new Map<string, string>();
    for (const name of names) {
      const file = relative(path.join(folder, name));
      const extension = path.extname(name);
      if (!allowed.includes(extension)) {
        report(file, 'error', { line: 1, column: 1 }, '', `has the extension \`${extension || '(none)'}\`, which the ${collection} collection does not accept`, `use ${allowed.join(' or ')}${collection === 'guides' ? '' : ' (MDX is reserved for guides)'}`);
        continue;
      }
      const id = name.slice(0, -extension.length);
      if (!KEBAB_CASE.test(id)) {
        const suggestion = id.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/-+/g, '-');
        report(file, 'error', { line: 1, column: 1 }, '', `file name \`${name}\` is not lowercase kebab-case`, `rename it to \`${suggestion}${extension}\``);
      }
      const lowercase = id.toLowerCase();
      const sameCase = seenLowercase.get(lowercase);
      if (sameCase !== undefined && seenIds.get(id) === undefined) {
        report(file, 'error', { line: 1, column: 1 }, '', `differs from \`${sameCase}\` only by letter case`, 'keep one of the two files');
      }
      const owner = seenIds.get(id);
      if (owner !== undefined) {
        report(file, 'error', { line: 1, column: 1 }, '', `duplicate id \`${id}\`: \`${owner}\` already has it`, 'rename one of the two files');
        continue;
      }
      seenIds.set(id, file);
      seenLowercase.set(lowercase, file);
      // Read synchronously: a thousand small files one after another cost about a tenth of what awaiting each costs.
      const bytes = readFileSync(path.join(folder, name));
      files.push({ collection, id, file, source: parseSource(bytes) });
    }
    if (!files.some((f) => f.collection === collection)) {
      report(folderLabel, 'error', { line: 1, column: 1 }, '', `the ${collection} collection has no entries`, `add at least one entry (npm run new -- ${collection} "Title")`);
    }
  }

  const componentsDir = options.componentsDir ?? path.resolve('src/components');
  for (const entry of files) {
    const { source, file } = entry;
    for (const problem of source.problems) report(file, 'error', problem, '', problem.message);
    if (source.text !== undefined && source.body.trim() !== '') {
      entry.body = inspectBody(source.body, {
        format: file.endsWith('.mdx') ? 'mdx' : 'md',
        firstLine: source.bodyLine,
        file: path.resolve(cwd, file),
        componentsDir,
      });
      for (const problem of entry.body.problems) report(file, problem.severity, problem, '', problem.message, problem.hint);
      // The style rules apply to entries: a file without front matter has a bigger problem, reported above.
      const styleProblems = source.data === undefined ? [] : [...sectionProblems(entry.collection, entry.body.headings, source.bodyLine), ...httpExampleProblems(entry.body.codeBlocks)];
      for (const problem of styleProblems) report(file, 'error', problem, '', problem.message, problem.hint);
    }
    if (source.data === undefined) continue;
    for (const [field, url] of webAddresses(source.data)) {
      if (url.startsWith('http://')) report(file, 'warning', source.locate(field), formatFieldPath(field), `\`${url}\` uses plain http`, 'use https:// if the site supports it');
    }
    if (!BODY_OPTIONAL.has(entry.collection) && source.text !== undefined && source.body.trim() === '') {
      report(file, 'error', source.locate([]), '', 'has front matter but no body', 'write the entry text below the closing `---`');
    }
    const schema = collectionSchemas[entry.collection];
    const result = schema.safeParse(source.data);
    if (result.success) {
      entry.data = result.data;
      const reviewed = (result.data as { reviewed?: string }).reviewed;
      if (reviewed !== undefined && isStale(reviewed, now)) {
        report(file, 'warning', source.locate(['reviewed']), 'reviewed', `the facts were last checked in ${reviewed}, more than ${REVIEW_VALID_MONTHS} months ago`, 'check them against the sources, then set reviewed to this month (npm run check -- --stale lists every such entry)');
      }
      continue;
    }
    for (const issue of describeIssues(schema, source.data, result.error.issues)) {
      const at = source.locate(issue.path, issue.key === undefined ? {} : { key: issue.key });
      const field = formatFieldPath(issue.key === undefined ? issue.path : [...issue.path, issue.key]);
      report(file, 'error', at, field, issue.message, issue.hint);
    }
  }

  const stubs: EntryStub[] = files.map(({ collection, id, source }) => ({ collection, id, kind: kindOf(source.data), side: sideOf(source.data) }));
  const index = buildEntryIndex(stubs);
  const referenceFields = new Map(COLLECTIONS.map((collection) => [collection, referenceFieldsByCollection(collectionSchemas[collection])]));
  const counterparts: CounterpartDeclaration<{ entry: CheckedFile; path: readonly (string | number)[] }>[] = [];
  for (const entry of files) {
    if (entry.source.data === undefined) continue;
    for (const found of findReferences(collectionSchemas[entry.collection], entry.source.data)) {
      const resolved = resolveReference(entry, found, index, referenceFields.get(entry.collection));
      if (isProblem(resolved)) {
        report(entry.file, 'error', entry.source.locate(resolved.path), formatFieldPath(resolved.path), resolved.message, resolved.hint);
      } else if (found.target.counterpart === true) {
        counterparts.push({ owner: { entry, path: found.path }, from: `${entry.collection}/${entry.id}`, to: `${resolved.collection}/${resolved.id}` });
      }
    }
  }
  for (const { owner, to } of mirroredDeclarations(counterparts)) {
    const other = to.slice(to.indexOf('/') + 1);
    report(owner.entry.file, 'error', owner.entry.source.locate(owner.path), formatFieldPath(owner.path), `\`${other}\` already lists this entry as its counterpart`, 'declare the pair once: remove it here (it shows on both pages)');
  }

  const byKey = new Map(files.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  for (const entry of files) {
    for (const link of entry.body?.internalLinks ?? []) {
      const problem = resolveInternalLink(link.url, byKey);
      if (problem !== undefined) report(entry.file, 'error', link, '', problem.message, problem.hint);
    }
  }

  for (const collision of aliasCollisions(files)) report(collision.file, 'error', collision.at, collision.field, collision.message);

  if (options.spelling !== false) {
    const wordList = path.join(contentRoot, WORD_LIST_FILE);
    const speller = createSpeller({ projectWords: readWordList(wordList), cacheFile: path.resolve(options.spelling?.cacheFile ?? SPELLING_CACHE) });
    const texts = files.flatMap(({ file, source }) => {
      if (source.text === undefined) return [];
      const lines = source.text.split('\n');
      const frontMatter = lines.slice(1, Math.max(1, source.bodyLine - 2)).join('\n');
      return [
        { file, text: proseOfFrontMatter(frontMatter), firstLine: 2 },
        { file, text: proseOfBody(source.body), firstLine: source.bodyLine },
      ];
    });
    const wordListLabel = relative(wordList);
    for (const [file, misspellings] of await speller.check(texts)) {
      for (const { word, line, column, suggestions } of misspellings) {
        const guess = suggestions.length === 0 ? '' : `did you mean ${suggestions.map((suggestion) => `\`${suggestion}\``).join(', ')}? `;
        report(file, 'error', { line, column }, '', `unknown word \`${word}\` (American English)`, `${guess}If it is spelled right (a name, a term), add it to ${wordListLabel}`);
      }
    }
  }

  problems.sort(compareProblems);
  return { files, problems, ok: !problems.some((p) => p.severity === 'error') };
}

/** The project's words: one a line; blank lines and lines starting with # are skipped. */
function readWordList(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  } catch {
    return [];
  }
}

function kindOf(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || !('kind' in data)) return undefined;
  return typeof data.kind === 'string' ? data.kind : undefined;
}

function sideOf(data: unknown): Side | undefined {
  if (data === null || typeof data !== 'object' || !('side' in data)) return undefined;
  return SIDES.find((side) => side === data.side);
}

/** `website` and `sources[i]`: the web addresses of an entry's front matter. */
function webAddresses(data: unknown): [(string | number)[], string][] {
  if (data === null || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const found: [(string | number)[], string][] = [];
  if (typeof record['website'] === 'string') found.push([['website'], record['website']]);
  if (Array.isArray(record['sources'])) record['sources'].forEach((url, index) => typeof url === 'string' && found.push([['sources', index], url]));
  return found;
}

const INDEX_ANCHORS: Record<string, (anchor: string) => boolean> = {
  glossary: (anchor) => /^letter-([a-z]|other)$/.test(anchor),
  technologies: (anchor) => (TECHNOLOGY_KINDS as readonly string[]).includes(anchor),
  guides: (anchor) => GUIDE_SECTIONS.some((section) => anchor === `section-${section}`),
  comparisons: () => false,
};

/** Pages besides entries and collection indexes that a body may link to, with the anchors each one has. */
const SITE_PAGES: ReadonlyMap<string, (fragment: string) => boolean> = new Map([
  [`/${SIDES_HUB_PATH}`, (fragment: string) => SIDES.some((side) => fragment === sideAnchor(side)) || CROSSINGS.some((crossing) => fragment === crossingAnchor(crossing))],
  ...GLOSSARY_CATEGORIES.map((category) => [`/${glossaryCategoryPath(category)}`, () => false] as const),
  ...TECHNOLOGY_KINDS.map((kind) => [`/${technologyKindPath(kind)}`, () => false] as const),
]);

/** Whether a root-relative body link points to a page and anchor the site will have. */
function resolveInternalLink(url: string, entries: ReadonlyMap<string, CheckedFile>): { message: string; hint?: string | undefined } | undefined {
  const [pathPart = '', fragment] = url.split('#');
  const pathname = pathPart.split('?')[0] ?? '';
  if (!pathname.endsWith('/')) return { message: `links to \`${url}\` without the trailing slash`, hint: `write \`${pathname}/${fragment === undefined ? '' : `#${fragment}`}\`` };
  const parts = pathname.split('/').filter(Boolean);
  const [collection, id, ...rest] = parts;
  if (parts.length === 0) return fragment === undefined || fragment === 'main' ? undefined : { message: `links to \`${url}\`: the home page has no anchor \`#${fragment}\`` };
  const sitePage = SITE_PAGES.get(pathname);
  if (sitePage !== undefined) {
    return fragment === undefined || fragment === 'main' || sitePage(fragment) ? undefined : { message: `links to \`${url}\`: ${pathname} has no anchor \`#${fragment}\`` };
  }
  if (collection === undefined || !(COLLECTIONS as readonly string[]).includes(collection) || rest.length > 0) {
    return { message: `links to \`${url}\`, which is not a page of the guide`, hint: 'link an entry as /<collection>/<id>/, e.g. /glossary/rest/' };
  }
  if (id === undefined) {
    return fragment === undefined || INDEX_ANCHORS[collection]?.(fragment) ? undefined : { message: `links to \`${url}\`: the ${collection} index has no anchor \`#${fragment}\`` };
  }
  const target = entries.get(`${collection}/${id}`);
  if (target === undefined) {
    const candidates = [...entries.values()].filter((entry) => entry.collection === collection).map((entry) => entry.id);
    const nearest = closest(id, candidates);
    return { message: `links to \`${url}\`, but there is no ${collection} entry \`${id}\``, hint: nearest === undefined ? undefined : `did you mean \`/${collection}/${nearest}/\`?` };
  }
  if (fragment === undefined || fragment === '' || FIXED_ENTRY_ANCHORS.has(fragment) || target.body?.headingIds.has(decodeURIComponent(fragment))) return undefined;
  const nearest = closest(fragment, target.body?.headingIds ?? []);
  return { message: `links to \`${url}\`, but ${target.file} has no heading with the id \`${fragment}\``, hint: nearest === undefined ? undefined : `did you mean \`#${nearest}\`?` };
}

/** Collections whose entries have aliases: their names must be unambiguous for search and glossary links. */
const NAMED_COLLECTIONS: ReadonlySet<CollectionName> = new Set(['glossary', 'technologies']);

/**
 * Names a search would find ambiguous: a title shared by two entries of any collections (search puts an exact title
 * first, so it must name one entry), or an alias equal to another entry's title, alias or (glossary and technology)
 * id.
 */
function aliasCollisions(allFiles: readonly CheckedFile[]) {
  const files = allFiles.filter((entry) => NAMED_COLLECTIONS.has(entry.collection));
  const owners = new Map<string, { entry: CheckedFile; what: string; name: string }[]>();
  const claim = (name: string, entry: CheckedFile, what: string) => {
    const key = normalizeName(name);
    owners.set(key, [...(owners.get(key) ?? []), { entry, what, name }]);
  };
  for (const entry of files) claim(entry.id, entry, 'id');
  for (const entry of allFiles) {
    const data = (entry.source.data ?? {}) as Record<string, unknown>;
    const title = data['title'] ?? data['name'];
    if (typeof title === 'string') claim(title, entry, 'title');
  }
  const collisions: { file: string; at: { line: number; column: number }; field: string; message: string }[] = [];
  for (const holders of owners.values()) {
    const titled = holders.filter((holder) => holder.what === 'title');
    for (const holder of titled.slice(1)) {
      const first = titled[0];
      if (first === undefined) continue;
      const field = holder.entry.collection === 'technologies' ? 'name' : 'title';
      collisions.push({ file: holder.entry.file, at: holder.entry.source.locate([field]), field, message: `the ${field} \`${holder.name}\` is also the title of ${first.entry.file}: give one of them a more specific name` });
    }
  }
  for (const entry of files) {
    const data = (entry.source.data ?? {}) as Record<string, unknown>;
    const aliases = Array.isArray(data['aliases']) ? data['aliases'] : [];
    aliases.forEach((alias, index) => {
      if (typeof alias !== 'string') return;
      const others = (owners.get(normalizeName(alias)) ?? []).filter((owner) => owner.entry !== entry);
      const seen = new Set<CheckedFile>();
      for (const other of others) {
        if (seen.has(other.entry)) continue;
        seen.add(other.entry);
        collisions.push({
          file: entry.file,
          at: entry.source.locate(['aliases', index]),
          field: `aliases[${index}]`,
          message: `the alias \`${alias}\` is the ${other.what} of ${other.entry.file}: remove it from one of the two entries`,
        });
      }
    });
    aliases.forEach((alias) => typeof alias === 'string' && claim(alias, entry, 'alias'));
  }
  return collisions;
}
