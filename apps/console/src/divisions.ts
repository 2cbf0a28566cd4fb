import type { DivisionTree, RoleGrant } from '@wushe/schema';

/** One choice of the division picker: a division the person works in, by code and name. */
export interface DivisionChoice {
  readonly code: string;
  readonly name: string;
  /** 0 the district, 1 a street, 2 a community: the picker indents by it. */
  readonly depth: 0 | 1 | 2;
}

/**
 * The divisions a person may pick, from their roles' scopes within the district tree: each
 * division a role is held in, and the streets and communities beneath it, in the tree's order,
 * each once. Scopes that are not divisions (an organization, a call) add nothing here.
 */
export function divisionChoices(roles: readonly RoleGrant[], tree: DivisionTree): DivisionChoice[] {
  const scopes = new Set(roles.map((grant) => grant.scope));
  const choices: DivisionChoice[] = [];
  const wholeDistrict = scopes.has(tree.code);
  if (wholeDistrict) choices.push({ code: tree.code, name: tree.name, depth: 0 });
  for (const street of tree.streets) {
    const wholeStreet = wholeDistrict || scopes.has(street.code);
    if (wholeStreet) choices.push({ code: street.code, name: street.name, depth: 1 });
    for (const community of street.communities) {
      if (wholeStreet || scopes.has(community.code))
        choices.push({ code: community.code, name: community.name, depth: 2 });
    }
  }
  return choices;
}

/**
 * Whether any of the roles is held in a division (a district's, street's or community's code), so
 * the person has a division to pick; an organization's member (scope `org_…`) or a call's
 * reviewer has none.
 */
export const holdsDivision = (roles: readonly RoleGrant[]): boolean =>
  roles.some((grant) => /^\d{6}(\d{3}){0,2}$/.test(grant.scope));

/** The name of a role's scope: a division's name from the tree, or the scope itself. */
export function scopeName(scope: string, tree: DivisionTree | undefined): string {
  if (!tree) return scope;
  if (tree.code === scope) return tree.name;
  for (const street of tree.streets) {
    if (street.code === scope) return street.name;
    const community = street.communities.find((item) => item.code === scope);
    if (community) return `${street.name} ${community.name}`;
  }
  return scope;
}
