/**
 * The content check: validates every entry under a content root without building the site, and reports every
 * problem in one run, each with its file, line, column and field. `npm run check`, the build and the tests share it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { collectionExtensions, collectionSchemas } from '../../schemas/index.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/registry.ts';
import { KEBAB_CASE } from '../../schemas/shared.ts';
import { buildEntryIndex, findReferences, isProblem, referenceFieldsByCollection, resolveReference, type EntryStub } from '../references.ts';
import { compareProblems, formatFieldPath, type Problem, type Severity } from './problem.ts';
import { parseSource, type ParsedSource } from './source.ts';
import { describeIssues } from './zod-issues.ts';

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
}

/** Collections whose body is optional (the comparison table is the content). */
const BODY_OPTIONAL: ReadonlySet<CollectionName> = new Set(['comparisons']);

export async function checkContent(contentRoot: string, options: CheckOptions = {}): Promise<CheckReport> {
  const cwd = options.cwd ?? process.cwd();
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
      const bytes = await readFile(path.join(folder, name));
      files.push({ collection, id, file, source: parseSource(bytes) });
    }
    if (!files.some((f) => f.collection === collection)) {
      report(folderLabel, 'error', { line: 1, column: 1 }, '', `the ${collection} collection has no entries`, `add at least one entry (npm run new -- ${collection} "Title")`);
    }
  }

  for (const entry of files) {
    const { source, file } = entry;
    for (const problem of source.problems) report(file, 'error', problem, '', problem.message);
    if (source.data === undefined) continue;
    if (!BODY_OPTIONAL.has(entry.collection) && source.text !== undefined && source.body.trim() === '') {
      report(file, 'error', source.locate([]), '', 'has front matter but no body', 'write the entry text below the closing `---`');
    }
    const schema = collectionSchemas[entry.collection];
    const result = schema.safeParse(source.data);
    if (result.success) {
      entry.data = result.data;
      continue;
    }
    for (const issue of describeIssues(schema, source.data, result.error.issues)) {
      const at = source.locate(issue.path, issue.key === undefined ? {} : { key: issue.key });
      const field = formatFieldPath(issue.key === undefined ? issue.path : [...issue.path, issue.key]);
      report(file, 'error', at, field, issue.message, issue.hint);
    }
  }

  const stubs: EntryStub[] = files.map(({ collection, id, source }) => ({ collection, id, kind: kindOf(source.data) }));
  const index = buildEntryIndex(stubs);
  for (const entry of files) {
    if (entry.source.data === undefined) continue;
    const schema = collectionSchemas[entry.collection];
    const fieldsByCollection = referenceFieldsByCollection(schema);
    for (const found of findReferences(schema, entry.source.data)) {
      const resolved = resolveReference(entry, found, index, fieldsByCollection);
      if (isProblem(resolved)) {
        report(entry.file, 'error', entry.source.locate(resolved.path), formatFieldPath(resolved.path), resolved.message, resolved.hint);
      }
    }
  }

  problems.sort(compareProblems);
  return { files, problems, ok: !problems.some((p) => p.severity === 'error') };
}

function kindOf(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || !('kind' in data)) return undefined;
  return typeof data.kind === 'string' ? data.kind : undefined;
}
