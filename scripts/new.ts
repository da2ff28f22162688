/**
 * `npm run new -- <glossary|technology|comparison|guide> "<Title>"`: creates an entry at the right path with a
 * kebab-case id and a template listing every field with its documentation. Required fields are left blank so that
 * `npm run check` points at each one until it is filled in. Refuses an id or a name that another entry already has.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContent } from '../src/content-check/index.ts';
import { resolveContentRoot } from '../src/content-check/content-root.ts';
import { entryTemplate, findNameOwner, slugify, TEMPLATE_COLLECTIONS } from './lib/templates.ts';

const [kind = '', ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
const collection = TEMPLATE_COLLECTIONS[kind];
if (collection === undefined || title === '') {
  console.error(`Usage: npm run new -- <${Object.keys(TEMPLATE_COLLECTIONS).join('|')}> "<Title>"\nExample: npm run new -- glossary "Circuit breaker"`);
  process.exit(2);
}
const id = slugify(title);
if (id === '') {
  console.error(`"${title}" has no letters or digits to make an id from.`);
  process.exit(2);
}

const root = resolveContentRoot();
const report = await checkContent(root);
const owner = findNameOwner(report.files, collection, id, title);
if (owner !== undefined) {
  console.error(`✘ Not created: ${owner}`);
  process.exit(1);
}

const extension = collection === 'guides' ? '.mdx' : '.md';
const file = path.join(root, collection, `${id}${extension}`);
await writeFile(file, entryTemplate(collection, title), { flag: 'wx' });
const shown = path.relative(process.cwd(), file);
console.log(`✔ Created ${shown} (id: ${id}, URL: /${collection}/${id}/)`);
console.log('Next: fill in every blank field and write the body, then run `npm run check` until it reports no errors.');
