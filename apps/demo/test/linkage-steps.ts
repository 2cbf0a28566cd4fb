// The linkage chain's steps (SPEC §11) that have no screen yet, each through the HTTP API as the
// person who would take it (a staff session signed in from Node), one small function per step so
// it can be swapped for the screen that takes it.
import { expect } from 'vitest';
import { DEMO_STAFF_PASSWORD as PASSWORD, callApi } from '@wushe/server/testing';
import { stack } from './support.js';

/** The demo seed's community, organization and fund the chain runs in. */
export const CHAIN = {
  community: '440113104001',
  /** 锦绣香江长者会, whose member is `jinxiu.elders`; its resource is 长者助餐与上门探访. */
  organization: 'org_jxElders',
  /** 锦绣香江社区's direct fund, which has raised money to disburse. */
  fund: 'fund_Nc4Ps8Yd2M',
} as const;

/** A demo account's session token, signed in from Node (not a district admin: no TOTP here). */
export async function staffSession(login: string): Promise<string> {
  const answer = await callApi<{ session: { token: string } }>(
    stack.api,
    '',
    'POST',
    '/v1/staff/sign-in',
    { login, password: PASSWORD },
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.session.token;
}

/** One staff call from Node that must answer `expected`; its body. */
async function as<T>(
  token: string,
  expected: number,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const answer = await callApi<T>(stack.api, token, method, path, body);
  expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBe(expected);
  return answer.body;
}

export interface Call {
  id: string;
  title: string;
  status: string;
}
export interface Proposal {
  id: string;
  title: string;
}
export interface Project {
  id: string;
  title: string;
  status: string;
}

/** The organization claims the need it was matched to (API: no organization desk yet). */
export function claimNeedAsOrganization(member: string, needId: string) {
  return as(member, 201, 'POST', `/v1/needs/${needId}/organization-claims`, {
    organizationId: CHAIN.organization,
  });
}

/** The organization proposes a project for the need (API: no organization desk yet). */
export function proposeAsOrganization(
  member: string,
  callId: string,
  proposal: { title: string; needId: string },
) {
  return as<Proposal>(member, 201, 'POST', `/v1/calls/${callId}/proposals`, {
    organizationId: CHAIN.organization,
    title: proposal.title,
    summary: '为锦绣香江独居长者每周送餐五次，志愿者同时上门探访，记录长者的身体和生活情况。',
    communityIds: [CHAIN.community],
    needIds: [proposal.needId],
    budgetFen: 800_000,
  });
}

/** Residents' ratings of `subjectId` in `surveyId` from the public API, as their widgets send them. */
export async function rateFromApi(
  surveyId: string,
  subjectId: string,
  ratings: readonly number[],
  run: string,
) {
  for (const [n, value] of ratings.entries()) {
    const answer = await callApi(
      stack.api,
      stack.publishableKey,
      'POST',
      `/v1/surveys/${surveyId}/responses`,
      {
        respondentToken: `chain-${run}-household-${n}`.padEnd(16, '0'),
        subjectId,
        answers: [
          { questionId: 'overall', value },
          { questionId: 'recommend', value: value * 2 },
        ],
      },
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  }
}
