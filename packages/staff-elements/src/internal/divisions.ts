import type { DivisionTree } from '@wushe/schema';

/** A division of the tree, by code and name (a community named with its street). */
export interface ScopeChoice {
  readonly code: string;
  readonly name: string;
}

/** Every division of the tree, the district first, in the tree's order. */
export function divisionsOf(tree: DivisionTree): ScopeChoice[] {
  return [
    { code: tree.code, name: tree.name },
    ...tree.streets.flatMap((street) => [
      { code: street.code, name: street.name },
      ...street.communities.map((c) => ({ code: c.code, name: `${street.name} ${c.name}` })),
    ]),
  ];
}

/**
 * The place a division code names, as the public lists filter it: a community (12 digits), a
 * street (9 digits) or, for a district (6), the whole district.
 */
export function placeOf(division: string): { community?: string; street?: string } {
  if (division.length === 12) return { community: division };
  if (division.length === 9) return { street: division };
  return {};
}
