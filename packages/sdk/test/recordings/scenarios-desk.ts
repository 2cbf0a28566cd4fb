import { chinaDate, routes } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario } from './recorder.js';
import { queueQuery } from './scenarios-staff.js';

/*
 * What the daily-work widgets' stories replay (@wushe/staff-elements): the reported needs as
 * <wushe-review-queue kind="needs_reported"> loads and decides them, the donation desk's pending
 * pledges settled, and the hours recorder's activities, check-in list and a recorded row.
 */

/** The demo's 长者义剪日 eight days before the recording, with registered volunteers. */
export const RECORDED_ACTIVITY = 'act_Rb8Tz1Kq5W';
/** The bank reference the donation desk's story types. */
export const BANK_REFERENCE = 'BANK-20261206-0107';

export const deskScenarios: readonly Scenario[] = [
  {
    name: 'staff-reported',
    description:
      'Two of 锦绣香江社区’s open needs reported (one three times, so hidden) as the reported needs list loads them; the longest waiting hidden by staff.',
    async run(context) {
      await context.unrecorded(async () => {
        for (const [title, reports] of [
          ['出售二手家电，价格从优', 3],
          ['周末组织长者合唱排练', 1],
        ] as const) {
          const need = await context.resident.requester.call(routes.createNeed, {
            body: { ...requestExamples.createNeed, communityId: DemoIds.community, title },
          });
          await context.staff.requester.call(routes.updateNeed, {
            params: { id: need.id },
            body: { status: 'open' },
          });
          for (let n = 0; n < reports; n++) {
            await context.resident.requester.call(routes.reportNeed, {
              params: { id: need.id },
              body: { reason: 'spam', reporterToken: `recording-${need.id}-${String(n)}` },
            });
          }
        }
      });
      const queue = await context.staff.requester.call(routes.listStaffQueue, {
        query: queueQuery('needs_reported'),
      });
      const [first] = queue.data;
      if (!first) throw new Error('recording: no reported need');
      await context.staff.requester.call(routes.updateNeed, {
        params: { id: first.id },
        body: { hide: true },
      });
    },
  },
  {
    name: 'staff-donations',
    description:
      'Two offline pledges to 锦绣香江社区慈善基金 pending at the donation desk; the first confirmed with the bank reference, the second marked failed.',
    async run(context) {
      await context.unrecorded(async () => {
        for (const amountFen of [50_000, 8_800]) {
          await context.resident.requester.call(routes.createDonation, {
            body: { ...requestExamples.createDonation, amountFen },
          });
        }
      });
      const queue = await context.staff.requester.call(routes.listStaffQueue, {
        query: queueQuery('donations_pending'),
      });
      const [first, second] = queue.data;
      if (!first || !second) throw new Error('recording: fewer than two pending pledges');
      await context.staff.requester.call(routes.settleDonation, {
        params: { id: first.id },
        body: { succeeded: true, providerReference: BANK_REFERENCE },
      });
      await context.staff.requester.call(routes.settleDonation, {
        params: { id: second.id },
        body: { succeeded: false },
      });
    },
  },
  {
    name: 'staff-hours',
    description:
      'The hours recorder: the activities of the last 30 days, 长者义剪日’s check-in list, and its first volunteer’s 100 minutes recorded from it.',
    async run(context) {
      const activities = await context.staff.requester.call(routes.listRecordableActivities, {});
      const activity = activities.data.find((each) => each.id === RECORDED_ACTIVITY);
      if (!activity) throw new Error('recording: 长者义剪日 is not recordable');
      const list = await context.staff.requester.call(routes.listActivityCheckIns, {
        params: { id: RECORDED_ACTIVITY },
      });
      const first = list.data.find((entry) => entry.volunteerId);
      if (!first?.volunteerId) throw new Error('recording: nobody registered on the check-in list');
      await context.staff.requester.call(routes.createServiceRecord, {
        body: {
          volunteerId: first.volunteerId,
          activityId: RECORDED_ACTIVITY,
          servedOn: chinaDate(new Date(activity.startsAt)),
          minutes: 100,
          content: activity.title,
          source: 'check_in',
        },
      });
    },
  },
];
