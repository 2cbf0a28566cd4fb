import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import donations from '@wushe/sdk/recordings/staff-donations.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  divisionArgTypes,
  reaches,
  rootOf,
  staffArgs,
  stateStories,
} from '../../../test/story-support.js';
import { WusheDonationDesk } from './donation-desk.component.js';

// Defined here rather than by `import './donation-desk.js'` (see the sign-in's stories).
defineElement('wushe-donation-desk', WusheDonationDesk);

const TAG = 'wushe-donation-desk';

interface Args {
  network: TransportState;
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
  client?: WusheClient;
}

/** 锦绣香江社区慈善基金's pending pledges as the real server answered (recording `staff-donations`). */
const view = (args: Args) =>
  html`<wushe-donation-desk
    division=${args.division}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${args.client ?? createReplayClient(donations, { state: args.network, maxRetries: 0 })}
  ></wushe-donation-desk>`;

const meta: Meta<Args> = {
  title: 'Staff widgets/Donation desk',
  component: 'wushe-donation-desk',
  args: { ...staffArgs, division: DemoIds.community },
  argTypes: divisionArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing() }));

/** Two pledges waiting, the oldest first. */
export const Waiting: Story = { play: reaches(TAG, '[part="item"]') };
/** Confirming asks for the bank reference in the list itself. */
export const Confirming: Story = {
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement, TAG);
    await waitFor(() => expect(root.querySelector('[part="confirm"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[part="confirm"]')!.click();
    await waitFor(() => expect(root.querySelector('[part="bank-reference"]')).not.toBeNull());
  },
};
/** Marked failed: it leaves the list, and it is announced. */
export const MarkedFailed: Story = {
  play: async ({ canvasElement }) => {
    const root = rootOf(canvasElement, TAG);
    // The second waiting pledge is the one the recording marked failed.
    await waitFor(() =>
      expect(root.querySelectorAll('[part="mark-failed"]').length).toBeGreaterThan(1),
    );
    root.querySelectorAll<HTMLButtonElement>('[part="mark-failed"]')[1]!.click();
    await waitFor(() =>
      expect(root.querySelector('[part="announcer"]')?.textContent).toMatch(/未到账/),
    );
  },
};
/** No fund of 繁华社区 has a pledge waiting. */
export const Empty: Story = {
  args: { division: DemoIds.emptyCommunity },
  play: reaches(TAG, '[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
/** The person may not confirm donations here (403). */
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
