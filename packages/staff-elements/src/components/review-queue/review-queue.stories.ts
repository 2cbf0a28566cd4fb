import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import review from '@wushe/sdk/recordings/staff-review.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import { WusheReviewQueue } from './review-queue.component.js';

// Defined here rather than by `import './review-queue.js'` (see the sign-in's stories).
defineElement('wushe-review-queue', WusheReviewQueue);

interface Args {
  network: TransportState;
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
}

/** 锦绣香江社区's queue as the real server answered it (recording `staff-review`). */
const view = (args: Args) =>
  html`<wushe-review-queue
    division=${args.division}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${createReplayClient(review, { state: args.network, maxRetries: 0 })}
  ></wushe-review-queue>`;

/**
 * A server that refuses the queue with the contract's 403 `forbidden`: the demo data has no
 * account the needs list refuses, so this one state is not a recording.
 */
const refusing = (args: Args) => {
  const forbidden = () =>
    Promise.resolve(
      new Response(
        JSON.stringify({
          error: { code: 'forbidden', message: '无权访问', requestId: 'req_story' },
        }),
        { status: 403, headers: { 'Content-Type': 'application/json' } },
      ),
    );
  return html`<wushe-review-queue
    division=${args.division}
    lang=${args.lang}
    ?elder=${args.elder}
    .client=${createClient({ baseUrl: 'https://fixtures.wushe.invalid', fetch: forbidden })}
  ></wushe-review-queue>`;
};

const queueRoot = (canvas: HTMLElement) => canvas.querySelector('wushe-review-queue')!.shadowRoot!;

/** The story's check: `selector` shows in the widget. */
const reaches =
  (selector: string): NonNullable<Story['play']> =>
  async ({ canvasElement }) => {
    await waitFor(() => expect(queueRoot(canvasElement).querySelector(selector)).not.toBeNull(), {
      timeout: 5_000,
    });
  };

const meta: Meta<Args> = {
  title: 'Staff widgets/Review queue',
  component: 'wushe-review-queue',
  args: {
    network: 'normal',
    division: DemoIds.community,
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    network: { control: 'select', options: ['normal', 'slow', 'loading', 'error', 'offline'] },
    division: { control: 'select', options: [DemoIds.community, DemoIds.emptyCommunity] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

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
/** The person may not review needs here (403): no retry, another account is the way on. */
export const Forbidden: Story = { render: refusing, play: reaches('[part="state-forbidden"]') };
export const Elder: Story = { args: { elder: true }, play: reaches('[part="item"]') };
export const Dark: Story = { args: { theme: 'dark' }, play: reaches('[part="item"]') };
export const TraditionalChinese: Story = {
  name: 'zh-HK',
  args: { lang: 'zh-HK' },
  play: reaches('[part="item"]'),
};
export const English: Story = { name: 'en', args: { lang: 'en' }, play: reaches('[part="item"]') };
