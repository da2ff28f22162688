/** `npm run schemas`: writes the collections' JSON Schemas to schemas/ (a test fails when they are out of date). */
import { mkdir, writeFile } from 'node:fs/promises';
import { allJsonSchemas } from './lib/json-schemas.ts';

await mkdir('schemas', { recursive: true });
for (const [name, text] of allJsonSchemas()) {
  await writeFile(`schemas/${name}`, text);
  console.log(`wrote schemas/${name}`);
}
