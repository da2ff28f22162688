/**
 * The style guide's rules that a program can hold (CONTRIBUTING.md, "Style guide"): facts checked within a year, the
 * same section names across a collection, and HTTP/1.1 examples that a server would accept.
 */
import type { CollectionName } from '../schemas/registry.ts';
import { YEAR_MONTH } from '../schemas/shared.ts';
import type { BodyHeading, CodeBlock } from './body.ts';

export interface StyleProblem {
  line: number;
  column: number;
  message: string;
  hint?: string;
}

/** How long a review holds before the check asks for another. */
export const REVIEW_VALID_MONTHS = 12;

/** Whole months from `reviewed` (`YYYY-MM`) to `now`; undefined when it is not a month. */
export function monthsSince(reviewed: string, now: Date): number | undefined {
  const match = YEAR_MONTH.exec(reviewed);
  if (match === null) return undefined;
  return (now.getUTCFullYear() - Number(match[1])) * 12 + now.getUTCMonth() + 1 - Number(match[2]);
}

/** True when an entry's facts were last checked more than `REVIEW_VALID_MONTHS` months before `now`. */
export const isStale = (reviewed: string, now: Date) => (monthsSince(reviewed, now) ?? 0) > REVIEW_VALID_MONTHS;

/** The h2 sections every entry of a collection has, in this order; other h2s may stand before or between them. */
export const REQUIRED_SECTIONS: Partial<Record<CollectionName, readonly string[]>> = {
  glossary: ['Why it matters on the backend', 'Example', 'Common pitfalls'],
};

export function sectionProblems(collection: CollectionName, headings: readonly BodyHeading[], bodyLine: number): StyleProblem[] {
  const required = REQUIRED_SECTIONS[collection];
  if (required === undefined) return [];
  const sections = headings.filter((heading) => heading.depth === 2);
  const problems: StyleProblem[] = [];
  let previous = -1;
  for (const name of required) {
    const index = sections.findIndex((heading) => heading.text.trim() === name);
    if (index === -1) {
      const near = sections.find((heading) => heading.text.toLowerCase().includes(name.toLowerCase().split(' ')[0] ?? name));
      problems.push({
        line: near?.line ?? bodyLine,
        column: near?.column ?? 1,
        message: near === undefined ? `has no \`## ${name}\` section` : `names the section \`## ${near.text}\`; every ${collection} entry calls it \`## ${name}\``,
        hint: `${collection} entries have the sections ${required.map((section) => `\`## ${section}\``).join(', ')}, in that order`,
      });
      continue;
    }
    if (index < previous) {
      const heading = sections[index];
      problems.push({ line: heading?.line ?? bodyLine, column: heading?.column ?? 1, message: `puts \`## ${name}\` out of order`, hint: `the order is ${required.map((section) => `\`## ${section}\``).join(', ')}` });
    }
    previous = Math.max(previous, index);
  }
  return problems;
}

const REQUEST_LINE = /^[A-Z]+ \S+ HTTP\/1\.1\s*$/;

/** An HTTP/1.1 request needs a `Host` header (RFC 9112, section 3.2); examples should show requests a server accepts. */
export function httpExampleProblems(blocks: readonly CodeBlock[]): StyleProblem[] {
  const problems: StyleProblem[] = [];
  for (const block of blocks) {
    if (block.lang !== 'http') continue;
    const lines = block.value.split('\n');
    lines.forEach((line, index) => {
      if (!REQUEST_LINE.test(line)) return;
      const headers: string[] = [];
      for (const header of lines.slice(index + 1)) {
        if (header.trim() === '') break;
        headers.push(header);
      }
      if (!headers.some((header) => /^host\s*:/i.test(header))) {
        problems.push({
          line: block.line + 1 + index,
          column: 1,
          message: `the HTTP/1.1 request \`${line.trim()}\` has no \`Host\` header`,
          hint: 'add a line such as `Host: api.example.com` after the request line (HTTP/1.1 requires it)',
        });
      }
    });
  }
  return problems;
}
