import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render as renderInto } from 'lit';
import type { ResidentSession } from '@wushe/schema';
import {
  createReplayClient,
  DEMO_PUBLISHABLE_KEY,
  RECORDED_BASE_URL,
  type Recording,
  type TransportState,
} from '@wushe/sdk/fixtures';
import myVolunteering from '@wushe/sdk/recordings/my-volunteering.json' with { type: 'json' };
import myVolunteeringNone from '@wushe/sdk/recordings/my-volunteering-none.json' with { type: 'json' };
import { NETWORK_STATES } from '../../../test/story-clients.js';
import { defineElement } from '../../internal/define.js';
import { clearResidentSession, setResidentSession } from '../../internal/resident-session.js';
import { WusheMyVolunteering } from './my-volunteering.component.js';

// Defined here rather than by `import './my-volunteering.js'`: the package's `sideEffects` lists
// only dist/, so Storybook's bundler drops that import, and the element's definition with it.
defineElement('wushe-my-volunteering', WusheMyVolunteering);

interface Args {
  network: TransportState;
  /** The state of writes only: an erasure that fails. */
  writes?: TransportState;
  signedIn: boolean;
  lang: string;
  theme: string;
  elder: boolean;
}

/** Where the widget keeps its sign-in for the recordings' API and key. */
const SCOPE = `${RECORDED_BASE_URL}|${DEMO_PUBLISHABLE_KEY}`;

/** The session the recorded sign-in gave. */
function recordedSession(recording: Recording): ResidentSession {
  const exchange = recording.exchanges.find(
    (each) => each.request.method === 'POST' && each.request.url === '/v1/residents/sessions',
  );
  if (!exchange) throw new Error(`${recording.scenario}: no recorded sign-in`);
  return exchange.response.body as ResidentSession;
}

/** The widget on a recording, signed in (as by the recorded sign-in) or not. */
function render(args: Args, recording: Recording = myVolunteering) {
  if (args.signedIn) setResidentSession(SCOPE, recordedSession(recording));
  else clearResidentSession(SCOPE);
  const failing = args.network === 'error' || args.network === 'offline';
  const failingWrites = args.writes === 'error' || args.writes === 'offline';
  const client = createReplayClient(recording, {
    state: args.network,
    ...(args.writes ? { writes: args.writes } : {}),
    ...(failing || failingWrites ? { maxRetries: 0 } : {}),
  });
  return html`<wushe-my-volunteering
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    issuer="锦绣香江社区居民委员会"
    .client=${client}
  ></wushe-my-volunteering>`;
}

/** Renders, then does what a resident would once it has loaded (click a button, type a mobile). */
function after(args: Args, act: (el: WusheMyVolunteering) => void | Promise<void>) {
  const template = render(args);
  const holder = document.createElement('div');
  renderInto(template, holder);
  void (async () => {
    const el = holder.querySelector('wushe-my-volunteering')!;
    for (let i = 0; i < 150 && el.remote.status === 'loading'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await el.updateComplete;
    await act(el);
  })();
  return holder;
}

const click = (el: WusheMyVolunteering, selector: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)?.click();

const meta: Meta<Args> = {
  title: 'Widgets/My volunteering',
  component: 'wushe-my-volunteering',
  args: { network: 'normal', signedIn: true, lang: 'zh-CN', theme: 'light', elder: false },
  argTypes: {
    network: { control: 'select', options: NETWORK_STATES },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => render(args),
};
export default meta;

type Story = StoryObj<Args>;

/** Signed in: registration, signups (one waitlisted), hours (信用时 and 荣誉时 apart), points. */
export const Default: Story = {};
/** Nobody signed in yet: the sign-in by SMS code. */
export const SignIn: Story = { name: 'Sign-in', args: { signedIn: false } };
/** A code was sent: the big-digit code field. */
export const CodeSent: Story = {
  name: 'Sign-in: code sent',
  args: { signedIn: false },
  render: (args) =>
    after(args, (el) => {
      el.signIn.mobile = '13900003333';
      void el.signIn.requestCode();
    }),
};
export const Loading: Story = { args: { network: 'loading' } };
export const LoadError: Story = { name: 'Error', args: { network: 'error' } };
export const Offline: Story = { args: { network: 'offline' } };
/** Signed in with a mobile that never registered as a volunteer. */
export const Empty: Story = {
  name: 'Empty (not a volunteer)',
  render: (args) => render(args, myVolunteeringNone),
};
/** The 志愿服务记录证明, as it prints. */
export const Certificate: Story = {
  render: (args) =>
    after(args, (el) => {
      click(el, '[part=show-certificate]');
    }),
};
/** Correcting the registration. */
export const Editing: Story = {
  render: (args) =>
    after(args, (el) => {
      click(el, '[part=edit]');
    }),
};
/** Withdrawing consent asks once more, inline (no pop-up). */
export const ConfirmWithdraw: Story = {
  name: 'Withdraw consent: confirm',
  render: (args) =>
    after(args, (el) => {
      click(el, '[part=withdraw]');
    }),
};
export const Elder: Story = { args: { elder: true } };
export const ElderSignIn: Story = {
  name: 'Elder: sign-in',
  args: { elder: true, signedIn: false },
};
export const Dark: Story = { args: { theme: 'dark' } };
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
export const EnglishCertificate: Story = {
  name: 'en: certificate',
  args: { lang: 'en' },
  render: (args) =>
    after(args, (el) => {
      click(el, '[part=show-certificate]');
    }),
};
/** Asks to erase, then confirms in the dialog. */
async function confirmErasure(el: WusheMyVolunteering) {
  click(el, '[part=erase]');
  await el.updateComplete;
  click(el, '[part=erase-confirm]');
}

/** Erasing her data asks once more, in a modal dialog: what goes, and what stays anonymised. */
export const ConfirmErase: Story = {
  name: 'Erase my data: confirm',
  render: (args) =>
    after(args, (el) => {
      click(el, '[part=erase]');
    }),
};
/** Her data exported: the notice, and a link that saves the file again. */
export const Exported: Story = {
  name: 'Export my data: exported',
  render: (args) =>
    after(args, (el) => {
      click(el, '[part=export]');
    }),
};
/** Her data erased: every widget signed out, the notice says what became of it. */
export const Erased: Story = {
  name: 'Erase my data: erased',
  render: (args) => after(args, confirmErasure),
};
/** The erasure failed (the server answered 500): nothing changed, the reason is told. */
export const EraseFailed: Story = {
  name: 'Erase my data: failure',
  args: { writes: 'error' },
  render: (args) => after(args, confirmErasure),
};
