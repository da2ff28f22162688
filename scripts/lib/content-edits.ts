/**
 * Random valid edits to a copy of the guide's content, the kind contributors make every day: a summary or a body
 * reworded, a website or a release year corrected, an alias or a related link added or removed, a new entry of each
 * kind, an entry nobody references deleted. `npm run robustness` applies some and runs every test suite on the result:
 * a test that fails there depends on a fact of the content rather than on the behavior it names.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { CROSSINGS } from '../../src/diagrams/crossings.ts';
import { DIAGRAMS, type DiagramDefinition } from '../../src/diagrams/diagrams.ts';
import { COLLECTIONS } from '../../src/schemas/registry.ts';

/** A small, seeded pseudo-random generator (mulberry32): the same seed makes the same edits. */
export function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
  return { next, pick };
}

interface Entry {
  collection: string;
  id: string;
  file: string;
  frontMatter: ReturnType<typeof parseDocument>;
  body: string;
}

function load(root: string): Entry[] {
  return COLLECTIONS.flatMap((collection) =>
    readdirSync(path.join(root, collection))
      .filter((name) => /\.mdx?$/.test(name))
      .sort()
      .map((name) => {
        const file = path.join(root, collection, name);
        const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
        return { collection, id: name.replace(/\.mdx?$/, ''), file, frontMatter: parseDocument(yaml), body };
      }),
  );
}

const save = (entry: Entry) => writeFileSync(entry.file, `---\n${entry.frontMatter.toString({ lineWidth: 0 }).trimEnd()}\n---\n${entry.body}`);
const get = (entry: Entry, key: string): unknown => entry.frontMatter.toJS()?.[key];
const titleOf = (entry: Entry) => String(get(entry, 'title') ?? get(entry, 'name') ?? entry.id);

/** Every string anywhere in a value: the ids a front matter names, wherever they sit. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every `collection/id` some entry, diagram or crossing may name: entries that must not be deleted. */
function referencedKeys(entries: readonly Entry[]): Set<string> {
  const named = new Set(entries.flatMap((entry) => strings(entry.frontMatter.toJS())));
  const bodies = entries.map((entry) => entry.body).join('\n');
  const keys = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    if (named.has(entry.id) || named.has(key) || bodies.includes(`/${key}/`)) keys.add(key);
  }
  for (const diagram of Object.values(DIAGRAMS as Record<string, DiagramDefinition>)) for (const node of diagram.columns.flat()) if (node.entry !== undefined) keys.add(node.entry);
  for (const crossing of CROSSINGS) for (const id of crossing.glossary) keys.add(`glossary/${id}`);
  return keys;
}

const LIST_FIELDS = ['related', 'technologies', 'concepts', 'alternatives', 'counterparts', 'noAutolink'];

/**
 * Removes a glossary entry or technology card that only lists and body links point to (not a diagram, a crossing, a
 * comparison column, a card's language or the only step of a stage), with every link to it; returns it.
 */
function retireAnEntry(entries: Entry[], random: ReturnType<typeof randomFrom>): Entry | undefined {
  const pinned = referencedKeys([]);
  for (const entry of entries) {
    for (const subject of (get(entry, 'subjects') as Record<string, string>[] | undefined) ?? []) {
      if (subject['technology'] !== undefined) pinned.add(`technologies/${subject['technology']}`);
      if (subject['glossary'] !== undefined) pinned.add(`glossary/${subject['glossary']}`);
    }
    if (typeof get(entry, 'language') === 'string') pinned.add(`technologies/${String(get(entry, 'language'))}`);
    for (const stage of (get(entry, 'stages') as { steps: { entry: string }[] }[] | undefined) ?? []) if (stage.steps.length === 1) pinned.add(stage.steps[0]?.entry ?? '');
  }
  const candidates = entries.filter((entry) => (entry.collection === 'glossary' || entry.collection === 'technologies') && !pinned.has(`${entry.collection}/${entry.id}`));
  const target = random.pick(candidates);
  if (target === undefined) return undefined;
  const key = `${target.collection}/${target.id}`;
  const link = new RegExp(`\\[([^\\]]*)\\]\\(/${key}/(?:#[^)]*)?\\)`, 'g');
  for (const entry of entries) {
    if (entry === target) continue;
    let changed = false;
    for (const field of LIST_FIELDS) {
      const values = get(entry, field);
      if (!Array.isArray(values)) continue;
      const kept = values.filter((value) => value !== target.id && value !== key);
      if (kept.length !== values.length) {
        entry.frontMatter.set(field, kept);
        changed = true;
      }
    }
    const stages = get(entry, 'stages') as { title: string; goal: string; steps: { entry: string; note?: string }[] }[] | undefined;
    if (stages?.some((stage) => stage.steps.some((step) => step.entry === key)) === true) {
      entry.frontMatter.set('stages', stages.map((stage) => ({ ...stage, steps: stage.steps.filter((step) => step.entry !== key) })));
      changed = true;
    }
    const unlinked = entry.body.replace(link, '$1');
    if (unlinked !== entry.body) {
      entry.body = unlinked;
      changed = true;
    }
    if (changed) save(entry);
  }
  rmSync(target.file);
  entries.splice(entries.indexOf(target), 1);
  return target;
}

