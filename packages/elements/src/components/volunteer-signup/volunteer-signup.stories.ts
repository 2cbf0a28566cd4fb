import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { idNumberCheckChar, type DivisionTree } from '@wushe/schema';
import type { WusheClient } from '@wushe/sdk';
import {
  createReplayClient,
  DemoIds,
  type Recording,
  type TransportState,
} from '@wushe/sdk/fixtures';
import activitySignedUp from '@wushe/sdk/recordings/activity-signed-up.json' with { type: 'json' };
import activitySignup from '@wushe/sdk/recordings/activity-signup.json' with { type: 'json' };
import volunteerExists from '@wushe/sdk/recordings/volunteer-exists.json' with { type: 'json' };
import volunteerRegister from '@wushe/sdk/recordings/volunteer-register.json' with { type: 'json' };
import { NETWORK_STATES, withEditedAnswer } from '../../../test/story-clients.js';
import { defineElement } from '../../internal/define.js';
import { WusheVolunteerSignup } from './volunteer-signup.component.js';

// Defined here rather than by `import './volunteer-signup.js'`: the package's `sideEffects` lists
// only dist/, so Storybook's bundler drops that import, and the element's definition with it.
defineElement('wushe-volunteer-signup', WusheVolunteerSignup);

interface Args {
  network: TransportState;
  community: string;
  activity: string;
  lang: string;
  theme: string;
  elder: boolean;
}

type Values = Partial<WusheVolunteerSignup['form']['values']>;

/** Each story starts afresh: no draft left by another story restored into the form. */
function clearDrafts() {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('wushe.volunteer-signup.')) sessionStorage.removeItem(key);
  }
}

/**
 * The client of a story: the real server's recorded answers (registering, or an activity's
 * signups), in the network state asked for; an error or offline story shows it at once.
 */
const clientFor = (args: Args, recording?: Recording, writes?: TransportState) =>
  createReplayClient(recording ?? (args.activity ? activitySignup : volunteerRegister), {
    state: args.network,
    ...(writes ? { writes } : {}),
    ...(args.network === 'error' || args.network === 'offline' ? { maxRetries: 0 } : {}),
  });

const render = (args: Args, client?: WusheClient) => {
  clearDrafts();
  return html`<wushe-volunteer-signup
    community=${args.community}
    activity=${args.activity}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${client ?? clientFor(args)}
  ></wushe-volunteer-signup>`;
};

/**
 * Renders the widget, waits for it to load, fills the form in and (unless `send` is false) sends
 * it: for the states that follow typing or sending (a minor's guardian, submitting, success,
 * conflict, field errors).
 */
function filled(
  args: Args,
  values: Values,
  { client, send = true }: { client?: WusheClient; send?: boolean } = {},
) {
  clearDrafts();
  const el = document.createElement('wushe-volunteer-signup');
  el.community = args.community;
  if (args.activity) el.activity = args.activity;
  el.lang = args.lang;
  el.theme = args.theme === 'dark' ? 'dark' : 'light';
  el.elder = args.elder;
  el.client = client ?? clientFor(args);
  void (async () => {
    for (let i = 0; i < 100 && el.remote.status !== 'ready'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const [name, value] of Object.entries(values)) el.form.set(name, value);
    await el.updateComplete;
    if (send) el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  })();
  return el;
}

/** A district tree without communities: the recorded one, its streets removed. */
const noCommunities = withEditedAnswer(volunteerRegister, '/v1/divisions', (tree: DivisionTree) => {
  tree.streets = [];
});

const person = { name: '陈小明', mobile: '13900001111', consent: true };
const first17 = '440113201306150021'.slice(0, 17);
/** A child's 身份证号 (born 2013-06-15, with a valid check digit): the guardian's fields appear. */
const minorId = `${first17}${idNumberCheckChar(first17)}`;
const activity = { activity: DemoIds.activity };
const fullActivity = { activity: DemoIds.fullActivity };

