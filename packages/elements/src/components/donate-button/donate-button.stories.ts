import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import funds from '@wushe/sdk/recordings/funds.json' with { type: 'json' };
import { NETWORK_STATES } from '../../../test/story-clients.js';
import { defineElement } from '../../internal/define.js';
import { WusheDonateButton } from './donate-button.component.js';

// Defined here rather than by `import './donate-button.js'` (see the donation stories): the
// dialog, and `<wushe-donation>` in it, still load only when the button is clicked.
defineElement('wushe-donate-button', WusheDonateButton);

interface Args {
  network: TransportState;
  fund: string;
  label: string;
  lang: string;
  theme: string;
  elder: boolean;
}

function clearSession() {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('wushe.donation.')) sessionStorage.removeItem(key);
  }
}

const button = (args: Args) =>
  html`<wushe-donate-button
    fund=${args.fund}
    channels="offline sandbox"
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${createReplayClient(funds, { state: args.network })}
    >${args.label}</wushe-donate-button
  >`;

const render = (args: Args) => {
  clearSession();
  return button(args);
};

/** The button, clicked as the story renders: the dialog's state is what the story shows. */
const opened = (args: Args) => {
  clearSession();
  const el = document.createElement('wushe-donate-button');
  el.fund = args.fund;
  el.channels = 'offline sandbox';
  el.lang = args.lang;
  el.theme = args.theme === 'dark' ? 'dark' : 'light';
  el.elder = args.elder;
  el.client = createReplayClient(funds, { state: args.network });
  if (args.label) el.textContent = args.label;
  requestAnimationFrame(() => void el.open());
  return el;
};

/** The story's check: the dialog is open, as a modal, with its widget in it. */
const isOpen: NonNullable<Story['play']> = async ({ canvasElement }) => {
  const el = canvasElement.querySelector('wushe-donate-button')!;
  await waitFor(
    async () => {
      const dialog = el.shadowRoot!.querySelector('dialog');
      await expect(dialog?.matches(':modal')).toBe(true);
      await expect(dialog?.querySelector('wushe-donation')).not.toBeNull();
    },
    { timeout: 5_000 },
  );
};

const meta: Meta<Args> = {
  title: 'Widgets/Donate button',
  component: 'wushe-donate-button',
  args: {
    network: 'normal',
    fund: DemoIds.directFund,
    label: '',
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

/** Before the click: Lit and the button, nothing else (≤ 8 kB gzipped). */
export const Default: Story = {};
/** The page gives the label. */
export const CustomLabel: Story = { args: { label: '为锦绣香江长者捐一份爱心' } };
/** The dialog open on a `direct` fund: the donation form in the top layer. */
export const Open: Story = { render: opened, play: isOpen };
export const OpenPlatformFund: Story = {
  name: 'Open, platform fund',
  args: { fund: DemoIds.platformFund },
  render: opened,
  play: isOpen,
};
export const OpenMissingDisclosure: Story = {
  name: 'Open, fund without disclosure',
  args: { fund: DemoIds.undisclosedFund },
  render: opened,
  play: isOpen,
};
export const OpenLoading: Story = {
  name: 'Open, loading',
  args: { network: 'loading' },
  render: opened,
  play: isOpen,
};
export const OpenOffline: Story = {
  name: 'Open, offline',
  args: { network: 'offline' },
  render: opened,
  play: isOpen,
};
/**
 * Inside a host that clips (`overflow: hidden`) and makes a containing block (`transform`): the
 * native dialog's top layer is above and outside both.
 */
export const InsideClippingHost: Story = {
  render: (args) => {
    clearSession();
    const host = document.createElement('div');
    // Through the CSSOM, as a host page's stylesheet would.
    Object.assign(host.style, {
      overflow: 'hidden',
      transform: 'scale(1)',
      width: '160px',
      height: '64px',
      border: '1px dashed #57606a',
    });
    const el = opened(args);
    host.append(el);
    return host;
  },
  play: isOpen,
};
export const Elder: Story = { args: { elder: true } };
export const OpenElder: Story = {
  name: 'Open, elder',
  args: { elder: true },
  render: opened,
  play: isOpen,
};
export const Dark: Story = { args: { theme: 'dark' } };
export const OpenDark: Story = {
  name: 'Open, dark',
  args: { theme: 'dark' },
  render: opened,
  play: isOpen,
};
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
export const OpenEnglish: Story = {
  name: 'Open, en',
  args: { lang: 'en' },
  render: opened,
  play: isOpen,
};