const point = (title: string, text: string) => ({ title, text });

/** New entries of every kind, valid as written, each linking entries that exist. */
function newEntries(entries: readonly Entry[], suffix: string): { file: string; text: string }[] {
  const of = (collection: string) => entries.filter((entry) => entry.collection === collection);
  const glossaryIds = of('glossary').slice(0, 3).map((entry) => entry.id);
  const technology = of('technologies')[0];
  const term = of('glossary')[0];
  const yaml = (data: Record<string, unknown>) => parseDocument(JSON.stringify(data)).toString({ lineWidth: 0 }).trim();
  const sections = '\n\n## Why it matters on the backend\n\nServers answer many requests at once, so this matters there.\n\n## Example\n\nA shop answers a request for its orders.\n\n## Common pitfalls\n\nForgetting it until the site is slow.\n';
  return [
    {
      file: `glossary/robustness-term-${suffix}.md`,
      text: `---\n${yaml({ title: `Robustness term ${suffix}`, summary: 'A term added to check that the tests hold for new content.', category: 'architecture', side: 'backend', related: glossaryIds, sources: ['https://www.rfc-editor.org/rfc/rfc9110'], reviewed: '2026-12' })}\n---\n\nA term written for the robustness run.${sections}`,
    },
    {
      file: `technologies/robustness-tool-${suffix}.md`,
      text: `---\n${yaml({
        name: `Robustness tool ${suffix}`,
        kind: 'tool',
        side: 'backend',
        summary: 'A tool added to check that the tests hold for new content.',
        website: `https://www.example.org/robustness-tool-${suffix}/`,
        features: [point('Fast', 'It answers quickly.'), point('Small', 'It installs quickly.'), point('Plain', 'It reads easily.')],
        pros: [point('Simple', 'Few settings.'), point('Stable', 'Few changes.'), point('Open', 'Free to use.')],
        cons: [point('Young', 'Few users so far.'), point('Narrow', 'Does one thing.')],
        useCases: [point('Testing', 'Checking the guide.'), point('Learning', 'Reading the code.')],
        concepts: glossaryIds.slice(0, 2),
        sources: [`https://www.example.org/robustness-tool-${suffix}/`],
        reviewed: '2026-12',
      })}\n---\n\nA tool written for the robustness run.\n\n## How it works\n\nIt reads files and writes a report.\n\n## When to choose it\n\nWhen a test needs a tool.\n`,
    },
    {
      file: `comparisons/robustness-comparison-${suffix}.md`,
      text: `---\n${yaml({
        title: `Robustness comparison ${suffix}`,
        summary: 'A comparison added to check that the tests hold for new content.',
        subjects: [{ glossary: term?.id ?? glossaryIds[0] }, { label: 'Something else' }],
        criteria: [{ name: 'Speed', cells: [{ text: 'Fast' }, { text: 'Slow' }] }],
        sources: ['https://www.rfc-editor.org/rfc/rfc9110'],
        reviewed: '2026-12',
      })}\n---\n\nHow to read the table.\n`,
    },
    {
      file: `guides/robustness-guide-${suffix}.mdx`,
      text: `---\n${yaml({ title: `Robustness guide ${suffix}`, summary: 'A guide added to check that the tests hold for new content.', section: 'practice', order: 999, related: technology === undefined ? [] : [`technologies/${technology.id}`], sources: ['https://www.rfc-editor.org/rfc/rfc9110'], reviewed: '2026-12' })}\n---\n\n## First section\n\nRead the [first term](/glossary/${glossaryIds[0]}/) first.\n`,
    },
    {
      file: `paths/robustness-path-${suffix}.md`,
      text: `---\n${yaml({
        title: `Robustness path ${suffix}`,
        summary: 'A path added to check that the tests hold for new content.',
        audience: 'Readers of the robustness run.',
        stages: [{ title: 'Start', goal: 'Read three terms.', steps: glossaryIds.map((id) => ({ entry: `glossary/${id}` })) }],
        reviewed: '2026-12',
      })}\n---\n\nA path written for the robustness run.\n`,
    },
  ];
}

