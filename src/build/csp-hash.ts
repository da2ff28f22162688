/**
 * The Content Security Policy hash of an inline script's or style's text: a page's own inline blocks run or apply
 * only when their exact text hashes to a value the policy lists (astro.config.mjs `scriptDirective.hashes` for the
 * scripts every page carries; `Astro.csp.insertStyleHash` for a style only some pages carry).
 */
import { createHash } from 'node:crypto';

export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
