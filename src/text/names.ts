/** How names are compared wherever two spellings must count as the same name: alias collisions, search, templates. */

/** `  Node.JS ` and `node.js` are the same name; so are full-width and plain letters (NFKC). */
export const normalizeName = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