const meta: Meta<Args> = {
  title: 'Widgets/Volunteer signup',
  component: 'wushe-volunteer-signup',
  args: {
    network: 'normal',
    community: DemoIds.community,
    activity: '',
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    network: { control: 'select', options: NETWORK_STATES },
    activity: {
      control: 'select',
      options: ['', DemoIds.activity, DemoIds.fullActivity, 'act_doesNotExist'],
    },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => render(args),
};
export default meta;

type Story = StoryObj<Args>;

/* Registration (no `activity`). */

export const Default: Story = {};
export const Loading: Story = { args: { network: 'loading' } };
/** A district tree without communities: nothing to register in, said plainly. */
export const Empty: Story = {
  render: (args) => render(args, clientFor(args, noCommunities)),
};
export const LoadError: Story = { name: 'Error', args: { network: 'error' } };
export const Offline: Story = { args: { network: 'offline' } };
/** A child's ID number: the birth date is read from it and a guardian is asked for. */
export const Minor: Story = {
  render: (args) => filled(args, { idNumber: minorId, birthDate: '2013-06-15' }, { send: false }),
};
export const FieldErrors: Story = {
  render: (args) => filled(args, { name: '', mobile: '12345', consent: false }),
};
export const Submitting: Story = {
  render: (args) => filled(args, person, { client: clientFor(args, undefined, 'loading') }),
};
export const Success: Story = {
  render: (args) => filled(args, { ...person, skills: '理发、维修家电' }),
};
/** The mobile is registered already: 409 `volunteer_exists`, explained kindly. */
export const AlreadyRegistered: Story = {
  name: 'Conflict (already registered)',
  render: (args) => filled(args, person, { client: clientFor(args, volunteerExists) }),
};
export const Elder: Story = { args: { elder: true } };
export const ElderSuccess: Story = {
  args: { elder: true },
  render: (args) => filled(args, person),
};
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkFieldErrors: Story = {
  args: { theme: 'dark' },
  render: (args) => filled(args, { name: '', mobile: '12345', consent: false }),
};
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
export const EnglishSuccess: Story = {
  name: 'en: success',
  args: { lang: 'en' },
  render: (args) => filled(args, person),
};

/* Activity signup (`activity="act_…"`). */

export const ActivityMode: Story = { name: 'Activity', args: activity };
export const ActivityFull: Story = { name: 'Activity: full (waitlist)', args: fullActivity };
export const ActivityLoading: Story = {
  name: 'Activity: loading',
  args: { ...activity, network: 'loading' },
};
/** No such activity (or it has ended): not among the community's upcoming ones. */
export const ActivityNotFound: Story = {
  name: 'Activity: not found',
  args: { activity: 'act_doesNotExist' },
};
export const ActivityError: Story = {
  name: 'Activity: error',
  args: { ...activity, network: 'error' },
};
export const ActivityOffline: Story = {
  name: 'Activity: offline',
  args: { ...activity, network: 'offline' },
};
export const ActivitySubmitting: Story = {
  name: 'Activity: submitting',
  args: activity,
  render: (args) => filled(args, person, { client: clientFor(args, undefined, 'loading') }),
};
export const ActivitySuccess: Story = {
  name: 'Activity: success',
  args: activity,
  render: (args) => filled(args, person),
};
export const WaitlistSuccess: Story = {
  name: 'Activity: on the waitlist',
  args: fullActivity,
  render: (args) => filled(args, person),
};
/** The mobile signed up already: 409 `already_signed_up`, explained kindly. */
export const AlreadySignedUp: Story = {
  name: 'Activity: conflict (already signed up)',
  args: activity,
  render: (args) => filled(args, person, { client: clientFor(args, activitySignedUp) }),
};
export const ActivityFieldErrors: Story = {
  name: 'Activity: field errors',
  args: activity,
  render: (args) => filled(args, { name: '', mobile: '139', consent: false }),
};
export const ActivityElder: Story = {
  name: 'Activity: elder',
  args: { ...fullActivity, elder: true },
};
export const ActivityDark: Story = { name: 'Activity: dark', args: { ...activity, theme: 'dark' } };
export const ActivityTraditionalChinese: Story = {
  name: 'Activity: zh-HK',
  args: { ...fullActivity, lang: 'zh-HK' },
};
export const ActivityEnglish: Story = { name: 'Activity: en', args: { ...activity, lang: 'en' } };
