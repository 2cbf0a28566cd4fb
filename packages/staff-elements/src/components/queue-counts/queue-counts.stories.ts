import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, type TransportState } from '@wushe/sdk/fixtures';
import review from '@wushe/sdk/recordings/staff-review.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import { reaches, staffArgs, staffArgTypes, stateStories } from '../../../test/story-support.js';
import { WusheQueueCounts } from './queue-counts.component.js';

// Defined here rather than by `import './queue-counts.js'` (see the sign-in's stories).
defineElement('wushe-queue-counts', WusheQueueCounts);

const TAG = 'wushe-queue-counts';
const LINKS = {
  needs_review: '#/review',
  needs_reported: '#/reported',
  donations_pending: '#/donations',
};

interface Args {
  network: TransportState;
  lang: string;
  theme: string;
  elder: boolean;
  client?: WusheClient;
}

/** The district's work lists as the real server counted them (recording `staff-review`). */
const view = (args: Args) =>
  html`<wushe-queue-counts
    .links=${LINKS}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${args.client ?? createReplayClient(review, { state: args.network, maxRetries: 0 })}
  ></wushe-queue-counts>`;

const meta: Meta<Args> = {
  title: 'Staff widgets/Queue counts',
  component: 'wushe-queue-counts',
  args: { ...staffArgs },
  argTypes: staffArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing() }));

/** Each list the console works, with its count and a link to its screen. */
export const Counts: Story = { play: reaches(TAG, '[part="link"]') };
/** Without links: every list, counts only. */
export const AllLists: Story = {
  render: (args) =>
    html`<wushe-queue-counts
      lang=${args.lang}
      .client=${createReplayClient(review, { state: args.network, maxRetries: 0 })}
    ></wushe-queue-counts>`,
  play: reaches(TAG, '[data-kind="proposals_to_score"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
/** The person may not see work lists (403). */
export const Forbidden: Story = states.forbidden;
/** The session ended (401): sign in again. */
export const SignedOut: Story = states.signedOut;
export const Elder: Story = { args: { elder: true }, play: reaches(TAG, '[part="count"]') };
export const Dark: Story = { args: { theme: 'dark' }, play: reaches(TAG, '[part="count"]') };
export const TraditionalChinese: Story = {
  name: 'zh-HK',
  args: { lang: 'zh-HK' },
  play: reaches(TAG, '[part="count"]'),
};
export const English: Story = {
  name: 'en',
  args: { lang: 'en' },
  play: reaches(TAG, '[part="count"]'),
};
