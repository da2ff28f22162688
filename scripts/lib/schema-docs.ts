/**
 * The JSDoc of each schema field, read from the schema source with the TypeScript compiler API. The JSDoc in
 * `src/schemas/` stays the one place where a field is explained: the `npm run new` templates and the generated JSON
 * Schemas (editor hovers) take their descriptions from it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { CollectionName } from '../../src/schemas/registry.ts';

/** The file under `src/schemas/` that declares each collection's schema. */
export const SCHEMA_FILES: Record<CollectionName, string> = {
  glossary: 'glossary.ts',
  technologies: 'technologies.ts',
  comparisons: 'comparisons.ts',
  guides: 'guides.ts',
  paths: 'paths.ts',
};

/** Field name → JSDoc text, for every object literal passed to `z.strictObject` in a schema file, by variable. */
export function readSchemaDocs(file: string): Map<string, Map<string, string>> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const byVariable = new Map<string, Map<string, string>>();
  const visit = (node: ts.Node, variable: string | undefined) => {
    const name = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : variable;
    if (ts.isCallExpression(node) && node.expression.getText(source).endsWith('strictObject')) {
      const [shape] = node.arguments;
      if (shape !== undefined && ts.isObjectLiteralExpression(shape) && name !== undefined) {
        const fields = byVariable.get(name) ?? new Map<string, string>();
        for (const property of shape.properties) {
          if (!ts.isPropertyAssignment(property)) continue;
          const text = ts
            .getJSDocCommentsAndTags(property)
            .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ts.getTextOfJSDocComment(doc.comment) ?? ''))
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim();
          if (text !== '') fields.set(property.name.getText(source), text);
        }
        byVariable.set(name, fields);
      }
    }
    ts.forEachChild(node, (child) => visit(child, name));
  };
  visit(source, undefined);
  return byVariable;
}

/** The documented top-level fields of a collection's schema, in declaration order. */
export function collectionFieldDocs(collection: CollectionName, schemasDir = path.resolve('src/schemas')): Map<string, string> {
  const docs = readSchemaDocs(path.join(schemasDir, SCHEMA_FILES[collection]));
  const main = [...docs.entries()].find(([variable]) => variable.endsWith('Schema') && !/^(point|subject|cell|criterion)Schema$/.test(variable));
  return main?.[1] ?? new Map();
}
