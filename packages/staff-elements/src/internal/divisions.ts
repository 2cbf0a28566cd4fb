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

/**
 * A place picked (a community's 12 digits, a street's 9, '' the district) as the contract names
 * it; a community's street is the server's to add.
 */
export const placeFields = (code: string) =>
  code.length === 12
    ? { communityId: code }
    : { communityId: null, streetId: code.length === 9 ? code : null };

/**
 * The places a form offers within `within` (a division code): that division and what lies within
 * it, the district given as '' and named `wholeDistrict`.
 */
export function placeChoices(tree: DivisionTree, within: string, wholeDistrict: string) {
  return divisionsOf(tree)
    .filter((division) => division.code.startsWith(within))
    .map((division) => ({
      value: division.code === tree.code ? '' : division.code,
      label: division.code === tree.code ? wholeDistrict : division.name,
    }));
}

/** The place a record stands at in a place picker: its community, else its street, else ''. */
export const placeOfRecord = (record: {
  readonly communityId: string | null;
  readonly streetId: string | null;
}) => record.communityId ?? record.streetId ?? '';

/** The name of every division of the tree, by code (a community named with its street). */
export const divisionNames = (tree: DivisionTree): ReadonlyMap<string, string> =>
  new Map(divisionsOf(tree).map((division) => [division.code, division.name]));
