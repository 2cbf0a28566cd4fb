import { eq, inArray } from 'drizzle-orm';
import type { RoleGrant } from '@wushe/schema';
import type { Database } from '../../db/database.js';
import { roleGrants, socialWorkers, staffAccounts } from '../../db/tables/index.js';
import { isUniqueViolation } from '../../db/errors.js';
import { encrypt, type Secrets } from '../../services/secrets.js';
import { hashPassword } from '../../services/staff/passwords.js';
import { CHANGNING, JINXIU, NANCUN, PANYU } from './divisions.js';
import { ORG } from './organizations.js';

/** The one documented password of every demo staff account (printed at start; never for real use). */
export const DEMO_STAFF_PASSWORD = 'wushe-demo-2026';

/**
 * The demo district admins' TOTP secrets, fixed and documented so the demo can be signed into at
 * once: add them to an authenticator app (or compute the code with any TOTP tool).
 */
export const DEMO_TOTP_SECRETS = {
  [PANYU]: 'DEMOTOTPSECRETFORWUSHEPANYUADMIN',
  [CHANGNING]: 'DEMOTOTPSECRETFORWUSHECHANGNINGA',
} as const;

interface DemoStaff {
  readonly id: string;
  readonly districtCode: string;
  readonly login: string;
  readonly name: string;
  /** Who the person is, as the start-up text says it. */
  readonly post: string;
  readonly roles: readonly RoleGrant[];
  /** The seeded social worker this account signs in as (the `social_worker` role's person). */
  readonly socialWorkerId?: string;
}

/**
 * People of the three levels (三级枢纽) and of the five societies, one account for every role:
 * 番禺区's district admin (区民政局), 南村镇's street staff (镇社联会), 锦绣香江社区's community
 * worker (居委), a 社工 of 南村镇社工站 (陈嘉欣 of 和悦社工), a member of 锦绣香江长者会 and a
 * 微创投 reviewer; and the same levels in 长宁区 (新华路街道, 番禺路居委会, 新华路街道社工站).
 */
export const DEMO_STAFF: readonly DemoStaff[] = [
  {
    id: 'acc_pyDistrictAdmin',
    districtCode: PANYU,
    login: 'panyu.admin',
    name: '罗慧敏',
    post: '番禺区民政局（区级管理员）',
    roles: [{ role: 'district_admin', scope: PANYU }],
  },
  {
    id: 'acc_pyNancunStaff',
    districtCode: PANYU,
    login: 'nancun.staff',
    name: '黄志强',
    post: '南村镇社区社会组织联合会（镇街工作人员）',
    roles: [{ role: 'street_staff', scope: NANCUN }],
  },
  {
    id: 'acc_pyJinxiuStaff',
    districtCode: PANYU,
    login: 'jinxiu.staff',
    name: '陈晓红',
    post: '锦绣香江社区居委会（社区工作者）',
    roles: [{ role: 'community_staff', scope: JINXIU }],
  },
  {
    id: 'acc_pyChenJiaxin',
    districtCode: PANYU,
    login: 'nancun.sw',
    name: '陈嘉欣',
    post: '南村镇社工站，广州市番禺区和悦社会工作服务中心（社工）',
    roles: [{ role: 'social_worker', scope: NANCUN }],
    socialWorkerId: 'sw_pyChenJiaxin',
  },
  {
    id: 'acc_pyJinxiuElders',
    districtCode: PANYU,
    login: 'jinxiu.elders',
    name: '梁伯雄',
    post: '锦绣香江长者会（社会组织成员）',
    roles: [{ role: 'org_member', scope: ORG.elders }],
  },
  {
    id: 'acc_pyReviewer',
    districtCode: PANYU,
    login: 'panyu.reviewer',
    name: '冯家明',
    post: '番禺区社区微创投评审专家',
    roles: [{ role: 'reviewer', scope: 'call_pyMicroVenture2026' }],
  },
  {
    id: 'acc_cnDistrictAdmin',
    districtCode: CHANGNING,
    login: 'changning.admin',
    name: '沈静',
    post: '长宁区民政局（区级管理员）',
    roles: [{ role: 'district_admin', scope: CHANGNING }],
  },
  {
    id: 'acc_cnXinhuaStaff',
    districtCode: CHANGNING,
    login: 'xinhua.staff',
    name: '顾海燕',
    post: '新华路街道（街道工作人员）',
    roles: [{ role: 'street_staff', scope: '310105002' }],
  },
  {
    id: 'acc_cnFanyuluStaff',
    districtCode: CHANGNING,
    login: 'fanyulu.staff',
    name: '陆佳怡',
    post: '番禺路居委会（社区工作者）',
    roles: [{ role: 'community_staff', scope: '310105002001' }],
  },
  {
    id: 'acc_cnZhouMin',
    districtCode: CHANGNING,
    login: 'xinhua.sw',
    name: '周敏',
    post: '新华路街道社工站，上海市长宁区睦邻社会工作服务社（社工）',
    roles: [{ role: 'social_worker', scope: '310105002' }],
    socialWorkerId: 'sw_cnZhouMin',
  },
  {
    id: 'acc_cnFahuaCouncil',
    districtCode: CHANGNING,
    login: 'fahua.council',
    name: '徐文斌',
    post: '法华睦邻议事会（社会组织成员）',
    roles: [{ role: 'org_member', scope: ORG.changningCouncil }],
  },
];

