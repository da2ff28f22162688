/** The Speculation Rules JSON and the hash the policy lists for it. */
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/build/csp-hash.ts';
import { NOT_PRERENDERED, speculationRules } from '../../src/site/speculation-rules.ts';

describe('speculation rules', () => {
  it('prerender pages under the base path on moderate intent, never data files or downloads', () => {
    for (const [base, root] of [['/', '/'], ['/guide', '/guide/'], ['/guide/', '/guide/']] as const) {
      const rules = JSON.parse(speculationRules(base)) as { prerender: { where: { and: Record<string, unknown>[] }; eagerness: string }[] };
      const [rule] = rules.prerender;
      expect(rule?.eagerness).toBe('moderate');
      const [within, notFiles, notDownloads] = rule?.where.and ?? [];
      expect(within).toEqual({ href_matches: `${root}*` });
      expect((notFiles?.['not'] as { href_matches: string[] }).href_matches).toEqual(
        expect.arrayContaining([`${root}api/*`, ...NOT_PRERENDERED.extensions.map((extension) => `${root}*.${extension}`)]),
      );
      expect(notDownloads).toEqual({ not: { selector_matches: '[download]' } });
    }
  });

  it('are the same text for the same base, so the listed hash matches the printed block', () => {
    expect(speculationRules('/guide/')).toBe(speculationRules('/guide'));
    expect(cspHash(speculationRules('/'))).not.toBe(cspHash(speculationRules('/guide/')));
  });

  it('hash as CSP expects: base64 SHA-256 of the UTF-8 text', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
