import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, type TransportState } from '@wushe/sdk/fixtures';
import scoring from '@wushe/sdk/recordings/staff-proposal-scoring.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  answering,
  reaches,
  staffArgs,
  staffArgTypes,
  stateStories,
} from '../../../test/story-support.js';
import { WusheProposalScoring } from './proposal-scoring.component.js';

// Defined here rather than by `import './proposal-scoring.js'` (see the sign-in's stories).
defineElement('wushe-proposal-scoring', WusheProposalScoring);

const TAG = 'wushe-proposal-scoring';

interface Args {
  network: TransportState;
  lang: string;
  theme: string;
  elder: boolean;
  client?: () => WusheClient;
}

/** The demo reviewer's proposals as the real server answered them (recording `staff-proposal-scoring`). */
const view = (args: Args) =>
  html`<wushe-proposal-scoring
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${args.client?.() ?? createReplayClient(scoring, { state: args.network, maxRetries: 0 })}
  ></wushe-proposal-scoring>`;

const meta: Meta<Args> = {
  title: 'Staff widgets/Proposal scoring',
  component: 'wushe-proposal-scoring',
  args: { ...staffArgs },
  argTypes: staffArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing }));

/** The proposals of the open 微创投 call waiting for the reviewer, a field per criterion. */
export const List: Story = { play: reaches(TAG, '[part="item"]') };
/** Nothing waits: every proposal scored, or no call to review (the empty work list). */
export const Empty: Story = {
  args: {
    client: () =>
      answering(200, {
        data: [],
        nextCursor: null,
        counts: {
          needs_review: 0,
          needs_reported: 0,
          donations_pending: 0,
          follow_ups: 0,
          proposals_to_score: 0,
        },
      }),
  },
  play: reaches(TAG, '[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
export const Forbidden: Story = states.forbidden;
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
