import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createReplayClient, type Recording, type TransportState } from '@wushe/sdk/fixtures';
import locked from '@wushe/sdk/recordings/staff-sign-in-locked.json' with { type: 'json' };
import refused from '@wushe/sdk/recordings/staff-sign-in-refused.json' with { type: 'json' };
import totp from '@wushe/sdk/recordings/staff-sign-in-totp.json' with { type: 'json' };
import signedIn from '@wushe/sdk/recordings/staff-sign-in.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import { WusheStaffSignIn } from './staff-sign-in.component.js';

// Defined here rather than by `import './staff-sign-in.js'`: the package's `sideEffects` would let
// Storybook's bundler drop that import, and the element's definition with it.
defineElement('wushe-staff-sign-in', WusheStaffSignIn);

interface Args {
  network: TransportState;
  lang: string;
  theme: string;
  elder: boolean;
}

/** The sign-in form answered from a recording of the real server. */
const view = (args: Args, recording: Recording = signedIn) =>
  html`<wushe-staff-sign-in
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${createReplayClient(recording, { state: args.network, maxRetries: 0 })}
  ></wushe-staff-sign-in>`;

/**
 * The story's play: types a login and password as the recording's request did, submits, and
 * waits for `selector` (in the widget's shadow root) to show `text`.
 */
const submits =
  (login: string, password: string, selector: string, text: RegExp): NonNullable<Story['play']> =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('wushe-staff-sign-in')!;
    const root = el.shadowRoot!;
    await waitFor(() => expect(root.querySelector('#login')).not.toBeNull());
    root.querySelector<HTMLInputElement>('#login')!.value = login;
    root.querySelector<HTMLInputElement>('#password')!.value = password;
    root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitFor(() => expect(root.querySelector(selector)?.textContent).toMatch(text), {
      timeout: 5_000,
    });
  };

const meta: Meta<Args> = {
  title: 'Staff widgets/Sign-in',
  component: 'wushe-staff-sign-in',
  args: { network: 'normal', lang: 'zh-CN', theme: 'light', elder: false },
  argTypes: {
    network: { control: 'select', options: ['normal', 'slow', 'loading', 'error', 'offline'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => view(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The empty form. */
export const Form: Story = {};
/** A community worker signs in: the form says so while the page takes the session. */
export const Submitting: Story = {
  args: { network: 'loading' },
  play: submits('jinxiu.staff', 'wushe-demo-2026', '[part="submit"]', /正在登录/),
};
/** A wrong password: said in the reader's language, the input kept. */
export const WrongPassword: Story = {
  render: (args) => view(args, refused),
  play: submits('jinxiu.staff', 'not-the-password', '[part="message"]', /登录名或密码不正确/),
};
/** A district admin: the second step asks for the authenticator code. */
export const TotpStep: Story = {
  name: 'TOTP step',
  render: (args) => view(args, totp),
  play: submits('panyu.admin', 'wushe-demo-2026', '[part="message"]', /动态验证码/),
};
/** Five failures locked the account: how long to wait, from the server's Retry-After. */
export const Locked: Story = {
  render: (args) => view(args, locked),
  play: submits('nancun.sw', 'wushe-demo-2026', '[part="message"]', /15 分钟/),
};
/** The server cannot be reached. */
export const Offline: Story = {
  args: { network: 'offline' },
  play: submits('jinxiu.staff', 'wushe-demo-2026', '[part="message"]', /网络已断开/),
};
/** The server failed (500). */
export const ServerError: Story = {
  name: 'Error',
  args: { network: 'error' },
  play: submits('jinxiu.staff', 'wushe-demo-2026', '[part="message"]', /暂时无法登录/),
};
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const TraditionalChinese: Story = {
  name: 'zh-HK',
  args: { lang: 'zh-HK' },
  render: (args) => view(args, locked),
  play: submits('nancun.sw', 'wushe-demo-2026', '[part="message"]', /15 分鐘/),
};
export const English: Story = {
  name: 'en',
  args: { lang: 'en' },
  render: (args) => view(args, refused),
  play: submits('jinxiu.staff', 'not-the-password', '[part="message"]', /not correct/),
};
