/**
 * Code blocks get a header: the title the author gives in the fence's meta (```` ```js title="server.js" ````), the
 * language, a copy button and a live region that announces "Copied". A Shiki transformer, so both Markdown pipelines
 * (Sätteri for `.md`, unified for MDX) produce the same markup from the same code; the button is `hidden` until the
 * enhancement script (src/reading/client/copy-code.ts) can make it work.
 */
import type { ShikiTransformer } from '@shikijs/types';
import type { Element, ElementContent, Root } from 'hast';
import { TAB_LANGUAGE_LABELS } from '../schemas/registry.ts';

/** Display names of the languages the guide's code blocks use, by Shiki's id or alias; others show as written. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ...TAB_LANGUAGE_LABELS,
  js: 'JavaScript',
  mjs: 'JavaScript',
  ts: 'TypeScript',
  jsx: 'JSX',
  tsx: 'TSX',
  py: 'Python',
  rb: 'Ruby',
  rs: 'Rust',
  cs: 'C#',
  sh: 'Shell',
  bash: 'Shell',
  zsh: 'Shell',
  console: 'Shell',
  html: 'HTML',
  css: 'CSS',
  json: 'JSON',
  yaml: 'YAML',
  yml: 'YAML',
  toml: 'TOML',
  xml: 'XML',
  http: 'HTTP',
  graphql: 'GraphQL',
  dockerfile: 'Dockerfile',
  docker: 'Dockerfile',
  nginx: 'nginx',
  ini: 'INI',
  diff: 'Diff',
  kotlin: 'Kotlin',
  elixir: 'Elixir',
  proto: 'Protocol Buffers',
  protobuf: 'Protocol Buffers',
};

/** Languages that name no language: their blocks show no language label. */
const NO_LANGUAGE = new Set(['', 'plaintext', 'text', 'txt', 'plain']);

/** The title in a fence's meta: `title="server.js"` or `title='server.js'`. */
export function codeTitle(meta: string | undefined): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const title = (match?.[1] ?? match?.[2])?.trim();
  return title === '' ? undefined : title;
}

export function languageName(lang: string): string | undefined {
  const id = lang.toLowerCase();
  return NO_LANGUAGE.has(id) ? undefined : (LANGUAGE_NAMES[id] ?? lang);
}

const span = (className: string, text: string): ElementContent => ({
  type: 'element',
  tagName: 'span',
  properties: { className: [className] },
  children: [{ type: 'text', value: text }],
});

/** The frame around a highlighted `<pre>`. */
export function codeFrame(pre: Element, lang: string, meta: string | undefined): Element {
  const title = codeTitle(meta);
  const language = languageName(lang);
  const header: Element = {
    type: 'element',
    tagName: 'div',
    properties: { className: ['code-block__header'], dataPagefindIgnore: '' },
    children: [
      ...(title === undefined ? [] : [span('code-block__title', title)]),
      ...(language === undefined ? [] : [span('code-block__language', language)]),
      {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['code-block__copy'], dataCopy: '', hidden: true },
        children: [{ type: 'text', value: 'Copy' }],
      },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'], role: 'status' }, children: [] },
    ],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['code-block'], dataEnhance: '' }, children: [header, pre] };
}

export function codeFrames(): ShikiTransformer {
  return {
    name: 'backend-field-guide:code-frames',
    root(root: Root) {
      const pre = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'pre');
      if (pre === undefined) return root;
      const meta = this.options.meta?.__raw;
      return { ...root, children: [codeFrame(pre, this.options.lang, meta)] };
    },
  };
}
