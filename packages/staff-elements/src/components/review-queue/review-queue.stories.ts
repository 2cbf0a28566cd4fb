import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import review from '@wushe/sdk/recordings/staff-review.json' with { type: 'json' };
import reported from '@wushe/sdk/recordings/staff-reported.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import { reaches as reachesIn, stateStories } from '../../../test/story-support.js';
import { WusheReviewQueue } from './review-queue.component.js';

// Defined here rather than by `import './review-queue.js'` (see the sign-in's stories).
defineElement('wushe-review-queue', WusheReviewQueue);

interface Args {
  network: TransportState;
  kind: 'needs_review' | 'needs_reported';
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
  client?: WusheClient;
}

/** 锦绣香江社区's lists as the real server answered (recordings `staff-review`, `staff-reported`). */
const view = (args: Args) =>
  html`<wushe-review-queue
    kind=${args.kind}
    division=${args.division}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${
      args.client ??
      createReplayClient(args.kind === 'needs_reported' ? reported : review, {
        state: args.network,
        maxRetries: 0,
      })
    }
  ></wushe-review-queue>`;

const queueRoot = (canvas: HTMLElement) => canvas.querySelector('wushe-review-queue')!.shadowRoot!;

/** The story's check: `selector` shows in the widget. */
const reaches = (selector: string) => reachesIn('wushe-review-queue', selector);

const meta: Meta<Args> = {
  title: 'Staff widgets/Review queue',
  component: 'wushe-review-queue',
  args: {
    network: 'normal',
    kind: 'needs_review',
    division: DemoIds.community,
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    network: { control: 'select', options: ['normal', 'slow', 'loading', 'error', 'offline'] },
    kind: { control: 'inline-radio', options: ['needs_review', 'needs_reported'] },
    division: { control: 'select', options: [DemoIds.community, DemoIds.emptyCommunity] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const states = stateStories<Args>('wushe-review-queue', (refusing) => ({ client: refusing() }));

/** Two needs awaiting review, the longest waiting first. */
export const Waiting: Story = { play: reaches('[part="item"]') };
/** The first need approved: it leaves the queue, and the decision is announced. */
export const Approved: Story = {
  play: async ({ canvasElement }) => {
    const root = queueRoot(canvasElement);
    await waitFor(() => expect(root.querySelector('[part="approve"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[part="approve"]')!.click();
    await waitFor(() =>
      expect(root.querySelector('[part="announcer"]')?.textContent).toMatch(/已通过审核/),
    );
  },
};
/** Rejecting asks for the reason in the queue itself, then sends it. */
export const Rejecting: Story = {
  play: async ({ canvasElement }) => {
    const root = queueRoot(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('[part="reject"]').length).toBe(2));
    root.querySelectorAll<HTMLButtonElement>('[part="reject"]')[1]!.click();
    await waitFor(() => expect(root.querySelector('[part="reason"]')).not.toBeNull());
  },
};
/** Nothing waits in 繁华社区. */
export const Empty: Story = {
  args: { division: DemoIds.emptyCommunity },
  play: reaches('[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
/** The person may not review needs here (403): no retry, another account is the way on. */
export const Forbidden: Story = states.forbidden;
/** The session ended (401): sign in again. */
export const SignedOut: Story = states.signedOut;
/** The needs residents reported, one hidden after three reports. */
export const Reported: Story = {
  args: { kind: 'needs_reported' },
  play: reaches('[part="reports"]'),
};
/** The longest waiting reported need hidden: it leaves the list, and it is announced. */
export const ReportedHidden: Story = {
  args: { kind: 'needs_reported' },
  play: async ({ canvasElement }) => {
    const root = queueRoot(canvasElement);
    await waitFor(() => expect(root.querySelector('[part="hide"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[part="hide"]')!.click();
    await waitFor(() =>
      expect(root.querySelector('[part="announcer"]')?.textContent).toMatch(/已隐藏/),
    );
  },
};
export const ReportedEmpty: Story = {
  args: { kind: 'needs_reported', division: DemoIds.emptyCommunity },
  play: reaches('[part="state-empty"]'),
};
export const Elder: Story = { args: { elder: true }, play: reaches('[part="item"]') };
export const Dark: Story = { args: { theme: 'dark' }, play: reaches('[part="item"]') };
export const TraditionalChinese: Story = {
  name: 'zh-HK',
  args: { lang: 'zh-HK' },
  play: reaches('[part="item"]'),
};
export const English: Story = { name: 'en', args: { lang: 'en' }, play: reaches('[part="item"]') };
