/**
 * Counterparts: pairs of entries that face each other across the line between the frontend and the backend, such as
 * client-side and server-side rendering. A pair is declared once, in either entry's `counterparts`, and shown on both
 * pages.
 */
import type { Side } from '../schemas/registry.ts';

/** The two sides a counterpart pair crosses between. */
const OPPOSITE_SIDES: ReadonlySet<Side> = new Set(['frontend', 'backend']);

/**
 * Whether two entries can be counterparts: they must sit on different sides and at least one of them must be on the
 * frontend or the backend. So frontend ↔ backend pairs, and an entry that spans both sides or sits in the
 * infrastructure beneath them pairs with a frontend or a backend entry; two entries on the same side, or a "both"
 * entry and an infrastructure entry, face no line between them.
 */
export function canBeCounterparts(a: Side, b: Side): boolean {
  return a !== b && (OPPOSITE_SIDES.has(a) || OPPOSITE_SIDES.has(b));
}

/** A counterpart pair as one entry declares it. */
export interface CounterpartDeclaration<Owner> {
  owner: Owner;
  /** The key of the declaring entry, e.g. `glossary/frontend`. */
  from: string;
  /** The key of the entry it names. */
  to: string;
}

/**
 * The declarations that repeat a pair already declared from the other end (in input order), so each pair has one
 * source of truth.
 */
export function mirroredDeclarations<Owner>(declarations: readonly CounterpartDeclaration<Owner>[]): CounterpartDeclaration<Owner>[] {
  const declared = new Set<string>();
  const mirrored: CounterpartDeclaration<Owner>[] = [];
  for (const declaration of declarations) {
    if (declared.has(`${declaration.to}\u0000${declaration.from}`)) mirrored.push(declaration);
    declared.add(`${declaration.from}\u0000${declaration.to}`);
  }
  return mirrored;
}

/** Every entry's counterparts in both directions, from the one-way declarations: key → the keys it pairs with. */
export function symmetricPairs(declarations: Iterable<{ from: string; to: string }>): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  const link = (a: string, b: string) => pairs.set(a, (pairs.get(a) ?? new Set()).add(b));
  for (const { from, to } of declarations) {
    link(from, to);
    link(to, from);
  }
  return pairs;
}
