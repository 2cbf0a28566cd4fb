import { routes, type Activity, type Page } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario, ScenarioContext } from './recorder.js';

/** Who registers and signs up in the stories and tests (a made-up mobile of the demo range). */
export const PERSON = { name: '陈小明', mobile: '13900001111' };
const consent = requestExamples.registerVolunteer.consent;

const register = (context: ScenarioContext, mobile: string) =>
  context.resident.requester
    .call(routes.registerVolunteer, {
      body: {
        name: PERSON.name,
        mobile,
        communityId: DemoIds.community,
        skills: ['理发', '维修家电'],
        consent,
      },
    })
    .catch(() => undefined);

/** The activities <wushe-volunteer-signup activity> pages through, in the community. */
async function listActivities(context: ScenarioContext) {
  let cursor: string | null = null;
  do {
    const query: Record<string, unknown> = { community: DemoIds.community };
    if (cursor) query.cursor = cursor;
    const page: Page<Activity> = await context.resident.requester.call(routes.listActivities, {
      query,
    });
    cursor = page.nextCursor;
  } while (cursor);
}

const signUp = (context: ScenarioContext, id: string, mobile = PERSON.mobile) =>
  context.resident.requester
    .call(routes.signUpForActivity, { params: { id }, body: { ...PERSON, mobile, consent } })
    .catch(() => undefined);

export const volunteerScenarios: readonly Scenario[] = [
  {
    name: 'volunteer-register',
    description: 'The district tree <wushe-volunteer-signup> offers, and a resident registering.',
    async run(context) {
      await context.resident.requester.call(routes.listDivisions, {});
      await register(context, PERSON.mobile);
    },
  },
  {
    name: 'volunteer-exists',
    description: 'The same mobile registers again: 409 volunteer_exists.',
    async run(context) {
      await context.resident.requester.call(routes.listDivisions, {});
      await register(context, PERSON.mobile);
    },
  },
  {
    name: 'activity-signup',
    description:
      'The community’s upcoming activities; a resident signs up for one with places (confirmed) and for a full one (waitlisted).',
    async run(context) {
      await listActivities(context);
      await signUp(context, DemoIds.activity);
      await signUp(context, DemoIds.fullActivity);
    },
  },
  {
    name: 'activity-signed-up',
    description: 'The same mobile signs up again: 409 already_signed_up.',
    async run(context) {
      await listActivities(context);
      await signUp(context, DemoIds.activity);
      await signUp(context, DemoIds.fullActivity);
    },
  },
];
