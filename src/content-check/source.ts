/**
 * Reading one entry file: strict UTF-8 decoding, front matter split from the body, and YAML parsed with positions so
 * that every problem can point at a real line and column.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { FieldPath } from './references.ts';

export interface Located {
  line: number;
  column: number;
  message: string;
}

export interface ParsedSource {
  /** The decoded text, or undefined when the bytes are not UTF-8. */
  text?: string;
  /** Front matter as plain data, when it parsed. */
  data?: unknown;
  /** The Markdown body after the front matter. */
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  /** Problems of the file itself (encoding, line endings, YAML syntax). */
  problems: Located[];
  /** Where a front-matter field is written; falls back to its nearest written ancestor. */
  locate(path: FieldPath, options?: { key?: string }): { line: number; column: number };
}

/** YAML nesting deeper than this is rejected before it can exhaust the stack. */
const MAX_YAML_DEPTH = 64;

export function parseSource(bytes: Uint8Array): ParsedSource {
  const problems: Located[] = [];
  const fileStart = () => ({ line: 1, column: 1 });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    problems.push({ line: 1, column: 1, message: `is not valid UTF-8 (first bad byte at offset ${offset}): save the file as UTF-8` });
    return { body: '', bodyLine: 1, problems, locate: fileStart };
  }
  if (text.startsWith('\uFEFF')) {
    problems.push({ line: 1, column: 1, message: 'starts with a byte-order mark: save the file as UTF-8 without BOM' });
    text = text.slice(1);
  }
  if (text.includes('\r')) {
    const line = text.slice(0, text.indexOf('\r')).split('\n').length;
    problems.push({ line, column: 1, message: 'uses CRLF (Windows) line endings: convert the file to LF' });
    text = text.replace(/\r\n?/g, '\n');
  }
  if (text.trim() === '') {
    problems.push({ line: 1, column: 1, message: 'is empty: an entry starts with front matter between two `---` lines' });
    return { text, body: '', bodyLine: 1, problems, locate: fileStart };
  }
  const match = /^---\n([\s\S]*?)\n?^---[ \t]*(?:\n|$)/m.exec(text);
  if (match === null || match.index !== 0) {
    problems.push({ line: 1, column: 1, message: 'has no front matter: start the file with a `---` line, the fields, then another `---` line' });
    return { text, body: text, bodyLine: 1, problems, locate: fileStart };
  }
  const yamlSource = match[1] ?? '';
  const body = text.slice(match[0].length);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlSource, { lineCounter, uniqueKeys: true, prettyErrors: false });
  // Front matter begins on line 2 (line 1 is the opening `---`).
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  for (const error of [...doc.errors, ...doc.warnings]) {
    problems.push({ ...position(error.pos[0]), message: `YAML: ${error.message.split('\n')[0]}` });
  }
  visit(doc, {
    Alias(_, node) {
      problems.push({ ...position(node.range?.[0] ?? 0), message: `uses the YAML alias \`*${node.source}\`: write the value out in full` });
    },
    Node(_, node) {
      if ('anchor' in node && typeof node.anchor === 'string') {
        problems.push({ ...position(node.range?.[0] ?? 0), message: `uses the YAML anchor \`&${node.anchor}\`: anchors and aliases are not allowed` });
      }
    },
  });
  const depth = nestingDepth(doc);
  if (depth > MAX_YAML_DEPTH) {
    problems.push({ line: 2, column: 1, message: `nests ${depth} levels deep: front matter may nest at most ${MAX_YAML_DEPTH}` });
  }
  const parsed = doc.errors.length === 0 && depth <= MAX_YAML_DEPTH ? safeToJs(doc) : undefined;
  const frontMatterStart = { line: 2, column: 1 };
  return {
    text,
    ...(parsed === undefined ? {} : { data: parsed ?? {} }),
    body,
    bodyLine: match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1),
    problems,
    locate(path, options = {}) {
      const found = nodeAt(doc, path, options.key);
      return found?.range === undefined || found.range === null ? frontMatterStart : position(found.range[0]);
    },
  };
}

function safeToJs(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 0 });
  } catch {
    return undefined;
  }
}

/** The deepest nesting of maps and sequences, measured without recursion. */
function nestingDepth(doc: Document): number {
  let deepest = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: undefined, depth: 0 };
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_YAML_DEPTH) return deepest;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
    }
  }
  return deepest;
}

/** The node written at `path` (or the key node `key` inside it), else the nearest ancestor that is written. */
function nodeAt(doc: Document, path: FieldPath, key?: string): Node | undefined {
  let current: unknown = doc.contents;
  let lastWritten: Node | undefined = isNode(current) ? current : undefined;
  for (const part of key === undefined ? path : [...path, key]) {
    let next: unknown;
    if (isMap(current)) {
      const pair = current.items.find((item) => isScalar(item.key) && item.key.value === part);
      if (pair !== undefined && part === key) return isNode(pair.key) ? pair.key : lastWritten;
      next = pair?.value ?? undefined;
      if (next === null && isNode(pair?.key)) lastWritten = pair.key as Node;
    } else if (isSeq(current) && typeof part === 'number') {
      next = current.items[part];
    }
    if (!isNode(next)) return lastWritten;
    current = next;
    lastWritten = next;
  }
  return lastWritten;
}

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && 'range' in value;
}

/** The offset of the first byte of the first invalid UTF-8 sequence (overlong forms and surrogates included). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    let length: number;
    let min: number;
    if (lead < 0x80) {
      index++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    if (index + length > bytes.length) return index;
    let codePoint = lead & (0xff >> (length + 1));
    for (let offset = 1; offset < length; offset++) {
      const continuation = bytes[index + offset] ?? 0;
      if ((continuation & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index;
    index += length;
  }
  return bytes.length;
}
