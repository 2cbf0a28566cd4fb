import { routes } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { DEMO_STAFF_PASSWORD } from '@wushe/server/testing';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario, ScenarioContext } from './recorder.js';

/*
 * What the staff widgets' stories replay (@wushe/staff-elements): a sign-in as
 * <wushe-staff-sign-in> sends it (success, a wrong password, the authenticator step, a locked
 * account), and the review queue of 锦绣香江社区 as <wushe-review-queue> loads and decides it.
 */

/** The query the staff widgets send for a work list (`GET /v1/staff/queue`). */
export const queueQuery = (kind: 'needs_review' | 'needs_reported' | 'donations_pending') => ({
  kind,
  limit: 50,
});

const signIn = (context: ScenarioContext, login: string, password: string) =>
  context.resident.requester
    .call(routes.staffSignIn, { body: { login, password } })
    .catch(() => undefined);

/** Reject reason the stories type. */
export const REJECT_REASON = '与另一条需求重复';

export const staffScenarios: readonly Scenario[] = [
  {
    name: 'staff-sign-in',
    description: 'A community worker (jinxiu.staff) signs in with the demo password.',
    async run(context) {
      await signIn(context, 'jinxiu.staff', DEMO_STAFF_PASSWORD);
    },
  },
  {
    name: 'staff-sign-in-refused',
    description: 'A wrong password: 401 invalid_credentials.',
    async run(context) {
      await signIn(context, 'jinxiu.staff', 'not-the-password');
    },
  },
  {
    name: 'staff-sign-in-totp',
    description:
      'A district admin (panyu.admin) without the authenticator code: 401 totp_required.',
    async run(context) {
      await signIn(context, 'panyu.admin', DEMO_STAFF_PASSWORD);
    },
  },
  {
    name: 'staff-sign-in-locked',
    description: 'After five failures the sign-in is locked: 423 account_locked with Retry-After.',
    async run(context) {
      await context.unrecorded(async () => {
        for (let i = 0; i < 5; i++) await signIn(context, 'nancun.sw', `wrong-${i}`);
      });
      await signIn(context, 'nancun.sw', DEMO_STAFF_PASSWORD);
    },
  },
  {
    name: 'staff-review',
    description:
      '锦绣香江社区’s needs awaiting review as <wushe-review-queue> (and <wushe-queue-counts>) load them from the staff queue; the oldest approved, the next rejected with a reason.',
    async run(context) {
      await context.unrecorded(async () => {
        for (const title of ['楼道扶手松动，老人上下楼不便', '独居老人需要每周陪同复诊']) {
          await context.resident.requester.call(routes.createNeed, {
            body: { ...requestExamples.createNeed, communityId: DemoIds.community, title },
          });
        }
      });
      const queue = await context.staff.requester.call(routes.listStaffQueue, {
        query: queueQuery('needs_review'),
      });
      const [first, second] = queue.data.filter((item) => item.communityId === DemoIds.community);
      if (!first || !second) throw new Error('recording: fewer than two needs awaiting review');
      await context.staff.requester.call(routes.updateNeed, {
        params: { id: first.id },
        body: { status: 'open' },
      });
      await context.staff.requester.call(routes.updateNeed, {
        params: { id: second.id },
        body: { status: 'rejected', reason: REJECT_REASON },
      });
    },
  },
];
