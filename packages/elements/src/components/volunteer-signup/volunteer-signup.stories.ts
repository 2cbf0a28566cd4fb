import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WusheClient } from '@wushe/sdk';
import {
  createFixtureClient,
  createFixtureFetch,
  FixtureIds,
  FixtureScenario,
} from '@wushe/sdk/fixtures';
import { defineElement } from '../../internal/define.js';
import { WusheVolunteerSignup } from './volunteer-signup.component.js';

// Defined here rather than by `import './volunteer-signup.js'`: the package's `sideEffects` lists
// only dist/, so Storybook's bundler drops that import, and the element's definition with it.
defineElement('wushe-volunteer-signup', WusheVolunteerSignup);

interface Args {
  scenario: FixtureScenario;
  community: string;
  activity: string;
  lang: string;
  theme: string;
  elder: boolean;
}

/** Each story starts afresh: no draft left by another story restored into the form. */
function clearDrafts() {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('wushe.volunteer-signup.')) sessionStorage.removeItem(key);
  }
}

const render = (args: Args) => {
  clearDrafts();
  return html`<wushe-volunteer-signup
    community=${args.community}
    activity=${args.activity}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${createFixtureClient({ scenario: args.scenario })}
  ></wushe-volunteer-signup>`;
};

/**
 * Renders the widget, waits for it to load, fills the form and sends it: for the states that
 * follow a submission (submitting, success, conflict).
 */
function sent(
  args: Args,
  values: Partial<WusheVolunteerSignup['form']['values']>,
  client: WusheClient = createFixtureClient({ scenario: args.scenario }),
) {
  clearDrafts();
  const el = document.createElement('wushe-volunteer-signup');
  el.community = args.community;
  if (args.activity) el.activity = args.activity;
  el.lang = args.lang;
  el.theme = args.theme === 'dark' ? 'dark' : 'light';
  el.elder = args.elder;
  el.client = client;
  void (async () => {
    for (let i = 0; i < 100 && el.remote.status !== 'ready'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const [name, value] of Object.entries(values)) {
      el.form.set(name, value);
    }
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  })();
  return el;
}

const person = { name: '陈小明', mobile: '13900001111', consent: true };

const meta: Meta<Args> = {
  title: 'Widgets/Volunteer signup',
  component: 'wushe-volunteer-signup',
  args: {
    scenario: FixtureScenario.normal,
    community: FixtureIds.community,
    activity: '',
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    scenario: { control: 'select', options: Object.values(FixtureScenario) },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const ActivityMode: Story = { args: { activity: FixtureIds.activity } };
export const ActivityFull: Story = { args: { activity: FixtureIds.fullActivity } };
export const Loading: Story = { args: { scenario: FixtureScenario.loading } };
export const LoadError: Story = { name: 'Error', args: { scenario: FixtureScenario.error } };
export const Offline: Story = { args: { scenario: FixtureScenario.offline } };
/** The divisions load at once; the registration then never gets its answer. */
export const Submitting: Story = {
  render: (args) => {
    const fixtureFetch = createFixtureFetch();
    const transport: typeof fetch = (input, init) =>
      init?.method === 'POST' ? new Promise<Response>(() => undefined) : fixtureFetch(input, init);
    return sent(args, person, createFixtureClient({ transport, timeoutMs: 2_147_483_647 }));
  },
};
export const Success: Story = {
  render: (args) => sent(args, { ...person, skills: '理发、维修家电' }),
};
export const WaitlistSuccess: Story = {
  args: { activity: FixtureIds.fullActivity },
  render: (args) => sent(args, person),
};
/** 李志强's mobile is registered already: 409 `volunteer_exists`, explained kindly. */
export const AlreadyRegistered: Story = {
  render: (args) => sent(args, { ...person, mobile: '13711112222' }),
};
export const FieldErrors: Story = {
  render: (args) => sent(args, { name: '', mobile: '12345', consent: false }),
};
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
