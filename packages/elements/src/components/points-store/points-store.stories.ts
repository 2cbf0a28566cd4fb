import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  createReplayClient,
  DemoIds,
  type Recording,
  type TransportState,
} from '@wushe/sdk/fixtures';
import refused from '@wushe/sdk/recordings/points-store-refused.json' with { type: 'json' };
import redeemed from '@wushe/sdk/recordings/points-store.json' with { type: 'json' };
import { NETWORK_STATES, withEditedAnswer } from '../../../test/story-clients.js';
import { defineElement } from '../../internal/define.js';
import {
  clearResidentSession,
  residentScope,
  setResidentSession,
} from '../../internal/resident-session.js';
import { WushePointsStore } from './points-store.component.js';

// Defined here rather than by `import './points-store.js'` (see the survey results' stories).
defineElement('wushe-points-store', WushePointsStore);

interface Args {
  network: TransportState;
  signedIn: boolean;
  lang: string;
  theme: string;
  elder: boolean;
}

/**
 * The page's shared sign-in as the recording's volunteer left it: any token does, since the replay
 * client answers from the recording, where that volunteer signed in for real.
 */
const STORY_SESSION = {
  token: 'rt_story',
  expiresAt: '2027-01-05T00:00:00.000Z',
  resident: {
    id: 'rsd_story',
    mobile: '13800000011',
    volunteerId: 'vol_story',
    createdAt: '2026-12-01T00:00:00.000Z',
  },
};
const CATALOG = `/v1/rewards?community=${DemoIds.community}`;

/** The 爱心超市 as the real server answered (recordings), in the network state asked for. */
const view = (
  args: Args,
  recording: Recording = redeemed,
  community: string = DemoIds.community,
) => {
  const client = createReplayClient(recording, { state: args.network });
  const scope = residentScope(client.requester);
  if (args.signedIn) setResidentSession(scope, STORY_SESSION);
  else clearResidentSession(scope);
  return html`<wushe-points-store
    community=${community}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${client}
  ></wushe-points-store>`;
};

const store = (canvas: HTMLElement) => canvas.querySelector('wushe-points-store')!;
const inStore = (canvas: HTMLElement, selector: string) =>
  store(canvas).shadowRoot!.querySelector<HTMLElement>(selector);

/** Waits for `selector` inside the store, then clicks it. */
async function click(canvas: HTMLElement, selector: string) {
  await waitFor(() => expect(inStore(canvas, selector)).not.toBeNull(), { timeout: 5_000 });
  inStore(canvas, selector)!.click();
}

/** Opens the confirmation of `rewardId` (and, with `confirm`, spends the points). */
const redeem =
  (rewardId: string, confirm: boolean, shows: string): NonNullable<Story['play']> =>
  async ({ canvasElement }) => {
    await click(canvasElement, `button[data-reward=${rewardId}]`);
    if (confirm) await click(canvasElement, 'button.confirm');
    await waitFor(() => expect(inStore(canvasElement, shows)).not.toBeNull(), { timeout: 5_000 });
    await expect(inStore(canvasElement, 'dialog')?.matches(':modal')).toBe(true);
  };

/** A recording without my points: the server's 404 for a mobile with no volunteer registration. */
const withoutRegistration: Recording = {
  ...redeemed,
  exchanges: redeemed.exchanges.filter(
    (exchange) => !exchange.request.url.startsWith('/v1/residents/me/points'),
  ),
};

const meta: Meta<Args> = {
  title: 'Widgets/Points store',
  component: 'wushe-points-store',
  args: { network: 'normal', signedIn: true, lang: 'zh-CN', theme: 'light', elder: false },
  argTypes: {
    network: { control: 'select', options: NETWORK_STATES },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => view(args),
};
export default meta;

type Story = StoryObj<Args>;

/** Signed in with 3 points: services and goods, one out of stock and not redeemable. */
export const SignedIn: Story = {};
/** Signed out: the catalog to browse, and how to redeem. */
export const SignedOut: Story = { args: { signedIn: false } };
/** Signed out, the resident asked to redeem: the shared SMS-code sign-in, inline. */
export const SigningIn: Story = {
  args: { signedIn: false },
  play: async ({ canvasElement }) => {
    await click(canvasElement, '[part=sign-in-button]');
    await waitFor(() => expect(inStore(canvasElement, '#sign-in-mobile')).not.toBeNull(), {
      timeout: 5_000,
    });
  },
};
/** Signed in with a mobile that never registered as a volunteer: how points are earned. */
export const NotVolunteer: Story = { render: (args) => view(args, withoutRegistration) };
/** The confirmation: the price, the provider and what will be left. */
export const Confirming: Story = { play: redeem('rwd_jxBloodPressure', false, 'button.confirm') };
/** Redeemed: the single-use pickup code as text and as a QR code. */
export const PickupCode: Story = {
  play: redeem('rwd_jxBloodPressure', true, '[part=pickup-code]'),
};
/** The server refuses: 2 points left, 大米 costs 8 (`insufficient_points`); nothing is spent. */
export const InsufficientPoints: Story = {
  render: (args) => view(args, refused),
  play: redeem('rwd_jxRice5kg01', true, '[part=refusal]'),
};
/** A community whose store has nothing on offer. */
export const Empty: Story = {
  render: (args) =>
    view(
      args,
      withEditedAnswer(redeemed, CATALOG, (body: { data: unknown[] }) => {
        body.data = [];
      }),
    ),
};
/** No `community` set: the widget says so instead of guessing. */
export const Misconfigured: Story = { render: (args) => view(args, redeemed, '') };
export const Loading: Story = { args: { network: 'loading' } };
export const LoadError: Story = { name: 'Error', args: { network: 'error' } };
export const Offline: Story = { args: { network: 'offline' } };
export const Elder: Story = { args: { elder: true } };
export const ElderPickupCode: Story = {
  args: { elder: true },
  play: redeem('rwd_jxBloodPressure', true, '[part=pickup-code]'),
};
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkPickupCode: Story = {
  args: { theme: 'dark' },
  play: redeem('rwd_jxBloodPressure', true, '[part=pickup-code]'),
};
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
