/** A problem found in the content, and the two ways it is printed: for people and for GitHub annotations. */
import type { FieldPath } from './references.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line and column in the file; 1:1 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** The front-matter field, e.g. `related[1]`; empty for problems of the file itself. */
  field: string;
  message: string;
  /** How to fix it, when one is known: a suggestion, the allowed values, the limit. */
  hint?: string | undefined;
  severity: Severity;
}

/** `related[1]`, `criteria[0].cells[2].note`. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`),
    '',
  );
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

/** `path:line:col  field  message (hint)` */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const level = problem.severity === 'warning' ? 'warning: ' : '';
  const hint = problem.hint === undefined ? '' : ` — ${problem.hint}`;
  return `${where}  ${problem.field || '(file)'}  ${level}${problem.message}${hint}`;
}

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions workflow command that annotates the file in a pull request. */
export function formatGitHubAnnotation(problem: Problem): string {
  const title = problem.field || 'file';
  const hint = problem.hint === undefined ? '' : ` — ${problem.hint}`;
  return `::${problem.severity} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty(title)}::${escapeData(problem.message + hint)}`;
}

/** "2 errors, 1 warning" */
export function summarizeProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
