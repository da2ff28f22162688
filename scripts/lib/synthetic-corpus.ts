/**
 * A deterministic synthetic corpus for the benchmark: N glossary entries of about 450 words, each with two headings,
 * a table, a code block, three links to other entries and glossary terms to link automatically, plus one entry in
 * each other collection (a learning path through the first twenty terms) so that every page template is built. The same N always yields the same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const WORDS = (
  'request response server client cache database index query latency throughput queue worker deploy container ' +
  'service gateway proxy session token schema migration replica shard partition transaction commit rollback log ' +
  'metric trace alert config secret route handler middleware template render stream socket event retry timeout'
).split(' ');

/** How many words of the vocabulary are glossary aliases, and so linked on nearly every page. */
const LINKED_WORDS = 5;

/** A small linear congruential generator: deterministic and fast. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const syntheticId = (index: number) => `term-${String(index).padStart(5, '0')}`;

function sentence(next: () => number, words: number): string {
  const parts = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'data');
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 8))).join(' ');
}

export function syntheticEntry(index: number, count: number): string {
  const next = random(index + 1);
  const link = (offset: number) => syntheticId((index + offset) % count);
  const title = `Synthetic term ${index}`;
  // Every entry has a name of its own, so the matcher holds as many names as a real glossary of this size. The first
  // few are also named after words of the body vocabulary, so each page has about as many terms to link
  // automatically as a page of the real guide (three to six).
  const aliases = [...(index < LINKED_WORDS ? [WORDS[index]] : []), `synthetic concept ${index}`];
  return `---
title: ${title}
summary: ${sentence(next, 14)}
aliases: [${aliases.join(', ')}]
category: ${['api', 'data', 'architecture', 'operations'][index % 4]}
side: ${['frontend', 'backend', 'both', 'infrastructure'][index % 4]}
related: [${count > 1 ? link(1) : 'term-sentinel'}]
sources: [https://example.org/${index}]
reviewed: 2026-12
---

${paragraph(next, 6)} See [${link(1)}](/glossary/${link(1)}/) and [${link(7)}](/glossary/${link(7)}/).

## Why it matters on the backend

${paragraph(next, 7)}

## Example

| Property | Value | Note |
| -------- | ----- | ---- |
| size | ${Math.floor(next() * 1000)} | ${sentence(next, 4)} |
| cost | ${Math.floor(next() * 100)} | ${sentence(next, 4)} |
| speed | ${Math.floor(next() * 10)} | ${sentence(next, 4)} |

\`\`\`js
const result = await fetch('/api/${syntheticId(index)}');
console.log(result.status, ${index});
\`\`\`

## Common pitfalls

${paragraph(next, 7)} Compare with [${link(13)}](/glossary/${link(13)}/).
`;
}

const point = (title: string) => `  - { title: ${title}, text: ${title} explained. }`;

export async function writeSyntheticCorpus(root: string, count: number): Promise<void> {
  for (const collection of ['glossary', 'technologies', 'comparisons', 'guides', 'paths']) await mkdir(path.join(root, collection), { recursive: true });
  const writes: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    writes.push(writeFile(path.join(root, 'glossary', `${syntheticId(index)}.md`), syntheticEntry(index, count)));
  }
  if (count === 1) writes.push(writeFile(path.join(root, 'glossary', 'term-sentinel.md'), syntheticEntry(1, 2).replace(/related: \[[^\]]*\]/, 'related: []')));
  writes.push(
    writeFile(
      path.join(root, 'technologies', 'synthetic-db.md'),
      `---
name: Synthetic DB
kind: database
side: backend
summary: A database card for the benchmark.
website: https://example.org/db/
features:
${point('One')}
${point('Two')}
${point('Three')}
pros:
${point('Fast')}
${point('Small')}
${point('Simple')}
cons:
${point('New')}
${point('Rare')}
useCases:
${point('Benchmarks')}
${point('Tests')}
concepts: [${syntheticId(0)}]
sources: [https://example.org/db/docs/]
reviewed: 2026-12
---

A database card.
`,
    ),
    writeFile(
      path.join(root, 'comparisons', 'synthetic-comparison.md'),
      `---
title: Synthetic comparison
summary: A comparison for the benchmark.
subjects:
  - technology: synthetic-db
  - label: Other
criteria:
  - name: Speed
    cells:
      - { rating: 4, note: Fast enough. }
      - { text: Unknown. }
sources: [https://example.org/]
reviewed: 2026-12
---

A comparison.
`,
    ),
    writeFile(
      path.join(root, 'paths', 'synthetic-path.md'),
      `---
title: Synthetic path
summary: A learning path for the benchmark.
audience: Readers of the benchmark.
stages:
  - title: Start
    goal: Read the first terms.
    steps:
${Array.from({ length: Math.min(count, 20) }, (_, index) => `      - entry: glossary/${syntheticId(index)}`).join('\n')}
reviewed: 2026-12
---

A path through the first terms.
`,
    ),
    writeFile(
      path.join(root, 'guides', 'synthetic-guide.mdx'),
      `---
title: Synthetic guide
summary: A guide for the benchmark.
section: foundations
order: 1
related: [glossary/${syntheticId(0)}]
sources: [https://example.org/]
reviewed: 2026-12
---

## Start

${paragraph(random(7), 10)}
`,
    ),
  );
  await Promise.all(writes);
}
