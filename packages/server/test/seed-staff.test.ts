import { describe, expect, it } from 'vitest';
import {
  DEMO_STAFF,
  DEMO_STAFF_PASSWORD,
  DEMO_TOTP_SECRETS,
  describeDemoStaff,
  seedDemo,
  seedDemoStaff,
} from '../src/seed/demo.js';
import { passwordProblem } from '../src/services/staff/passwords.js';
import { base32Decode, totpCode } from '../src/services/staff/totp.js';
import { useHarness } from './harness.js';

const h = useHarness({}, { reset: 'once' });

describe('the demo’s people', () => {
  it('are added once, to a demo seeded before them too', async () => {
    await seedDemo(h.db);
    expect(await seedDemoStaff(h.db, h.secrets)).toBe(DEMO_STAFF.length);
    expect(await seedDemoStaff(h.db, h.secrets)).toBe(0);
  });

  it('hold every role at every level of both districts', () => {
    const roles = new Set(DEMO_STAFF.flatMap((staff) => staff.roles.map((grant) => grant.role)));
    expect([...roles].sort()).toEqual([
      'community_staff',
      'district_admin',
      'org_member',
      'reviewer',
      'social_worker',
      'street_staff',
    ]);
    expect(passwordProblem(DEMO_STAFF_PASSWORD)).toBeUndefined();
  });

  it.each(DEMO_STAFF.map((staff) => [staff.login, staff] as const))(
    '%s signs in with the demo password (and TOTP for an admin) and gets its roles',
    async (_login, staff) => {
      const secret = DEMO_TOTP_SECRETS[staff.districtCode as keyof typeof DEMO_TOTP_SECRETS];
      const admin = staff.roles.some((grant) => grant.role === 'district_admin');
      const response = await h.request('POST', '/v1/staff/sign-in', {
        key: null,
        body: {
          login: staff.login,
          password: DEMO_STAFF_PASSWORD,
          ...(admin ? { totp: totpCode(base32Decode(secret), new Date()) } : {}),
        },
      });
      expect(response.status).toBe(200);
      expect(response.body.account).toMatchObject({ id: staff.id, name: staff.name });
      expect(response.body.roles).toEqual(staff.roles);
    },
  );

  it('are printed at start with the password and the admins’ TOTP secrets', () => {
    const text = describeDemoStaff();
    for (const staff of DEMO_STAFF) expect(text).toContain(staff.login);
    expect(text).toContain(DEMO_STAFF_PASSWORD);
    expect(text).toContain(DEMO_TOTP_SECRETS['440113']);
    expect(text).toContain('南村镇社工站');
  });
});
