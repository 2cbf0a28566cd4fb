import { and, eq, isNull, sql } from 'drizzle-orm';
import type {
  AdministeredAccount,
  CreateAccountRequest,
  InviteContact,
  Messages,
  RoleGrant,
  UpdateAccountRequest,
} from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import {
  calls,
  communities,
  districts,
  organizations,
  roleGrants,
  setupTokens,
  staffAccounts,
  staffSessions,
  streets,
} from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import type { NotifierMessage } from '../notifier.js';
import { insertRefusingDuplicate } from '../needs/store.js';
import {
  createStaffAccount,
  grantsOf,
  issueSetupToken,
  presentAccount,
} from '../staff/accounts.js';

type AccountRow = typeof staffAccounts.$inferSelect;

/** An account as its administrators see it: roles and invite contact, never a hash or token. */
export function presentAdministered(row: AccountRow, roles: RoleGrant[]): AdministeredAccount {
  return {
    ...presentAccount(row),
    roles,
    passwordSet: row.passwordHash !== null,
    contact: contactOf(row),
  };
}

function contactOf(row: AccountRow): InviteContact | null {
  if (row.inviteTo === null) return null;
  return row.inviteChannel === 'email' ? { email: row.inviteTo } : { mobile: row.inviteTo };
}

function channelOf(contact: InviteContact): { channel: 'sms' | 'email'; to: string } {
  return 'mobile' in contact
    ? { channel: 'sms', to: contact.mobile }
    : { channel: 'email', to: contact.email };
}

/** What a write needs besides its input: the district, the clock, the after-commit notifier. */
export interface AdministerContext {
  readonly districtCode: string;
  readonly now: Date;
  readonly messages: Messages;
  readonly notify: (message: NotifierMessage) => void;
}

/**
 * Issues an invite (a single-use setup token, 72 h) and queues it for the notifier, which sends
 * it only after the transaction commits. Earlier unused tokens of the account stop working.
 */
async function invite(tx: Executor, row: AccountRow, context: AdministerContext): Promise<void> {
  const contact = contactOf(row);
  if (!contact) {
    throw new DomainError('validation_failed', [
      { path: ['contact'], code: 'required', message: context.messages.issues.required },
    ]);
  }
  await tx
    .update(setupTokens)
    .set({ usedAt: context.now })
    .where(and(eq(setupTokens.accountId, row.id), isNull(setupTokens.usedAt)));
  const setup = await issueSetupToken(tx, {
    accountId: row.id,
    purpose: 'invite',
    now: context.now,
  });
  context.notify({
    districtCode: row.districtCode,
    ...channelOf(contact),
    template: 'staff_invite',
    params: {
      name: row.name,
      login: row.login,
      setupToken: setup.token,
      expiresAt: setup.expiresAt.toISOString(),
    },
  });
}

/** Whether a grant's scope names a division, organization or call of the district. */
async function scopeExists(tx: Executor, districtCode: string, grant: RoleGrant) {
  const { role, scope } = grant;
  const found = (rows: unknown[]) => rows.length > 0;
  if (role === 'reviewer') {
    const rows = await tx
      .select({ id: calls.id })
      .from(calls)
      .where(and(eq(calls.id, scope), eq(calls.districtCode, districtCode)));
    return found(rows);
  }
  if (role === 'org_member') {
    const rows = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.id, scope), eq(organizations.districtCode, districtCode)));
    return found(rows);
  }
  if (scope.length === 6) return scope === districtCode;
  if (scope.length === 9) {
    const rows = await tx
      .select({ code: streets.code })
      .from(streets)
      .where(and(eq(streets.code, scope), eq(streets.districtCode, districtCode)));
    return found(rows);
  }
  const rows = await tx
    .select({ code: communities.code })
    .from(communities)
    .where(and(eq(communities.code, scope), eq(communities.districtCode, districtCode)));
  return found(rows);
}

/** 400 naming every grant whose scope is no street, community, organization or call of the district. */
async function assertScopesExist(
  tx: Executor,
  districtCode: string,
  roles: readonly RoleGrant[],
  messages: Messages,
): Promise<void> {
  const issues = [];
  for (const [index, grant] of roles.entries()) {
    if (!(await scopeExists(tx, districtCode, grant))) {
      issues.push({
        path: ['roles', index, 'scope'],
        code: 'scope_unknown' as const,
        message: messages.staffIssues.scope_unknown,
      });
    }
  }
  if (issues.length > 0) throw new DomainError('validation_failed', issues);
}

