import { expect } from 'vitest';
import { idNumberCheckChar } from '@wushe/schema';
import { activities } from '../src/db/tables/index.js';
import { CONSENT, type Harness } from './harness.js';

/** Fixtures shared by the volunteer, activity and time-bank tests. */

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** A valid 居民身份证号 for a birth date (`YYYY-MM-DD`), with a correct check character. */
export function validIdNumber(birthDate: string, sequence = '123', area = '440113'): string {
  const first17 = `${area}${birthDate.replaceAll('-', '')}${sequence}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

/** The same number with its check character deliberately wrong. */
export function withWrongCheckChar(idNumber: string): string {
  const wrong = idNumber.endsWith('0') ? '1' : '0';
  return `${idNumber.slice(0, 17)}${wrong}`;
}

/** A birth date that makes someone `years` old today, with a month's margin either way. */
export function birthDateForAge(years: number, now = new Date()): string {
  const date = new Date(now.getTime() - 30 * DAY_MS);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
}

export function volunteerBody(overrides: Record<string, unknown> = {}) {
  return {
    name: '陈晓明',
    mobile: '13800138000',
    communityId: '440113104001',
    skills: ['陪诊'],
    serviceAreas: ['elderly_care'],
    availability: ['weekend_daytime'],
    consent: CONSENT,
    ...overrides,
  };
}

/** Registers a volunteer through the API and returns its id. */
export async function registerVolunteer(
  h: Harness,
  overrides: Record<string, unknown> = {},
  key = h.keys.pk,
): Promise<string> {
  const response = await h.request('POST', '/v1/volunteers', {
    key,
    body: volunteerBody(overrides),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as string;
}

let activityCounter = 0;

/** Inserts an activity of 番禺区 starting in a week (override anything), and returns its id. */
export async function insertActivity(
  h: Harness,
  overrides: Partial<typeof activities.$inferInsert> = {},
): Promise<string> {
  activityCounter += 1;
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 7 * DAY_MS);
  const id = overrides.id ?? `act_fixture${String(activityCounter).padStart(8, '0')}`;
  await h.db.insert(activities).values({
    districtCode: '440113',
    communityCode: '440113104001',
    title: '长者探访',
    description: '探访独居长者，陪伴聊天',
    category: 'elderly_care',
    location: '锦绣香江社区服务中心',
    capacity: 10,
    endsAt: new Date(startsAt.getTime() + 3 * HOUR_MS),
    ...overrides,
    id,
    startsAt,
  });
  return id;
}

export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR_MS);
