/**
 * `npm run term-gaps [-- --min N]`: lists the terms that three (or N) or more entries mention in their bodies but no
 * entry is named after (id, title or alias), most mentioned first, with the entries that mention each.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content-check/index.ts';
import { resolveContentRoot } from '../src/content-check/content-root.ts';
import { termGaps } from './lib/term-gaps.ts';

const { values } = parseArgs({ options: { min: { type: 'string', default: '3' } } });
const report = await checkContent(resolveContentRoot(), { spelling: false });
const gaps = termGaps(
  report.files.map(({ collection, id, source }) => {
    const data = (source.data ?? {}) as { title?: unknown; name?: unknown; aliases?: unknown };
    const names = [id, data.title, data.name, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((name): name is string => typeof name === 'string');
    return { entry: `${collection}/${id}`, body: source.body, names };
  }),
  Number(values.min),
);
for (const gap of gaps) {
  const shown = gap.entries.slice(0, 4).join(', ');
  console.log(`${String(gap.entries.length).padStart(3)}  ${gap.term}  (${shown}${gap.entries.length > 4 ? ', …' : ''})`);
}
console.log(`${gaps.length} terms are mentioned by ${values.min} or more entries and have no entry of their own`);
