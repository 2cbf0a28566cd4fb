// Mounting <wushe-my-volunteering> on the real server of the test run, and a volunteer of her
// own for each test: registered from this page, signed up for an activity, with 信用时 (a
// check-in record) and 荣誉时 (a manual one) recorded by staff.
import { fixture, html } from '@open-wc/testing';
import { requestExamples } from '@wushe/schema/examples';
import { DemoIds } from '@wushe/sdk/fixtures';
import { idNumberCheckChar, type MySignup, type Volunteer } from '@wushe/schema';
import { realServer, staff } from './real-server.js';
import { fromPage, freshMobile, signInFromPage } from './resident-sign-in.js';
import { until } from './dom.js';
import { setResidentSession } from '../src/internal/resident-session.js';
import '../src/components/my-volunteering/my-volunteering.js';
import type { WusheMyVolunteering } from '../src/components/my-volunteering/my-volunteering.js';

export interface TestVolunteer {
  readonly mobile: string;
  readonly volunteer: Volunteer;
  readonly signup: MySignup | { readonly id: string };
}

/** A valid 身份证号 of someone born in 1960–1979, unique enough for one test run. */
function idNumber(): string {
  const birth = `19${60 + Math.floor(Math.random() * 20)}0${1 + Math.floor(Math.random() * 9)}1${Math.floor(Math.random() * 10)}`;
  const first17 = `440113${birth}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

/** Today in China, as the server's records take it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format();

/**
 * A volunteer of her own: registered, signed up for the sorting shift, 2.5 h of 信用时 on it and
 * 1 h of 荣誉时 outside any activity.
 */
export async function volunteerWithHours(): Promise<TestVolunteer> {
  const mobile = freshMobile();
  const registered = await fromPage('/v1/volunteers', {
    ...requestExamples.registerVolunteer,
    name: '林秀英',
    mobile,
    idNumber: idNumber(),
  });
  if (!registered.ok) throw new Error(`register: ${registered.status} ${await registered.text()}`);
  const volunteer = (await registered.json()) as Volunteer;
  const signedUp = await fromPage(`/v1/activities/${DemoIds.activity}/signups`, {
    volunteerId: volunteer.id,
    name: '林秀英',
    mobile,
    consent: requestExamples.registerVolunteer.consent,
  });
  if (!signedUp.ok) throw new Error(`signup: ${signedUp.status} ${await signedUp.text()}`);
  const signup = (await signedUp.json()) as { id: string };
  const records = [
    { activityId: DemoIds.activity, minutes: 150, content: '垃圾分类督导', source: 'check_in' },
    { minutes: 60, content: '探访独居长者', source: 'manual' },
  ];
  for (const record of records) {
    const answer = await staff('POST', '/v1/service-records', {
      volunteerId: volunteer.id,
      servedOn: today(),
      ...record,
    });
    if (answer.status !== 201) throw new Error(`hours: ${JSON.stringify(answer.body)}`);
  }
  return { mobile, volunteer, signup };
}

/** The scope the widget keeps its sign-in under, on the real server. */
export async function serverScope(): Promise<string> {
  const { apiBase, publishableKey } = await realServer();
  return `${apiBase}|${publishableKey}`;
}

/** Signs `mobile` in from this page, as if through the widget a moment ago. */
export async function signedIn(mobile: string): Promise<void> {
  setResidentSession(await serverScope(), await signInFromPage(mobile));
}

export interface MountOptions {
  readonly lang?: string;
  readonly elder?: boolean;
  readonly issuer?: string;
  /** Another API (an unreachable one, for the offline state). */
  readonly apiBase?: string;
}

/** The widget on the real server; resolves once it is done loading (or shows the sign-in). */
export async function mount(options: MountOptions = {}): Promise<WusheMyVolunteering> {
  const { apiBase, publishableKey } = await realServer();
  const el = await fixture<WusheMyVolunteering>(
    html`<wushe-my-volunteering
      api-base=${options.apiBase ?? apiBase}
      publishable-key=${publishableKey}
      lang=${options.lang ?? 'zh-CN'}
      issuer=${options.issuer ?? ''}
      ?elder=${options.elder ?? false}
      theme="light"
    ></wushe-my-volunteering>`,
  );
  await settled(el);
  return el;
}

/** Waits until the widget is not loading. */
export async function settled(el: WusheMyVolunteering): Promise<void> {
  await until(() => el.remote.status !== 'loading', 'loading', 10_000);
  await el.updateComplete;
  await el.updateComplete;
}
