import { expect } from 'vitest';
import { eq } from 'drizzle-orm';
import type { RoleGrant } from '@wushe/schema';
import { organizations, proposals, staffAccounts } from '../src/db/tables/index.js';
import type { Harness } from './harness.js';
import { insertStaff, signInAs } from './staff-fixtures.js';

export const PANYU = '440113';
export const NANCUN = '440113104';
export const JINXIU = '440113104001';
export const NANCUN_VILLAGE = '440113104002';
export const XIANFENG = '440113001001';
export const SHIQIAO = '440113001';

export const ELDERS = 'org_jxEldersTest';
export const CHOIR = 'org_xfChoirTest';

/** Two organizations of 番禺区: one of 锦绣香江 (南村镇), one of 先锋社区 (市桥街道). */
export async function insertOrganizations(h: Harness) {
  await h.db.insert(organizations).values([
    {
      id: ELDERS,
      districtCode: PANYU,
      name: '锦绣香江长者关爱服务队',
      kind: 'community_social_org',
      category: 'service',
      registration: 'filed',
      streetCode: NANCUN,
      communityCode: JINXIU,
    },
    {
      id: CHOIR,
      districtCode: PANYU,
      name: '先锋社区星光合唱团',
      kind: 'community_social_org',
      category: 'culture',
      registration: 'filed',
      streetCode: SHIQIAO,
      communityCode: XIANFENG,
    },
  ]);
}

/**
 * A proposal of 锦绣香江长者关爱服务队 (`insertOrganizations` first) to `callId`, stored directly: for
 * a test of votes, not of proposals (which are refused, say, before the call opens).
 */
export async function insertProposal(h: Harness, callId: string, id: string, createdAt: Date) {
  await h.db.insert(proposals).values({
    id,
    callId,
    organizationId: ELDERS,
    title: '长者助餐',
    summary: '长者助餐：面向社区居民的微创投项目。',
    communityCodes: [JINXIU],
    streetCodes: [NANCUN],
    budgetFen: 1_000_000,
    createdAt,
  });
}

/** A signed-in staff account of 番禺区 with `roles`, told by SMS at `mobile` when given. */
export async function staffToken(
  h: Harness,
  at: Date,
  login: string,
  roles: RoleGrant[],
  mobile?: string,
) {
  const staff = await insertStaff(h, { login, roles });
  if (mobile) {
    await h.db
      .update(staffAccounts)
      .set({ inviteChannel: 'sms', inviteTo: mobile })
      .where(eq(staffAccounts.id, staff.id));
  }
  return { id: staff.id, token: await signInAs(h, staff, at) };
}

/** The body of a resource of the elders' service team, serving 锦绣香江 and 南村村. */
export const resourceBody = (overrides: Record<string, unknown> = {}) => ({
  organizationId: ELDERS,
  title: '长者助餐与上门探访',
  description: '每周三次为独居长者送餐，并由志愿者上门探访、陪伴聊天。',
  category: 'elderly_care',
  targetGroups: ['elders'],
  communityIds: [JINXIU, NANCUN_VILLAGE],
  capacity: '每月 40 户',
  schedule: '每周一、三、五 11:00–13:00',
  contact: { name: '陈姑娘', phone: '020-8478 1234' },
  ...overrides,
});

export interface Issue {
  path: (string | number)[];
  code: string;
}
export const paths = (issues: Issue[]) => issues.map((issue) => issue.path.join('.'));

/** Asserts the status of a harness answer and returns its body (JSON, read freely by the tests). */
export async function ok(
  expected: number,
  promise: Promise<{ status: number; body: any }>, // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON
) {
  const response = await promise;
  expect(response.status, JSON.stringify(response.body)).toBe(expected);
  return response.body; // eslint-disable-line @typescript-eslint/no-unsafe-return -- JSON
}
