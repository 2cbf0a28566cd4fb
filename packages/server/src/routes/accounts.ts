import type { RoleGrant, RouteDefinition } from '@wushe/schema';
import { ApiError } from '../http/errors.js';
import { administeredBy, grantableRoles } from '../http/grants.js';
import type { AppDeps, RouteHandlers } from '../http/route.js';
import type { Auth, ServiceContext } from '../services/context.js';
import type { NotifierMessage } from '../services/notifier.js';
import { createAccount, updateAccount } from '../services/accounts/administer.js';
import { accountsPage } from '../services/accounts/list.js';
import { confirmTotp, disableTotp, enrolTotp } from '../services/staff/totp-enrolment.js';

/** The grants a caller acts with: its session's, or a secret key's district_admin. */
function callerGrants(auth: Auth): readonly RoleGrant[] {
  return auth.staff?.grants ?? [{ role: 'district_admin', scope: auth.districtCode }];
}

function signedIn(context: { auth: { staff?: { account: { id: string } } } }) {
  const staff = context.auth.staff;
  if (!staff) throw new ApiError('authentication_required');
  return staff;
}

const administer = (context: ServiceContext<RouteDefinition> & { deps: AppDeps }) => ({
  districtCode: context.auth.districtCode,
  now: context.deps.now(),
  messages: context.messages,
  notify: (message: NotifierMessage) => {
    context.notify(message);
  },
});

/**
 * Staff accounts (SPEC §9). The binder has checked the caller's role, that it administers the
 * account, and that it may grant every role the body names; the services do the rest.
 */
export const accountHandlers = {
  listAccounts: ({ tx, auth, query, deps }) => {
    const grants = callerGrants(auth);
    const admin = grants.some(
      (grant) => grant.role === 'district_admin' && grant.scope === auth.districtCode,
    );
    // A district admin sees every account; others those they administer, by the binder's rule.
    return accountsPage(
      tx,
      auth.districtCode,
      query,
      admin ? undefined : (held) => administeredBy(deps.db, grants, held, auth.districtCode),
    );
  },

  listGrantableRoles: ({ auth }) => Promise.resolve({ data: grantableRoles(callerGrants(auth)) }),

  createAccount: async (context) => {
    const account = await createAccount(context.tx, context.body, administer(context));
    await context.audit('account.created', 'account', account.id, {
      login: account.login,
      roles: account.roles,
    });
    return account;
  },

  updateAccount: async (context) => {
    const { body } = context;
    const account = await updateAccount(context.tx, context.params.id, body, administer(context));
    await context.audit('account.updated', 'account', account.id, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.roles !== undefined ? { roles: body.roles } : {}),
      ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
      ...(body.resendInvite ? { inviteResent: true } : {}),
      ...(body.contact !== undefined ? { contactChanged: true } : {}),
    });
    return account;
  },

  enrolTotp: async (context) => {
    const staff = signedIn(context);
    const enrolment = await enrolTotp(context.tx, context.deps.secrets, {
      accountId: staff.account.id,
      issuer: 'wushe',
    });
    await context.audit('staff.totp_enrolment_started', 'account', staff.account.id);
    return enrolment;
  },

  confirmTotp: async (context) => {
    const staff = signedIn(context);
    const account = await confirmTotp(context.tx, context.deps.secrets, {
      accountId: staff.account.id,
      code: context.body.code,
      now: context.deps.now(),
    });
    await context.audit('staff.totp_enabled', 'account', staff.account.id);
    return account;
  },

  disableTotp: async (context) => {
    const staff = signedIn(context);
    const account = await disableTotp(context.tx, context.deps.secrets, {
      accountId: staff.account.id,
      grants: context.auth.staff?.grants ?? [],
      code: context.body.code,
      now: context.deps.now(),
    });
    await context.audit('staff.totp_disabled', 'account', staff.account.id);
    return account;
  },
} satisfies Partial<RouteHandlers>;
