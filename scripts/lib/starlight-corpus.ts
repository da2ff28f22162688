/**
 * The benchmark's synthetic glossary as a Starlight site's content: each entry becomes a page of Starlight's `docs`
 * collection at the same URL (`glossary/<id>/`), with the same title, its summary as Starlight's description and the
 * same Markdown body, so the two sites build and index the same text. Front-matter fields Starlight has no use for
 * (aliases, category, related entries, sources) are left out; their text is not part of either site's search.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One synthetic entry (front matter and body, as `syntheticEntry` writes it) as a Starlight page. */
export function toStarlightPage(entry: string): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(entry);
  if (match === null) throw new Error('a synthetic entry starts with front matter between two --- lines');
  const [, frontMatter = '', body = ''] = match;
  const field = (name: string) => {
    const value = new RegExp(`^${name}: (.+)$`, 'm').exec(frontMatter)?.[1];
    if (value === undefined) throw new Error(`a synthetic entry has no ${name}`);
    return value;
  };
  // JSON strings are valid YAML scalars, so any title or summary survives quoting.
  return `---\ntitle: ${JSON.stringify(field('title'))}\ndescription: ${JSON.stringify(field('summary'))}\n---\n${body}`;
}

/**
 * Writes every glossary entry of the synthetic corpus in `contentRoot` into `docsDir` (a Starlight project's
 * `src/content/docs`), under `glossary/`; returns how many it wrote.
 */
export async function writeStarlightCorpus(contentRoot: string, docsDir: string): Promise<number> {
  const source = path.join(contentRoot, 'glossary');
  const target = path.join(docsDir, 'glossary');
  await mkdir(target, { recursive: true });
  const files = (await readdir(source)).filter((file) => file.endsWith('.md'));
  await Promise.all(files.map(async (file) => writeFile(path.join(target, file), toStarlightPage(await readFile(path.join(source, file), 'utf8')))));
  return files.length;
}
