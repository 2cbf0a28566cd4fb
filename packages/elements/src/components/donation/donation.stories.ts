import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { WusheClient } from '@wushe/sdk';
import {
  createReplayClient,
  DemoIds,
  type Recording,
  type ReplayClientOptions,
  type TransportState,
} from '@wushe/sdk/fixtures';
import donationFailed from '@wushe/sdk/recordings/donation-failed.json' with { type: 'json' };
import donationOnline from '@wushe/sdk/recordings/donation-online.json' with { type: 'json' };
import donationSucceeded from '@wushe/sdk/recordings/donation-succeeded.json' with { type: 'json' };
import funds from '@wushe/sdk/recordings/funds.json' with { type: 'json' };
import { NETWORK_STATES } from '../../../test/story-clients.js';
import { defineElement } from '../../internal/define.js';
import {
  clearResidentSession,
  residentScope,
  setResidentSession,
} from '../../internal/resident-session.js';
import { WusheDonation } from './donation.component.js';
import type { DonationValues } from './request.js';

// Defined here rather than by `import './donation.js'`: the package's `sideEffects` lists only
// dist/, so Storybook's bundler drops that import, and the element's definition with it.
defineElement('wushe-donation', WusheDonation);

interface Args {
  network: TransportState;
  fund: string;
  amounts: string;
  channels: string;
  ledger: boolean;
  lang: string;
  theme: string;
  elder: boolean;
}

/** Each story starts afresh: no draft, attempt or pending donation left by another story. */
function clearSession() {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('wushe.donation.')) sessionStorage.removeItem(key);
  }
}

/** The real server's recorded answers (`funds`, or `recording`), in the network state asked for. */
const recorded = (args: Args, recording: Recording = funds, options: ReplayClientOptions = {}) =>
  createReplayClient(recording, { state: args.network, ...options });

const render = (args: Args) => {
  clearSession();
  return html`<wushe-donation
    fund=${args.fund}
    amounts=${args.amounts}
    channels=${args.channels}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    ?ledger=${args.ledger}
    .client=${recorded(args)}
  ></wushe-donation>`;
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Renders the widget, waits for its form, fills it and sends it, then runs `after` (a staff
 * confirmation, a status check): for the states that follow a submission.
 */
function sent(
  args: Args,
  values: Partial<DonationValues>,
  client: WusheClient = recorded(args),
  after?: (el: WusheDonation) => Promise<void>,
) {
  clearSession();
  const el = document.createElement('wushe-donation');
  el.fund = args.fund;
  el.channels = args.channels;
  el.lang = args.lang;
  el.theme = args.theme === 'dark' ? 'dark' : 'light';
  el.elder = args.elder;
  el.client = client;
  void (async () => {
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('form'); i++) await wait(20);
    for (const [name, value] of Object.entries(values)) el.giving!.form.set(name, value);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    for (let i = 0; i < 200 && !el.giving?.created && !el.giving?.form.issues.length; i++) {
      await wait(20);
    }
    await after?.(el);
  })();
  return el;
}

const donor = { choice: '5000', name: '陈小明', consent: true };

/** A resident's and a staff client answered from one recording: staff confirm the donation. */
function residentAndStaff(recording: Recording) {
  return {
    resident: createReplayClient(recording),
    staff: createReplayClient(recording, { staff: true }),
  };
}

/** The story's check: the widget reaches the state it is about (`selector` in its shadow root). */
const reaches =
  (selector: string): NonNullable<Story['play']> =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('wushe-donation')!;
    await waitFor(() => expect(el.shadowRoot!.querySelector(selector)).not.toBeNull(), {
      timeout: 5_000,
    });
  };

