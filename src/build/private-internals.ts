/**
 * The private internals of Astro, Vite, Pagefind and V8 the build leans on (docs/decisions/), each of which the build
 * leaves out when its name is listed in `BUILD_WITHOUT` (comma-separated): `npm run bench -- --without <name>` builds
 * and measures the site without it, for the paired measurement each decision record asks for.
 */

/** Each internal's name, with its decision record. */
export const PRIVATE_INTERNALS = {
  'data-store-from-disk': 'docs/decisions/data-store-from-disk.md',
  'preload-helper-replacement': 'docs/decisions/without-preload-helper.md',
  'build-memory-flags': 'docs/decisions/build-memory-flags.md',
  'content-cache-on-schema-change': 'docs/decisions/content-cache-on-schema-change.md',
  'pagefind-files': 'docs/decisions/pagefind-files.md',
} as const;

export type PrivateInternal = keyof typeof PRIVATE_INTERNALS;

const isInternal = (name: string): name is PrivateInternal => Object.hasOwn(PRIVATE_INTERNALS, name);

/** The internals a `BUILD_WITHOUT` value turns off; an unknown name fails, so a typo never measures the default build. */
export function internalsLeftOut(value: string | undefined): Set<PrivateInternal> {
  const names = (value ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !isInternal(name));
  if (unknown.length > 0) {
    throw new Error(`BUILD_WITHOUT names no private internal: ${unknown.join(', ')} (known: ${Object.keys(PRIVATE_INTERNALS).join(', ')})`);
  }
  return new Set(names.filter(isInternal));
}
