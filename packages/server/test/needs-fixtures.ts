import { beforeEach, expect } from 'vitest';
import { events } from '../src/db/tables/index.js';
import { CONSENT, type Harness } from './harness.js';

/** Fixtures shared by the needs tests (needs-public, needs-search, needs-claims, needs-staff). */

export const REQUESTER_MOBILE = '13800138000';
export const CLAIMANT_MOBILE = '13912345678';

/** The body a needs widget posts: a 助老陪诊 service of 锦绣香江社区 unless `overrides` say otherwise. */
export const needBody = (overrides: Record<string, unknown> = {}) => ({
  communityId: '440113104001',
  kind: 'service',
  category: 'elderly_care',
  title: '独居老人助老陪诊',
  description: '社区独居老人需要志愿者每周陪同去医院复诊，协助挂号取药。',
  contact: { name: '王秀英', mobile: '+86 138-0013-8000' },
  consent: CONSENT,
  ...overrides,
});

/** The body of a claim: a volunteer's unless `overrides` say otherwise. */
export const claimBody = (overrides: Record<string, unknown> = {}) => ({
  claimant: { type: 'volunteer', name: '李志强', mobile: CLAIMANT_MOBILE },
  consent: CONSENT,
  ...overrides,
});

/**
 * The needs tests' helpers, bound to the file's harness. `publicBodies` holds every public
 * response body of the current test (emptied before each test), to prove the requester's mobile
 * never appears. Call it after `useHarness`, at the top of the file.
 */
export function useNeedHelpers(h: Harness) {
  const publicBodies: unknown[] = [];
  beforeEach(() => {
    publicBodies.length = 0;
  });

  async function asResident(method: string, path: string, body?: unknown) {
    const response = await h.request(method, path, { body });
    publicBodies.push(response.body);
    return response;
  }

  const patch = (id: string, body: unknown, key = h.keys.sk) =>
    h.request('PATCH', `/v1/needs/${id}`, { key, body });

  async function postNeed(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await asResident('POST', '/v1/needs', needBody(overrides));
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  async function openNeed(overrides: Record<string, unknown> = {}): Promise<string> {
    const id = await postNeed(overrides);
    expect((await patch(id, { status: 'open' })).status).toBe(200);
    return id;
  }

  async function claimed(id: string, overrides: Record<string, unknown> = {}) {
    const response = await asResident('POST', `/v1/needs/${id}/claims`, claimBody(overrides));
    expect(response.status).toBe(201);
    return response;
  }

  const eventsOf = async (needId: string) =>
    (await h.db.select().from(events).orderBy(events.id)).filter(
      (row) => (row.payload as { id: string }).id === needId,
    );

  const listIds = async (query = '', key = h.keys.pk) => {
    const response = await h.request('GET', `/v1/needs${query}`, { key });
    expect(response.status).toBe(200);
    if (key === h.keys.pk) publicBodies.push(response.body);
    return (response.body.data as { id: string }[]).map((need) => need.id);
  };

  return { publicBodies, asResident, patch, postNeed, openNeed, claimed, eventsOf, listIds };
}
