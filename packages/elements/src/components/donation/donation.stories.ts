import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { WusheClient } from '@wushe/sdk';
import {
  createFixtureClient,
  createFixtureFetch,
  FixtureIds,
  FixtureScenario,
} from '@wushe/sdk/fixtures';
import { defineElement } from '../../internal/define.js';
import { WusheDonation } from './donation.component.js';
import type { DonationValues } from './request.js';

// Defined here rather than by `import './donation.js'`: the package's `sideEffects` lists only
// dist/, so Storybook's bundler drops that import, and the element's definition with it.
defineElement('wushe-donation', WusheDonation);

interface Args {
  scenario: FixtureScenario;
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
    .client=${createFixtureClient({ scenario: args.scenario })}
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
  client: WusheClient = createFixtureClient({ scenario: args.scenario }),
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

/** A resident's client and a staff client on one fixture transport: staff see the donation. */
function residentAndStaff() {
  const transport = createFixtureFetch();
  return {
    resident: createFixtureClient({ transport }),
    staff: createFixtureClient({ transport, staff: true }),
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
    scenario: FixtureScenario.normal,
    fund: FixtureIds.directFund,
    amounts: '20 50 100 200',
    channels: 'offline sandbox',
    ledger: false,
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    scenario: { control: 'select', options: Object.values(FixtureScenario) },
    fund: {
      control: 'select',
      options: [FixtureIds.directFund, FixtureIds.platformFund, FixtureIds.undisclosedFund],
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
  args: { fund: FixtureIds.platformFund },
  play: reaches('[part=platform-link]'),
};
/** A fund without the Charity-Law disclosure: an explanation, never a form. */
export const MissingDisclosure: Story = {
  args: { fund: FixtureIds.undisclosedFund },
  play: reaches('.disclosure.missing'),
};
export const WithLedger: Story = {
  name: 'Public ledger',
  args: { ledger: true },
  play: reaches('[part=gifts] tbody tr'),
};
export const OneChannel: Story = { args: { channels: 'offline', amounts: '10 30 100' } };
export const Loading: Story = { args: { scenario: FixtureScenario.loading } };
export const LoadError: Story = {
  name: 'Error',
  args: { scenario: FixtureScenario.error },
  play: reaches('[role=alert]'),
};
export const Offline: Story = { args: { scenario: FixtureScenario.offline } };
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
  render: (args) => {
    const fixtureFetch = createFixtureFetch();
    const transport: typeof fetch = (input, init) =>
      init?.method === 'POST' ? new Promise<Response>(() => undefined) : fixtureFetch(input, init);
    return sent(args, donor, createFixtureClient({ transport, timeoutMs: 2_147_483_647 }));
  },
  play: reaches('button[type=submit][disabled]'),
};
/** The connection dropped after sending: retrying sends the same key, so it never gives twice. */
export const LostConnection: Story = {
  render: (args) => {
    const fixtureFetch = createFixtureFetch();
    const transport: typeof fetch = async (input, init) => {
      const response = await fixtureFetch(input, init);
      if (init?.method === 'POST') throw new TypeError('Failed to fetch');
      return response;
    };
    return sent(args, donor, createFixtureClient({ transport, maxRetries: 0 }));
  },
  play: reaches('[part=alert]'),
};
/** An offline pledge: the account, the reference to quote, and what happens next. */
export const Pledged: Story = {
  render: (args) => sent({ ...args, channels: 'offline' }, donor),
  play: reaches('.payment .reference'),
};
/** An online payment waiting on the provider's checkout. */
export const AwaitingPayment: Story = {
  render: (args) => sent({ ...args, channels: 'sandbox' }, { ...donor, anonymous: true }),
  play: reaches('[part=checkout]'),
};
/** Staff confirm the pledge: the page hears it over the live stream and thanks the donor. */
export const Succeeded: Story = {
  render: (args) => {
    const { resident, staff } = residentAndStaff();
    return sent(
      { ...args, channels: 'offline' },
      { ...donor, receipt: true, receiptTitle: '陈小明' },
      resident,
      async (el) => {
        await staff.donations.confirm({ id: el.giving!.created!.donation.id });
      },
    );
  },
  play: reaches('.success'),
};
/** The provider reports a failed payment; nothing was charged. */
export const PaymentFailed: Story = {
  render: (args) => {
    const { resident, staff } = residentAndStaff();
    return sent({ ...args, channels: 'sandbox' }, donor, resident, async (el) => {
      await staff.donations.confirm({ id: el.giving!.created!.donation.id, succeeded: false });
      await el.giving!.checkStatus();
    });
  },
  play: reaches('.failure'),
};
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkPlatform: Story = { args: { theme: 'dark', fund: FixtureIds.platformFund } };
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en', ledger: true } };
export const EnglishPlatform: Story = {
  name: 'en, platform fund',
  args: { lang: 'en', fund: FixtureIds.platformFund },
};
