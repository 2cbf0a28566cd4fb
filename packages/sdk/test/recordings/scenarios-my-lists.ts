import { routes } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario, ScenarioContext } from './recorder.js';
import { NOT_A_VOLUNTEER, signIn } from './scenarios-residents.js';

/** The resident of <wushe-my-needs>' and <wushe-my-donations>' stories (a made-up demo mobile). */
export const POSTER = { name: '邓婆婆', mobile: '13900005555' };

/** Posts a service need with the poster's mobile, as the needs list's form does. */
const post = (context: ScenarioContext, title: string) =>
  context.resident.requester.call(routes.createNeed, {
    body: {
      ...requestExamples.createNeed,
      kind: 'service',
      valueFen: undefined,
      title,
      contact: POSTER,
    },
  });

/** Staff move a need on, with a reason where one is given. */
const move = (
  context: ScenarioContext,
  id: string,
  status: 'open' | 'rejected' | 'fulfilled',
  reason?: string,
) =>
  context.staff.requester.call(routes.updateNeed, {
    params: { id },
    body: { status, ...(reason ? { reason } : {}) },
  });

/** Gives to the community fund with the poster's mobile, a receipt asked for or not. */
const give = (context: ScenarioContext, amountFen: number, receipt?: { title: string }) =>
  context.resident.requester.call(routes.createDonation, {
    body: {
      ...requestExamples.createDonation,
      fundId: DemoIds.directFund,
      amountFen,
      donor: { name: POSTER.name, anonymous: false, publishName: false, mobile: POSTER.mobile },
      receipt,
    },
  });

/** What both widgets read once someone is signed in. */
async function loadMine(context: ScenarioContext) {
  await context.resident.residents.needs();
  await context.resident.residents.donations();
}

export const myListsScenarios: readonly Scenario[] = [
  {
    name: 'my-lists',
    description:
      'A resident who posted three needs (one waiting for review, one rejected with a reason, one approved, claimed by an organization and fulfilled) and gave twice (one received with a receipt asked for, one pledged) signs in to <wushe-my-needs> and <wushe-my-donations>.',
    async run(context) {
      await context.unrecorded(async () => {
        const done = await post(context, '帮独居长者更换客厅灯泡');
        await move(context, done.id, 'open');
        await context.resident.requester.call(routes.claimNeed, {
          params: { id: done.id },
          body: requestExamples.claimNeed,
        });
        await move(context, done.id, 'fulfilled');
        const refused = await post(context, '帮忙代购香烟和白酒');
        await move(context, refused.id, 'rejected', '不属于社区服务范围，请联系家人协助');
        await post(context, '周末陪老人到公园散步');
        const received = await give(context, 20_000, { title: POSTER.name });
        await context.staff.requester.call(routes.confirmDonation, {
          params: { id: received.donation.id },
          body: requestExamples.confirmDonation,
        });
        await give(context, 5_050);
      });
      await signIn(context, POSTER.mobile);
      await loadMine(context);
    },
  },
  {
    name: 'my-lists-none',
    description: 'A resident who never posted a need nor gave signs in: nothing to show yet.',
    async run(context) {
      await signIn(context, NOT_A_VOLUNTEER);
      await loadMine(context);
    },
  },
];
