import { executeServerCommand } from '@web/test-runner-commands';

/** The demo seed's places and people the tests use (packages/server/src/seed/demo). */
export const DEMO = {
  /** 锦绣香江社区, in 南村镇: jinxiu.staff's community. */
  jinxiu: '440113104001',
  /** 南村镇. */
  nancun: '440113104',
  /** 番禺区. */
  panyu: '440113',
  /** Another community of 南村镇, outside jinxiu.staff's scope. */
  otherCommunity: '440113104002',
} as const;

/** Where the real server of the test run listens. */
export function realServer(): Promise<{ apiBase: string; publishableKey: string }> {
  return executeServerCommand('wushe-server');
}

/** The demo seed's password of every staff account (the test server's, never for real use). */
export function demoPassword(): Promise<string> {
  return executeServerCommand('wushe-demo-password');
}

/** A staff token of a demo account, signed in from the test runner's process. */
export function staffToken(login: string): Promise<string> {
  return executeServerCommand<string, object>('wushe-staff-token', { login });
}

/** An API call from the test runner's process, with the secret key, the publishable key or a token. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function call<T = unknown>(
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
  key: 'secret' | 'publishable' | (string & {}) = 'secret',
): Promise<{ status: number; body: T }> {
  return executeServerCommand('wushe-call', { method, path, body, key });
}

let counter = 0;
/** A need a resident posts in `community` (pending review), with a title no other test uses. */
export async function postPendingNeed(
  community: string,
  title: string,
): Promise<{ id: string; title: string }> {
  const unique = `${title} ${Date.now().toString(36)}${(counter++).toString(36)}`;
  const answer = await call<{ id: string; title: string }>(
    'POST',
    '/v1/needs',
    {
      communityId: community,
      kind: 'service',
      category: 'elderly_care',
      title: unique,
      description: '独居老人家中水龙头漏水，希望有志愿者上门帮忙更换。',
      contact: { name: '王秀英', mobile: '13800138000' },
      consent: { policyVersion: '2026-01', agreed: true },
    },
    'publishable',
  );
  if (answer.status !== 201) throw new Error(`post need: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The demo's `direct` fund of 锦绣香江社区, which takes offline pledges. */
export const DEMO_FUND = 'fund_Nc4Ps8Yd2M';

/** An offline pledge a resident makes to the demo fund: pending until staff confirm it. */
export async function pledge(amountFen: number): Promise<{ id: string; reference: string }> {
  const answer = await call<{ donation: { id: string }; payment: { reference: string } }>(
    'POST',
    '/v1/donations',
    {
      fundId: DEMO_FUND,
      amountFen,
      donor: { name: '黄伟明', anonymous: false, publishName: false, mobile: '13600001111' },
      channel: 'offline',
      consent: { policyVersion: '2026-01', agreed: true },
    },
    'publishable',
  );
  if (answer.status !== 201) throw new Error(`pledge: ${JSON.stringify(answer.body)}`);
  return { id: answer.body.donation.id, reference: answer.body.payment.reference };
}

/** The demo fund's progress as residents see it. */
export async function fundRaised(): Promise<number> {
  const fund = await call<{ raisedFen: number }>(
    'GET',
    `/v1/funds/${DEMO_FUND}`,
    undefined,
    'publishable',
  );
  return fund.body.raisedFen;
}
