import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createClient, type WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import followUps from '@wushe/sdk/recordings/staff-follow-ups.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import { answering, recordedBody } from '../../../test/story-support.js';
import { WusheFollowUps } from './follow-ups.component.js';

// Defined here rather than by `import './follow-ups.js'` (see the sign-in's stories).
defineElement('wushe-follow-ups', WusheFollowUps);

interface Args {
  network: TransportState;
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
  /** A client of the story's own; else the recording answers. */
  client?: () => WusheClient;
}

/** The district's follow-ups as the real server answered them (recording `staff-follow-ups`). */
const view = (args: Args) =>
  html`<wushe-follow-ups
    division=${args.division}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${
      args.client?.() ?? createReplayClient(followUps, { state: args.network, maxRetries: 0 })
    }
  ></wushe-follow-ups>`;

/** The recorded list as a district without a holiday calendar gets it (the demo has one). */
const withoutCalendar = () => {
  const body = recordedBody(followUps, '/v1/staff/queue') as { data: object[] };
  const data = body.data.map((item) => ({ ...item, calendarKnown: false }));
  return answering(200, { ...body, data });
};

/**
 * A server that refuses with the contract's error: 403 `forbidden` (the demo data has no account
 * the list refuses) or 401 `session_expired` (a session that ended). Not recordings.
 */
const refusing = (status: 401 | 403) => (args: Args) => {
  const code = status === 401 ? 'session_expired' : 'forbidden';
  const refuse = () =>
    Promise.resolve(
      new Response(JSON.stringify({ error: { code, message: code, requestId: 'req_story' } }), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  return html`<wushe-follow-ups
    division=${args.division}
    lang=${args.lang}
    ?elder=${args.elder}
    .client=${createClient({ baseUrl: 'https://fixtures.wushe.invalid', fetch: refuse })}
  ></wushe-follow-ups>`;
};

const root = (canvas: HTMLElement) => canvas.querySelector('wushe-follow-ups')!.shadowRoot!;

/** The story's check: `selector` shows in the widget. */
const reaches =
  (selector: string): NonNullable<Story['play']> =>
  async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector(selector)).not.toBeNull(), {
      timeout: 5_000,
    });
  };

const meta: Meta<Args> = {
  title: 'Staff widgets/Follow-ups',
  component: 'wushe-follow-ups',
  args: {
    network: 'normal',
    division: DemoIds.community,
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    network: { control: 'select', options: ['normal', 'slow', 'loading', 'error', 'offline'] },
    division: {
      control: 'select',
      options: [DemoIds.community, DemoIds.district, DemoIds.emptyCommunity],
    },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

/** 锦绣香江社区's 差评 to call back: the overdue one first, then by deadline. */
export const OverdueFirst: Story = {
  name: 'Overdue first',
  play: async ({ canvasElement }) => {
    await reaches('[part="item"]')({ canvasElement } as never);
    const first = root(canvasElement).querySelector('[part="item"]')!;
    await expect(first.hasAttribute('data-overdue')).toBe(true);
    await expect(first.querySelector('[part="overdue"]')).not.toBeNull();
  },
};
/** No holiday calendar covers the deadlines: the widget says they skip weekends only. */
export const CalendarNotEntered: Story = {
  name: 'Calendar not entered',
  args: { client: withoutCalendar },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('[part="weekends-only"]')?.textContent).toMatch(
        /只扣除了周末/,
      ),
    );
  },
};
/** Recording a follow-up asks for the outcome and notes in the list itself. */
export const Recording: Story = {
  play: async ({ canvasElement }) => {
    const shadow = root(canvasElement);
    await waitFor(() => expect(shadow.querySelector('[part="record"]')).not.toBeNull());
    shadow.querySelector<HTMLButtonElement>('[part="record"]')!.click();
    await waitFor(() => expect(shadow.querySelector('[part="notes"]')).not.toBeNull());
  },
};
/** The follow-up recorded: it leaves the list, and the record is announced. */
export const Recorded: Story = {
  play: async ({ canvasElement }) => {
    const shadow = root(canvasElement);
    await waitFor(() => expect(shadow.querySelector('[part="record"]')).not.toBeNull());
    shadow.querySelector<HTMLButtonElement>('[part="record"]')!.click();
    await waitFor(() => expect(shadow.querySelector('[part="notes"]')).not.toBeNull());
    shadow.querySelector<HTMLTextAreaElement>('[part="notes"]')!.value =
      '已电话回访，居民表示满意。';
    shadow.querySelector<HTMLButtonElement>('[part="confirm"]')!.click();
    await waitFor(() =>
      expect(shadow.querySelector('[part="announcer"]')?.textContent).toMatch(/已登记回访/),
    );
  },
};
/** The whole district's list, as a district admin sees it. */
export const District: Story = {
  args: { division: DemoIds.district },
  play: reaches('[part="item"]'),
};
/** Nothing waits in 繁华社区. */
export const Empty: Story = {
  args: { division: DemoIds.emptyCommunity },
  play: reaches('[part="state-empty"]'),
};
export const Loading: Story = { args: { network: 'loading' } };
export const LoadError: Story = {
  name: 'Error',
  args: { network: 'error' },
  play: reaches('[part="state-error"]'),
};
export const Offline: Story = {
  args: { network: 'offline' },
  play: reaches('[part="state-offline"]'),
};
/** The person may not follow up ratings here (403): no retry, another account is the way on. */
export const Forbidden: Story = {
  render: refusing(403),
  play: reaches('[part="state-forbidden"]'),
};
/** The session has ended (401): sign in again. */
export const SignedOut: Story = {
  name: 'Signed out',
  render: refusing(401),
  play: reaches('[part="state-signed-out"]'),
};
export const Elder: Story = { args: { elder: true }, play: reaches('[part="item"]') };
export const Dark: Story = { args: { theme: 'dark' }, play: reaches('[part="item"]') };
export const TraditionalChinese: Story = {
  name: 'zh-HK',
  args: { lang: 'zh-HK' },
  play: reaches('[part="item"]'),
};
export const English: Story = { name: 'en', args: { lang: 'en' }, play: reaches('[part="item"]') };
