import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import hours from '@wushe/sdk/recordings/staff-hours.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  divisionArgTypes,
  reaches,
  rootOf,
  staffArgs,
  stateStories,
} from '../../../test/story-support.js';
import { WusheHoursRecorder } from './hours-recorder.component.js';

// Defined here rather than by `import './hours-recorder.js'` (see the sign-in's stories).
defineElement('wushe-hours-recorder', WusheHoursRecorder);

const TAG = 'wushe-hours-recorder';
/** The recorded activity (长者义剪日), whose check-in list shows. */
const ACTIVITY = 'act_Rb8Tz1Kq5W';

interface Args {
  network: TransportState;
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
  activity: string;
  client?: WusheClient;
}

/** 锦绣香江社区's recent activities and a check-in list as the real server answered (`staff-hours`). */
const view = (args: Args) =>
  html`<wushe-hours-recorder
    division=${args.division}
    activity-id=${args.activity}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${args.client ?? createReplayClient(hours, { state: args.network, maxRetries: 0 })}
  ></wushe-hours-recorder>`;

const meta: Meta<Args> = {
  title: 'Staff widgets/Hours recorder',
  component: 'wushe-hours-recorder',
  args: { ...staffArgs, division: DemoIds.community, activity: ACTIVITY },
  argTypes: divisionArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing() }));

/** 长者义剪日's check-in list, each row proposing the activity's length with its rounding. */
export const CheckInList: Story = { play: reaches(TAG, '[part="item"]') };
/** Nothing picked yet: the activities to choose from, and the manual entry. */
export const Picking: Story = { args: { activity: '' }, play: reaches(TAG, '[part="activity"]') };
/** A row recorded: announced, with the hours credited after rounding. */
export const Recorded: Story = {
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement, TAG);
    await waitFor(() => expect(root.querySelector('[part="record"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[part="record"]')!.click();
    await waitFor(() =>
      expect(root.querySelector('[part="announcer"]')?.textContent).toMatch(/已登记/),
    );
  },
};
/** No activity took place in 繁华社区 in the last 30 days. */
export const Empty: Story = {
  args: { division: DemoIds.emptyCommunity, activity: '' },
  play: reaches(TAG, '[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
/** The person may not record hours here (403). */
export const Forbidden: Story = states.forbidden;
/** The session ended (401): sign in again. */
export const SignedOut: Story = states.signedOut;
export const Elder: Story = { args: { elder: true }, play: reaches(TAG, '[part="item"]') };
export const Dark: Story = { args: { theme: 'dark' }, play: reaches(TAG, '[part="item"]') };
export const TraditionalChinese: Story = {
  name: 'zh-HK',
  args: { lang: 'zh-HK' },
  play: reaches(TAG, '[part="item"]'),
};
export const English: Story = {
  name: 'en',
  args: { lang: 'en' },
  play: reaches(TAG, '[part="item"]'),
};
