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
