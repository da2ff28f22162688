/** Turns Zod issues into contributor-facing messages: what was expected, and a fix where one is known. */
import { z } from 'astro/zod';
import { unwrapOptional, type FieldPath } from './references.ts';
import { didYouMean } from '../text/suggest.ts';

export interface FieldIssue {
  path: FieldPath;
  /** For an unknown key: the key itself, so the position points at it. */
  key?: string;
  message: string;
  hint?: string | undefined;
}

const describeValue = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

/** The fields an object schema at `path` allows, for "did you mean" on unknown keys. */
function knownKeys(schema: z.ZodType, path: FieldPath, data: unknown): string[] {
  let node: unknown = schema;
  let value: unknown = data;
  for (const part of path) {
    node = unwrap(node);
    if (node instanceof z.ZodObject && typeof part === 'string') node = (node.shape as Record<string, unknown>)[part];
    else if (node instanceof z.ZodArray) node = node.element;
    else return [];
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[part] : undefined;
  }
  node = unwrap(node);
  if (node instanceof z.ZodUnion) {
    node = (node.options as z.ZodType[]).find((option) => {
      const shape = unwrap(option);
      return shape instanceof z.ZodObject && value !== null && typeof value === 'object' && Object.keys(shape.shape).some((k) => k in value);
    });
    node = unwrap(node);
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function unwrap(node: unknown): unknown {
  return node instanceof z.ZodType ? unwrapOptional(node).inner : node;
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** The shapes of a union of objects, e.g. "{ technology } or { glossary } or { label }". */
function describeUnion(issue: z.core.$ZodIssueInvalidUnion): string | undefined {
  const keys = issue.errors.map((optionIssues) => {
    const missing = optionIssues.filter((i) => i.code === 'invalid_type' && i.input === undefined).map((i) => String(i.path.at(-1)));
    return missing;
  });
  if (keys.every((k) => k.length > 0)) return keys.map((k) => `{ ${k.join(', ')} }`).join(' or ');
  return undefined;
}

export function describeIssues(schema: z.ZodType, data: unknown, issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue) => describeIssue(schema, data, issue, []));
}

function describeIssue(schema: z.ZodType, data: unknown, issue: z.core.$ZodIssue, prefix: FieldPath): FieldIssue[] {
  const path = [...prefix, ...issue.path] as FieldPath;
  const input = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = knownKeys(schema, path, data);
      return issue.keys.map((key) => ({
        path,
        key,
        message: `unknown field \`${key}\``,
        hint: didYouMean(key, allowed) ?? (allowed.length > 0 ? `allowed fields: ${allowed.join(', ')}` : 'remove it'),
      }));
    }
    case 'invalid_type': {
      if (input === undefined) {
        return [{ path, message: 'is required but missing', hint: `add it: expected ${EXPECTED[issue.expected] ?? issue.expected}` }];
      }
      const custom = !issue.message.startsWith('Invalid input');
      return [{ path, message: custom ? issue.message : `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${describeValue(input)}` }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (input === undefined) return [{ path, message: 'is required but missing', hint: `add it: allowed values are ${allowed.join(', ')}` }];
      if (input === '') return [{ path, message: 'is blank', hint: `choose one of ${allowed.join(', ')}` }];
      const suggestion = didYouMean(String(input), allowed);
      return [
        {
          path,
          message: `\`${String(input)}\` is not an allowed value`,
          hint: `${suggestion === undefined ? '' : `${suggestion} `}allowed: ${allowed.join(', ')}`,
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      if (!/^Too (small|big)/.test(issue.message)) return [{ path, message: issue.message }];
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const bound = issue.code === 'too_small' ? 'at least' : 'at most';
      const unit = issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : '';
      return [{ path, message: `must be ${bound} ${String(limit)}${unit}` }];
    }
    case 'invalid_union': {
      const shapes = describeUnion(issue);
      const closestOption = issue.errors
        .filter((optionIssues) => !optionIssues.some((i) => i.code === 'unrecognized_keys' || (i.code === 'invalid_type' && i.input === undefined && i.path.length === 1)))
        .sort((a, b) => a.length - b.length)[0];
      if (closestOption !== undefined && closestOption.length > 0) {
        return closestOption.flatMap((inner) => describeIssue(schema, data, inner, path));
      }
      return [{ path, message: `does not match any allowed form`, hint: shapes === undefined ? undefined : `write one of ${shapes}` }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}