/**
 * Adds the demo's staff accounts where they are missing (also to a demo seeded before people
 * were), all with `DEMO_STAFF_PASSWORD`; district admins get their documented TOTP secret. One
 * transaction; on a database that has them it changes nothing. Resolves to the accounts added.
 * `now`: when they were created (a test server's fixed clock, so its recordings do not drift).
 */
export async function seedDemoStaff(db: Database, secrets: Secrets, now?: Date): Promise<number> {
  const existing = await db
    .select({ id: staffAccounts.id })
    .from(staffAccounts)
    .where(
      inArray(
        staffAccounts.id,
        DEMO_STAFF.map((staff) => staff.id),
      ),
    );
  const have = new Set(existing.map((row) => row.id));
  const missing = DEMO_STAFF.filter((staff) => !have.has(staff.id));
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD);
  try {
    await db.transaction(async (tx) => {
      for (const staff of missing) {
        const admin = staff.roles.some((grant) => grant.role === 'district_admin');
        const totp = DEMO_TOTP_SECRETS[staff.districtCode as keyof typeof DEMO_TOTP_SECRETS];
        await tx.insert(staffAccounts).values({
          id: staff.id,
          districtCode: staff.districtCode,
          login: staff.login,
          name: staff.name,
          passwordHash,
          totpSecret: admin ? encrypt(secrets, totp) : null,
          ...(now ? { createdAt: now } : {}),
        });
        await tx
          .insert(roleGrants)
          .values(staff.roles.map((grant) => ({ accountId: staff.id, ...grant })));
        if (staff.socialWorkerId) {
          await tx
            .update(socialWorkers)
            .set({ accountId: staff.id })
            .where(eq(socialWorkers.id, staff.socialWorkerId));
        }
      }
    });
  } catch (error) {
    // Another process added them at the same moment.
    if (isUniqueViolation(error)) return 0;
    throw error;
  }
  return missing.length;
}

/** What the CLI prints at start: the demo's people, their roles and how to sign in. */
export function describeDemoStaff(): string {
  const lines = DEMO_STAFF.map(
    (staff) =>
      `  ${staff.login.padEnd(16)} ${staff.roles
        .map((g) => `${g.role}@${g.scope}`)
        .join(', ')
        .padEnd(40)} ${staff.name} · ${staff.post}`,
  );
  return [
    `Demo staff (POST /v1/staff/sign-in, password "${DEMO_STAFF_PASSWORD}"):`,
    ...lines,
    `  district admins also need a TOTP code: secret ${DEMO_TOTP_SECRETS[PANYU]} (panyu.admin),`,
    `  ${DEMO_TOTP_SECRETS[CHANGNING]} (changning.admin)`,
  ].join('\n');
}