async function refuseTakenExternalId(tx: Executor, districtCode: string, externalId: string) {
  const [taken] = await tx
    .select({ id: staffAccounts.id })
    .from(staffAccounts)
    .where(
      and(eq(staffAccounts.districtCode, districtCode), eq(staffAccounts.externalId, externalId)),
    );
  if (taken) throw new DomainError('external_id_taken');
}

/**
 * A new account with its roles (the binder has checked the caller may grant each) and an invite
 * to its contact. A login is unique within the district: `login_taken`.
 */
export async function createAccount(
  tx: Executor,
  input: CreateAccountRequest,
  context: AdministerContext,
): Promise<AdministeredAccount> {
  const [existing] = await tx
    .select({ id: staffAccounts.id })
    .from(staffAccounts)
    .where(
      and(
        eq(staffAccounts.districtCode, context.districtCode),
        eq(staffAccounts.login, input.login),
      ),
    );
  if (existing) throw new DomainError('login_taken');
  await assertScopesExist(tx, context.districtCode, input.roles, context.messages);
  if (input.externalId !== undefined) {
    await refuseTakenExternalId(tx, context.districtCode, input.externalId);
  }
  const row = await insertRefusingDuplicate(
    createStaffAccount(tx, {
      districtCode: context.districtCode,
      login: input.login,
      name: input.name,
      roles: input.roles,
      externalId: input.externalId ?? null,
      invite: channelOf(input.contact),
      now: context.now,
    }),
    'staff_accounts_login_idx',
    'login_taken',
  );
  await invite(tx, row, context);
  return presentAdministered(row, await grantsOf(tx, row.id));
}

/**
 * Refuses a change to an active admin that leaves the district without an active `district_admin`. The district's
 * row is locked first, so two administrators disabling each other at once cannot both succeed.
 */
async function keepOneAdmin(tx: Executor, districtCode: string): Promise<void> {
  await tx.select().from(districts).where(eq(districts.code, districtCode)).for('update');
  const [admins] = await tx
    .select({ count: sql<number>`count(distinct ${staffAccounts.id})::int` })
    .from(staffAccounts)
    .innerJoin(roleGrants, eq(roleGrants.accountId, staffAccounts.id))
    .where(
      and(
        eq(staffAccounts.districtCode, districtCode),
        eq(staffAccounts.disabled, false),
        eq(roleGrants.role, 'district_admin'),
      ),
    );
  if ((admins?.count ?? 0) === 0) throw new DomainError('last_district_admin');
}

/**
 * Changes an account: name, roles (replaced whole), disabled (its sessions end at once), contact,
 * a new invite. No change may leave the district without an active district_admin.
 */
export async function updateAccount(
  tx: Executor,
  id: string,
  input: UpdateAccountRequest,
  context: AdministerContext,
): Promise<AdministeredAccount> {
  const [current] = await tx
    .select()
    .from(staffAccounts)
    .where(and(eq(staffAccounts.id, id), eq(staffAccounts.districtCode, context.districtCode)))
    .for('update');
  if (!current) throw new DomainError('not_found');
  const wasActiveAdmin =
    !current.disabled && (await grantsOf(tx, id)).some((grant) => grant.role === 'district_admin');

  const changes = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
    ...(input.contact !== undefined
      ? { inviteChannel: channelOf(input.contact).channel, inviteTo: channelOf(input.contact).to }
      : {}),
  };
  const row =
    Object.keys(changes).length === 0
      ? current
      : (
          await tx.update(staffAccounts).set(changes).where(eq(staffAccounts.id, id)).returning()
        )[0]!;
  if (input.roles !== undefined) {
    await assertScopesExist(tx, context.districtCode, input.roles, context.messages);
    await tx.delete(roleGrants).where(eq(roleGrants.accountId, id));
    await tx.insert(roleGrants).values(input.roles.map((grant) => ({ accountId: id, ...grant })));
  }
  if (input.disabled === true) {
    await tx
      .update(staffSessions)
      .set({ endedAt: context.now })
      .where(and(eq(staffSessions.accountId, id), isNull(staffSessions.endedAt)));
  }
  if (input.resendInvite) await invite(tx, row, context);
  // Checked on the result of every change: a refusal rolls all of them back, the invite too.
  if (wasActiveAdmin && (input.roles !== undefined || input.disabled === true)) {
    await keepOneAdmin(tx, context.districtCode);
  }
  return presentAdministered(row, await grantsOf(tx, id));
}
