import {
  createAccountRoute,
  listAccountsRoute,
  listCallsRoute,
  listDivisionsRoute,
  listGrantableRolesRoute,
  listOrganizationsRoute,
  scopeFitsRole,
  updateAccountRoute,
  type AdministeredAccount,
  type Call,
  type CreateAccountRequest,
  type DivisionTree,
  type GrantableRole,
  type InviteContact,
  type Organization,
  type StaffRole,
  type UpdateAccountRequest,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import { divisionsOf, placeOfRecord, type ScopeChoice } from '../../internal/divisions.js';

/**
 * What the account editor works from: the accounts, what the person may grant, the divisions,
 * and the organizations (an `org_member`'s scope) and calls (a `reviewer`'s) of the district.
 */
export interface AccountsData {
  readonly accounts: readonly AdministeredAccount[];
  readonly grantable: readonly GrantableRole[];
  readonly tree: DivisionTree;
  readonly organizations: readonly Organization[];
  readonly calls: readonly Call[];
}

/** How many accounts one page shows. */
export const ACCOUNTS_PAGE = 100;

export async function loadAccounts(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<AccountsData> {
  const [page, grantable, tree, organizations, calls] = await Promise.all([
    requester.call(listAccountsRoute, { query: { division, limit: ACCOUNTS_PAGE } }, { signal }),
    requester.call(listGrantableRolesRoute, {}, { signal }),
    requester.call(listDivisionsRoute, {}, { signal }),
    requester.call(listOrganizationsRoute, { query: { limit: ACCOUNTS_PAGE } }, { signal }),
    requester.call(listCallsRoute, { query: { limit: ACCOUNTS_PAGE } }, { signal }),
  ]);
  return {
    accounts: page.data,
    grantable: grantable.data,
    tree,
    organizations: organizations.data,
    calls: calls.data,
  };
}

export const inviteAccount = (requester: Requester, body: CreateAccountRequest) =>
  requester.call(createAccountRoute, { body });

export const updateAccount = (requester: Requester, id: string, body: UpdateAccountRequest) =>
  requester.call(updateAccountRoute, { params: { id }, body });

/** A typed contact as the contract takes it: an e-mail address has an `@`, else a mobile. */
export const contactOf = (typed: string): InviteContact =>
  typed.includes('@') ? { email: typed.trim() } : { mobile: typed.trim() };

/**
 * Every scope a grant may name, of each kind, with the division it lies in: the divisions
 * themselves, the organizations (where they work; the district for one working district-wide)
 * and the calls (the division that opened them).
 */
function placedScopes(data: AccountsData) {
  return [
    ...divisionsOf(data.tree).map((division) => ({ ...division, at: division.code })),
    ...data.organizations.map((org) => ({
      code: org.id,
      name: org.name,
      at: placeOfRecord(org) || data.tree.code,
    })),
    ...data.calls.map((call) => ({ code: call.id, name: call.title, at: call.divisionId })),
  ];
}

/**
 * The scopes `role` may be granted in by this person: the divisions, organizations or calls
 * lying within one of the grantable entries of the role (as the server answered them) and of the
 * kind the role is held in (the schema's `scopeFitsRole`).
 */
export function scopeChoices(role: StaffRole, data: AccountsData): ScopeChoice[] {
  const within = data.grantable.filter((each) => each.role === role).map((each) => each.within);
  return placedScopes(data)
    .filter(
      (scope) =>
        within.some((code) => scope.at.startsWith(code)) && scopeFitsRole(role, scope.code),
    )
    .map(({ code, name }) => ({ code, name }));
}

/** The name of every scope a grant may name (a division, an organization, a call), by code. */
export const scopeNames = (data: AccountsData): ReadonlyMap<string, string> =>
  new Map(placedScopes(data).map((scope) => [scope.code, scope.name]));