const meta: Meta<Args> = {
  title: 'Widgets/Donation',
  component: 'wushe-donation',
  args: {
    network: 'normal',
    fund: DemoIds.directFund,
    amounts: '20 50 100 200',
    channels: 'offline sandbox',
    ledger: false,
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    network: { control: 'select', options: NETWORK_STATES },
    fund: {
      control: 'select',
      options: [DemoIds.directFund, DemoIds.platformFund, DemoIds.undisclosedFund],
    },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** A `direct` fund: progress, disclosure and the donation form. */
export const Direct: Story = { play: reaches('form') };
/** A `platform` fund: the campaign on its designated platform, a QR code on desktop, no form. */
export const Platform: Story = {
  args: { fund: DemoIds.platformFund },
  play: reaches('[part=platform-link]'),
};
/** A fund without the Charity-Law disclosure: an explanation, never a form. */
export const MissingDisclosure: Story = {
  args: { fund: DemoIds.undisclosedFund },
  play: reaches('.disclosure.missing'),
};
export const WithLedger: Story = {
  name: 'Public ledger',
  args: { ledger: true },
  play: reaches('[part=gifts] tbody tr'),
};
export const OneChannel: Story = { args: { channels: 'offline', amounts: '10 30 100' } };
export const Loading: Story = { args: { network: 'loading' } };
export const LoadError: Story = {
  name: 'Error',
  args: { network: 'error' },
  play: reaches('[role=alert]'),
};
export const Offline: Story = { args: { network: 'offline' } };
export const FieldErrors: Story = {
  render: (args) =>
    sent(args, {
      choice: 'other',
      other: '0.5',
      receipt: true,
      organisation: true,
      creditCode: '51440113MJL12345X',
    }),
  play: reaches('[aria-invalid=true]'),
};
/** The fund loads at once; the donation never gets its answer. */
export const Submitting: Story = {
  render: (args) => sent(args, donor, recorded(args, funds, { writes: 'loading' })),
  play: reaches('button[type=submit][disabled]'),
};
/** The connection dropped after sending: retrying sends the same key, so it never gives twice. */
export const LostConnection: Story = {
  render: (args) => sent(args, donor, recorded(args, funds, { writes: 'offline', maxRetries: 0 })),
  play: reaches('[part=alert]'),
};
/** An offline pledge: the account, the reference to quote, and what happens next. */
export const Pledged: Story = {
  render: (args) => sent({ ...args, channels: 'offline' }, donor),
  play: reaches('.payment .reference'),
};
/** The mobile a follow story's donor gives. */
const FOLLOW_MOBILE = '13900002222';

/** A pledge given with a mobile, with the page signed in with `signedInAs` (or signed out). */
function followStory(args: Args, signedInAs?: string) {
  const client = recorded(args);
  const scope = residentScope(client.requester);
  if (signedInAs) {
    setResidentSession(scope, {
      token: 'rt_story',
      expiresAt: '2027-01-05T00:00:00.000Z',
      resident: {
        id: 'rsd_story',
        mobile: signedInAs,
        volunteerId: null,
        createdAt: '2026-12-01T00:00:00.000Z',
      },
    });
  } else clearResidentSession(scope);
  return sent({ ...args, channels: 'offline' }, { ...donor, mobile: FOLLOW_MOBILE }, client);
}
/** Given with a mobile: "follow this" offers to sign in with it, to see it in my donations. */
export const FollowOffer: Story = {
  render: (args) => followStory(args),
  play: reaches('[part=follow-button]'),
};
/** Signed in with that mobile already: followed. */
export const Followed: Story = {
  render: (args) => followStory(args, FOLLOW_MOBILE),
  play: reaches('[part=followed]'),
};
/** Signed in with another mobile: said so, with a way to switch. */
export const FollowOtherMobile: Story = {
  render: (args) => followStory(args, '13900003333'),
  play: reaches('[part=follow-button]'),
};
/** An online payment waiting on the provider's checkout. */
export const AwaitingPayment: Story = {
  render: (args) =>
    sent(
      { ...args, channels: 'sandbox' },
      { ...donor, anonymous: true },
      recorded(args, donationOnline),
    ),
  play: reaches('[part=checkout]'),
};
/** Staff confirm the pledge: the page learns it (here by asking; live, by the stream) and thanks the donor. */
export const Succeeded: Story = {
  render: (args) => {
    const { resident, staff } = residentAndStaff(donationSucceeded);
    return sent(
      { ...args, channels: 'offline' },
      { ...donor, receipt: true, receiptTitle: '陈小明' },
      resident,
      async (el) => {
        await staff.donations.confirm({ id: el.giving!.created!.donation.id });
        await el.giving!.checkStatus();
      },
    );
  },
  play: reaches('.success'),
};
/** The provider reports a failed payment; nothing was charged. */
export const PaymentFailed: Story = {
  render: (args) => {
    const { resident, staff } = residentAndStaff(donationFailed);
    return sent({ ...args, channels: 'sandbox' }, donor, resident, async (el) => {
      await staff.donations.confirm({ id: el.giving!.created!.donation.id, succeeded: false });
      await el.giving!.checkStatus();
    });
  },
  play: reaches('.failure'),
};
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkPlatform: Story = { args: { theme: 'dark', fund: DemoIds.platformFund } };
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en', ledger: true } };
export const EnglishPlatform: Story = {
  name: 'en, platform fund',
  args: { lang: 'en', fund: DemoIds.platformFund },
};
