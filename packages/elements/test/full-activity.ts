// Activities of the real server for tests. A full one for live tests: one place, taken by a neighbour who is signed
// in from this page and can give it up (as her own widget would), so the first person waiting is
// promoted and the server announces it live.
import { createClient } from '@wushe/sdk';
import { requestExamples } from '@wushe/schema/examples';
import { DemoIds } from '@wushe/sdk/fixtures';
import { realServer, staff } from './real-server.js';
import { freshMobile, fromPage, signInFromPage } from './resident-sign-in.js';

export interface FullActivity {
  readonly activityId: string;
  /** The neighbour cancels her place: the first person waiting takes it. */
  readonly release: () => Promise<void>;
}

/** A new activity of the demo community, starting in `inDays` days, as staff create one. */
export async function createActivity(fields: {
  title: string;
  capacity: number;
  inDays: number;
}): Promise<string> {
  const startsAt = Date.now() + fields.inDays * 86_400_000;
  const created = await staff<{ id: string }>('POST', '/v1/activities', {
    communityId: DemoIds.community,
    title: fields.title,
    description: '为独居长者服务。',
    category: 'elderly_care',
    location: '锦绣香江社区服务中心',
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 2 * 3_600_000).toISOString(),
    capacity: fields.capacity,
  });
  if (created.status !== 201) throw new Error(`activity: ${JSON.stringify(created.body)}`);
  return created.body.id;
}

export async function fullActivity(): Promise<FullActivity> {
  const activityId = await createActivity({
    title: '长者午餐配送（一个名额）',
    capacity: 1,
    inDays: 20,
  });
  const neighbour = freshMobile();
  const taken = await fromPage(`/v1/activities/${activityId}/signups`, {
    name: '邻居',
    mobile: neighbour,
    consent: requestExamples.registerVolunteer.consent,
  });
  if (!taken.ok) throw new Error(`signup: ${taken.status} ${await taken.text()}`);
  const signup = (await taken.json()) as { id: string };
  const session = await signInFromPage(neighbour);
  const { apiBase, publishableKey } = await realServer();
  const asNeighbour = createClient({
    baseUrl: apiBase,
    publishableKey,
    residentToken: session.token,
    maxRetries: 0,
  });
  return {
    activityId,
    release: async () => {
      await asNeighbour.residents.cancelSignup({ id: signup.id });
    },
  };
}
