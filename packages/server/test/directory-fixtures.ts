import { and, eq } from 'drizzle-orm';
import type { RoleGrant } from '@wushe/schema';
import { auditLog } from '../src/db/tables/index.js';
import type { Harness } from './harness.js';
import type { testClock } from './staff-fixtures.js';
import { insertStaff, signInAs } from './staff-fixtures.js';

/** 番禺区's places in the harness's fixture. */
export const PANYU = '440113';
export const NANCUN = '440113104';
export const SHIQIAO = '440113001';
export const JINXIU = '440113104001';
export const NANCUN_VILLAGE = '440113104002';
export const XIANFENG = '440113001001';
export const CHANGNING_COMMUNITY = '310105002001';

/** Signs a new staff account of 番禺区 in with its roles; its id and bearer token. */
export function useStaffSignIn(h: Harness, clock: ReturnType<typeof testClock>) {
  return async (login: string, roles: RoleGrant[]) => {
    const staff = await insertStaff(h, { login, roles });
    return { id: staff.id, token: await signInAs(h, staff, clock.now()) };
  };
}

/** The audit rows of one action. */
export function auditOf(h: Harness, action: string, subjectId?: string) {
  return h.db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, action),
        subjectId === undefined ? undefined : eq(auditLog.subjectId, subjectId),
      ),
    );
}
