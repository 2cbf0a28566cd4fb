import { routes } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario, ScenarioContext } from './recorder.js';

const fund = (context: ScenarioContext, id: string) =>
  context.resident.requester.call(routes.getFund, { params: { id } });

/** The public ledger in pages of 10, as <wushe-donation ledger> reads it. */
async function ledger(context: ScenarioContext, id: string) {
  const page = await context.resident.requester.call(routes.listFundDonations, {
    params: { id },
    query: { limit: 10 },
  });
  if (page.nextCursor) {
    await context.resident.requester.call(routes.listFundDonations, {
      params: { id },
      query: { limit: 10, cursor: page.nextCursor },
    });
  }
}

const donate = (context: ScenarioContext, channel: 'offline' | 'sandbox') =>
  context.resident.requester.call(routes.createDonation, {
    body: {
      ...requestExamples.createDonation,
      fundId: DemoIds.directFund,
      amountFen: 5_000,
      donor: { name: '陈小明', anonymous: false, publishName: true },
      channel,
    },
  });

/** Staff confirm (or fail) the donation; the page then asks for its status. */
async function settle(context: ScenarioContext, channel: 'offline' | 'sandbox', ok: boolean) {
  await fund(context, DemoIds.directFund);
  const created = await donate(context, channel);
  await context.staff.requester.call(routes.confirmDonation, {
    params: { id: created.donation.id },
    body: { succeeded: ok },
  });
  await context.resident.requester.call(routes.getDonation, {
    params: { id: created.donation.id },
  });
}

export const givingScenarios: readonly Scenario[] = [
  {
    name: 'funds',
    description:
      'The three demo funds as <wushe-donation> loads them (direct, platform, undisclosed), the direct fund’s ledger, and a pledge offline and online.',
    async run(context) {
      for (const id of [DemoIds.directFund, DemoIds.platformFund, DemoIds.undisclosedFund]) {
        await fund(context, id);
      }
      await ledger(context, DemoIds.directFund);
      await ledger(context, DemoIds.platformFund);
      const offline = await donate(context, 'offline');
      await context.resident.requester.call(routes.getDonation, {
        params: { id: offline.donation.id },
      });
    },
  },
  {
    name: 'donation-online',
    description: 'A donation paid online: it waits on the provider’s checkout.',
    async run(context) {
      await fund(context, DemoIds.directFund);
      const created = await donate(context, 'sandbox');
      await context.resident.requester.call(routes.getDonation, {
        params: { id: created.donation.id },
      });
    },
  },
  {
    name: 'donation-succeeded',
    description: 'An offline pledge that staff confirm: the donation has succeeded.',
    run: (context) => settle(context, 'offline', true),
  },
  {
    name: 'donation-failed',
    description: 'An online payment the provider reports failed.',
    run: (context) => settle(context, 'sandbox', false),
  },
];
