import { idNumberCheckChar, routes, type Volunteer } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { DemoIds, RECORDED_AT } from '../../src/fixtures/index.js';
import type { Scenario, ScenarioContext } from './recorder.js';

/** The resident of <wushe-my-volunteering>'s stories (a made-up mobile of the demo range). */
export const RESIDENT = { name: '林秀英', mobile: '13900003333' };
/** A resident who signs in but never registered as a volunteer. */
export const NOT_A_VOLUNTEER = '13900004444';

const first17 = '44011319680512002';
const consent = requestExamples.registerVolunteer.consent;
const servedOn = RECORDED_AT.slice(0, 10);

/** Signs `mobile` in as a resident widget does: a code, read from the outbox off the record. */
export async function signIn(context: ScenarioContext, mobile: string) {
  const { residents } = context.resident;
  await residents.requestCode({ mobile });
  const page = await context.unrecorded(() =>
    context.staff.requester.call(routes.listDevOutbox, { query: { to: mobile } }),
  );
  const code = page.data.find((message) => message.template === 'resident_code')?.params.code;
  if (!code) throw new Error(`recording: no sign-in code for ${mobile}`);
  await residents.signIn({ mobile, code });
}

/** What the widget loads once someone is signed in. */
async function loadMine(context: ScenarioContext) {
  const { residents, requester } = context.resident;
  const quiet = <T>(request: Promise<T>) => request.catch(() => undefined);
  // One after another, so the recording's order is the same on every run.
  await quiet(residents.volunteer());
  await residents.signups();
  await quiet(residents.hours());
  await quiet(residents.points());
  await requester.call(routes.listDivisions, {});
}

export const residentScenarios: readonly Scenario[] = [
  {
    name: 'my-volunteering',
    description:
      'A volunteer with a signup, a place on a waitlist, 信用时 from a check-in and 荣誉时 entered by hand signs in to <wushe-my-volunteering> by SMS code and sees it all; then exports her data and erases it.',
    async run(context) {
      const volunteer = await context.unrecorded(async () => {
        const registered: Volunteer = await context.resident.requester.call(
          routes.registerVolunteer,
          {
            body: {
              ...requestExamples.registerVolunteer,
              ...RESIDENT,
              idNumber: `${first17}${idNumberCheckChar(first17)}`,
            },
          },
        );
        for (const activity of [DemoIds.activity, DemoIds.fullActivity]) {
          await context.resident.requester.call(routes.signUpForActivity, {
            params: { id: activity },
            body: { volunteerId: registered.id, ...RESIDENT, consent },
          });
        }
        const records = [
          {
            activityId: DemoIds.activity,
            minutes: 150,
            content: '垃圾分类督导',
            source: 'check_in',
          },
          { minutes: 60, content: '探访独居长者', source: 'manual' },
        ] as const;
        for (const record of records) {
          await context.staff.requester.call(routes.createServiceRecord, {
            body: { volunteerId: registered.id, servedOn, ...record },
          });
        }
        return registered;
      });
      if (!volunteer.id) throw new Error('recording: no volunteer');
      await signIn(context, RESIDENT.mobile);
      await loadMine(context);
      // Her rights under PIPL, last: the export, then the erasure that ends her session.
      await context.resident.residents.export();
      await context.resident.residents.erase();
    },
  },
  {
    name: 'my-volunteering-none',
    description: 'A resident who never registered as a volunteer signs in: nothing to show yet.',
    async run(context) {
      await signIn(context, NOT_A_VOLUNTEER);
      await loadMine(context);
    },
  },
];
