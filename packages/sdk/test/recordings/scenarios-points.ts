import { routes } from '@wushe/schema';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario, ScenarioContext } from './recorder.js';

/** A demo volunteer with 3 points of 信用时 (packages/server/src/seed/demo). */
export const POINTS_VOLUNTEER_MOBILE = '13800000011';

/** Signs the volunteer in off the record, with the code the `log` notifier's outbox holds. */
async function signIn(context: ScenarioContext) {
  await context.unrecorded(async () => {
    const mobile = POINTS_VOLUNTEER_MOBILE;
    await context.resident.residents.requestCode({ mobile });
    const outbox = await context.staff.requester.call(routes.listDevOutbox, {
      query: { to: mobile, limit: 1 },
    });
    const code = (outbox.data[0]?.params as { code?: string } | undefined)?.code ?? '';
    await context.resident.residents.signIn({ mobile, code });
  });
}

/** What <wushe-points-store> reads: the catalog, and my balance when signed in. */
async function browse(context: ScenarioContext) {
  await context.resident.rewards.list({ community: DemoIds.community });
  await context.resident.residents.points();
}

/** Redeems `rewardId`; a refusal is recorded as the answer it is. */
async function redeem(context: ScenarioContext, rewardId: string) {
  await context.resident.residents.redeem({ rewardId }).catch(() => undefined);
  await browse(context);
}

export const pointsScenarios: readonly Scenario[] = [
  {
    name: 'points-store',
    description:
      '锦绣香江’s 爱心超市 as <wushe-points-store> shows it; a volunteer with 3 points signs in and redeems a blood-pressure check (1 point) for a pickup code.',
    async run(context) {
      await signIn(context);
      await browse(context);
      await redeem(context, 'rwd_jxBloodPressure');
    },
  },
  {
    name: 'points-store-refused',
    description:
      'The same volunteer tries 5 kg of rice (8 points) with 2 left: refused, insufficient_points, nothing spent.',
    async run(context) {
      await signIn(context);
      await browse(context);
      await redeem(context, 'rwd_jxRice5kg01');
    },
  },
];
