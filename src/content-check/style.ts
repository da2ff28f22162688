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
  const order = required.map((section) => `\`## ${section}\``).join(', ');
  const problems: StyleProblem[] = [];
  const missing: string[] = [];
  let previous = -1;
  for (const name of required) {
    const index = sections.findIndex((heading) => heading.text.trim() === name);
    if (index === -1) {
      // A heading that starts with the same word is this section under another name ("A small example").
      const word = (name.split(' ')[0] ?? name).toLowerCase();
      const renamed = sections.find((heading) => !required.includes(heading.text.trim()) && heading.text.toLowerCase().split(/\W+/).includes(word));
      if (renamed === undefined) missing.push(`\`## ${name}\``);
      else problems.push({ line: renamed.line, column: renamed.column, message: `names the section \`## ${renamed.text}\`; every ${collection} entry calls it \`## ${name}\``, hint: `rename the heading to \`## ${name}\`` });
      continue;
    }
    const heading = sections[index];
    if (index < previous && heading !== undefined) problems.push({ line: heading.line, column: heading.column, message: `puts \`## ${name}\` out of order`, hint: `the order is ${order}` });
    previous = Math.max(previous, index);
  }
  if (missing.length > 0) {
    problems.push({ line: bodyLine, column: 1, message: `has no ${missing.join(', ')} section${missing.length === 1 ? '' : 's'}`, hint: `${collection} entries have the sections ${order}, in that order` });
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

/** The entries whose facts were last checked more than `REVIEW_VALID_MONTHS` months before `now`, oldest first. */
export function staleEntries(files: readonly { file: string; data?: unknown }[], now: Date): { file: string; reviewed: string; months: number }[] {
  return files
    .flatMap(({ file, data }) => {
      const reviewed = (data as { reviewed?: unknown } | undefined)?.reviewed;
      if (typeof reviewed !== 'string' || !isStale(reviewed, now)) return [];
      return [{ file, reviewed, months: monthsSince(reviewed, now) ?? 0 }];
    })
    .sort((a, b) => b.months - a.months || a.file.localeCompare(b.file));
}