/** Applies `count` random valid edits to the content under `root`; returns a line describing each. */
export function applyRandomEdits(root: string, seed: number, count: number): string[] {
  const random = randomFrom(seed);
  const done: string[] = [];
  const entries = load(root);
  const named = entries.filter((entry) => entry.collection === 'glossary' || entry.collection === 'technologies');
  const edits: Record<string, () => string | undefined> = {
    'reword a summary': () => {
      const entry = random.pick(entries.filter((candidate) => String(get(candidate, 'summary')).length < 240));
      if (entry === undefined) return undefined;
      entry.frontMatter.set('summary', `In short: ${String(get(entry, 'summary'))}`);
      save(entry);
      return entry.file;
    },
    'reword a body': () => {
      const entry = random.pick(entries.filter((candidate) => candidate.collection !== 'comparisons'));
      if (entry === undefined) return undefined;
      entry.body = `${entry.body.trimEnd()}\n\nThis entry was edited to check that the tests hold for any content.\n`;
      save(entry);
      return entry.file;
    },
    'change a website': () => {
      const entry = random.pick(entries.filter((candidate) => typeof get(candidate, 'website') === 'string'));
      if (entry === undefined) return undefined;
      entry.frontMatter.set('website', `https://www.example.org/${entry.id}/`);
      save(entry);
      return entry.file;
    },
    'change a release year': () => {
      const entry = random.pick(entries.filter((candidate) => typeof get(candidate, 'firstReleased') === 'number' && Number(get(candidate, 'firstReleased')) > 1960));
      if (entry === undefined) return undefined;
      entry.frontMatter.set('firstReleased', Number(get(entry, 'firstReleased')) - 1);
      save(entry);
      return entry.file;
    },
    'add an alias': () => {
      const entry = random.pick(named);
      if (entry === undefined) return undefined;
      const aliases = (get(entry, 'aliases') as string[] | undefined) ?? [];
      entry.frontMatter.set('aliases', [...aliases, `${titleOf(entry).slice(0, 40)} edition`]);
      save(entry);
      return entry.file;
    },
    'remove an alias': () => {
      const entry = random.pick(named.filter((candidate) => ((get(candidate, 'aliases') as string[] | undefined) ?? []).length > 0));
      if (entry === undefined) return undefined;
      const aliases = (get(entry, 'aliases') as string[]).slice();
      aliases.splice(Math.floor(random.next() * aliases.length), 1);
      entry.frontMatter.set('aliases', aliases);
      save(entry);
      return entry.file;
    },
    'add a related link': () => {
      const entry = random.pick(entries.filter((candidate) => candidate.collection === 'glossary'));
      const related = (entry === undefined ? [] : ((get(entry, 'related') as string[] | undefined) ?? [])) as string[];
      const other = random.pick(entries.filter((candidate) => candidate.collection === 'glossary' && candidate.id !== entry?.id && !related.includes(candidate.id)));
      if (entry === undefined || other === undefined) return undefined;
      entry.frontMatter.set('related', [...related, other.id]);
      save(entry);
      return entry.file;
    },
    'remove a related link': () => {
      const entry = random.pick(entries.filter((candidate) => candidate.collection === 'glossary' && ((get(candidate, 'related') as string[] | undefined) ?? []).length > 0));
      if (entry === undefined) return undefined;
      const related = (get(entry, 'related') as string[]).slice(1);
      entry.frontMatter.set('related', related);
      save(entry);
      return entry.file;
    },
  };
  for (let edit = 0; edit < count; edit++) {
    const name = random.pick(Object.keys(edits)) ?? 'reword a body';
    const file = edits[name]?.();
    if (file !== undefined) done.push(`${name}: ${path.relative(root, file)}`);
  }
  // Once per run: an entry goes, after the links to it are taken out of the entries that named it (as a contributor
  // retiring an entry would), and one entry of each kind arrives.
  const retired = retireAnEntry(entries, random);
  if (retired !== undefined) done.push(`retire an entry and the links to it: ${path.relative(root, retired.file)}`);
  const loose = retired;
  const suffix = String(seed);
  for (const { file, text } of newEntries(entries.filter((entry) => entry !== loose), suffix)) {
    writeFileSync(path.join(root, file), text);
    done.push(`add an entry: ${file}`);
  }
  return done;
}
