import {
  createAccountRoute,
  listAccountsRoute,
  listDivisionsRoute,
  listGrantableRolesRoute,
  scopeFitsRole,
  updateAccountRoute,
  type AdministeredAccount,
  type CreateAccountRequest,
  type DivisionTree,
  type GrantableRole,
  type InviteContact,
  type StaffRole,
  type UpdateAccountRequest,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import type { ScopeChoice } from '../../internal/divisions.js';

/** What the account editor works from: the accounts, what the person may grant, the divisions. */
export interface AccountsData {
  readonly accounts: readonly AdministeredAccount[];
  readonly grantable: readonly GrantableRole[];
  readonly tree: DivisionTree;
}

/** How many accounts one page shows. */
export const ACCOUNTS_PAGE = 100;

export async function loadAccounts(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<AccountsData> {
  const [page, grantable, tree] = await Promise.all([
    requester.call(listAccountsRoute, { query: { division, limit: ACCOUNTS_PAGE } }, { signal }),
    requester.call(listGrantableRolesRoute, {}, { signal }),
    requester.call(listDivisionsRoute, {}, { signal }),
  ]);
  return { accounts: page.data, grantable: grantable.data, tree };
}

export const inviteAccount = (requester: Requester, body: CreateAccountRequest) =>
  requester.call(createAccountRoute, { body });

export const updateAccount = (requester: Requester, id: string, body: UpdateAccountRequest) =>
  requester.call(updateAccountRoute, { params: { id }, body });

/** A typed contact as the contract takes it: an e-mail address has an `@`, else a mobile. */
export const contactOf = (typed: string): InviteContact =>
  typed.includes('@') ? { email: typed.trim() } : { mobile: typed.trim() };

/**
 * The scopes `role` may be granted in by this person: divisions within one of the grantable
 * entries of the role (as the server answered them) of the kind the role is held in (the
 * schema's `scopeFitsRole`). Organizations and calls are not offered here yet.
 */
export function scopeChoices(
  role: StaffRole,
  grantable: readonly GrantableRole[],
  divisions: readonly ScopeChoice[],
): ScopeChoice[] {
  const within = grantable.filter((each) => each.role === role).map((each) => each.within);
  return divisions.filter(
    (division) =>
      within.some((code) => division.code.startsWith(code)) && scopeFitsRole(role, division.code),
  );
}
