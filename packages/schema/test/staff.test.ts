import { describe, expect, it } from 'vitest';
import {
  accessTable,
  accessTableMarkdown,
  RoleGrant,
  routes,
  StaffAccount,
  StaffRole,
  StaffSignInResponse,
  validate,
  type RouteDefinition,
} from '../src/index.js';

describe('role grants', () => {
  it.each([
    ['district_admin', '440113'],
    ['street_staff', '440113104'],
    ['community_staff', '440113104001'],
    ['social_worker', '440113104'],
    ['social_worker', '440113104001'],
    ['org_member', 'org_3fK9wQ2mZ7pL1xV8'],
    ['reviewer', 'call_3fK9wQ2mZ7pL1xV8'],
  ])('%s within %s is a grant', (role, scope) => {
    expect(validate(RoleGrant, { role, scope }).success).toBe(true);
  });

  it.each([
    ['district_admin', '440113104'],
    ['street_staff', '440113104001'],
    ['community_staff', '440113'],
    ['social_worker', '440113'],
    ['org_member', 'call_3fK9wQ2mZ7pL1xV8'],
    ['reviewer', 'org_3fK9wQ2mZ7pL1xV8'],
  ])('%s within %s is refused with role_scope on scope', (role, scope) => {
    const result = validate(RoleGrant, { role, scope });
    expect(result.success).toBe(false);
    expect(!result.success && result.issues).toEqual([
      expect.objectContaining({ path: ['scope'], code: 'role_scope' }),
    ]);
  });

  it('an unknown role is invalid_choice on role', () => {
    const result = validate(RoleGrant, { role: 'superuser', scope: '440113' });
    expect(!result.success && result.issues[0]).toMatchObject({ path: ['role'] });
  });
});

describe('staff accounts never carry secrets', () => {
  const account = {
    id: 'acc_7Hq2Lm9Xv3Rt8Kp1',
    districtCode: '440113',
    login: 'chen.xiaohong',
    name: '陈晓红',
    externalId: null,
    disabled: false,
    totpEnabled: false,
    createdAt: '2026-12-06T01:00:00Z',
  };

  it('has no field for a password hash, a TOTP secret or a token', () => {
    const keys = Object.keys(StaffAccount.def.shape);
    for (const secret of ['passwordHash', 'password', 'totpSecret', 'token'])
      expect(keys).not.toContain(secret);
    const result = validate(StaffAccount, { ...account, passwordHash: 'scrypt$…' });
    expect(result.success && 'passwordHash' in result.data).toBe(false);
  });

  it('a sign-in answer is the account, its grants and the one session just issued', () => {
    const answer = {
      account,
      roles: [{ role: 'community_staff', scope: '440113104001' }],
      session: { token: 'st_x', expiresAt: '2026-12-06T13:00:00Z', kind: 'password' },
    };
    expect(validate(StaffSignInResponse, answer).success).toBe(true);
  });
});

describe('route permissions are data', () => {
  const all = Object.values(routes) as RouteDefinition[];
  const roles = Object.values(StaffRole) as string[];

  it('only staff routes declare roles (or a public read that names its setting), and every declared role exists', () => {
    for (const route of all) {
      if (!route.permission) continue;
      expect(route.auth, route.id).toBe(route.permission.publicWhen ? 'publishable' : 'staff');
      for (const role of route.permission.roles) expect(roles, route.id).toContain(role);
    }
  });

  it('a staff route declares who may call it', () => {
    for (const route of all.filter((each) => each.auth === 'staff'))
      expect(route.permission?.roles.length, route.id).toBeGreaterThan(0);
  });

  it('sign-in and first password take no key; a delegated session takes a secret key', () => {
    expect(routes.staffSignIn.auth).toBe('none');
    expect(routes.setStaffPassword.auth).toBe('none');
    expect(routes.createDelegatedSession.auth).toBe('secret');
    expect(routes.getStaffMe.auth).toBe('staff_session');
  });
});

describe('the access table', () => {
  it('lists every route with its key, and the roles and scope of staff routes', () => {
    const table = accessTable(routes);
    expect(table).toHaveLength(Object.keys(routes).length);
    expect(table).toContainEqual({
      method: 'PATCH',
      path: '/v1/needs/{id}',
      auth: 'staff',
      roles: ['district_admin', 'street_staff', 'community_staff'],
      scope: 'params.id → need',
    });
    // A PATCH that may move its record names where it goes, checked too.
    expect(table).toContainEqual({
      method: 'PATCH',
      path: '/v1/organizations/{id}',
      auth: 'staff',
      roles: ['district_admin', 'street_staff', 'community_staff'],
      scope: 'params.id → organization; moves to body.communityId|streetId → division',
    });
    const markdown = accessTableMarkdown(routes);
    expect(markdown).toContain('| `POST /v1/staff/sign-in` | none | — | — |');
  });
});
