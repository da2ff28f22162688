/**
 * The Content Security Policy hash of an inline script's text, as astro.config.mjs lists it (`scriptDirective.hashes`):
 * a page's own inline scripts run only when their exact text hashes to a listed value.
 */
import { createHash } from 'node:crypto';

export function inlineScriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
