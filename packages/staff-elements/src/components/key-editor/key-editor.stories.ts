import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import keys from '@wushe/sdk/recordings/staff-keys.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  answering,
  reaches,
  shows,
  staffArgs,
  staffArgTypes,
  stateStories,
} from '../../../test/story-support.js';
import { WusheKeyEditor } from './key-editor.component.js';

// Defined here rather than by `import './key-editor.js'` (see the sign-in's stories).
defineElement('wushe-key-editor', WusheKeyEditor);

const TAG = 'wushe-key-editor';

interface Args {
  network: TransportState;
  lang: string;
  theme: string;
  elder: boolean;
  client?: () => WusheClient;
}

/** 番禺区's keys as the real server answered them (recording `staff-keys`). */
const view = (args: Args) =>
  html`<wushe-key-editor
    division=${DemoIds.district}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${args.client?.() ?? createReplayClient(keys, { state: args.network, maxRetries: 0 })}
  ></wushe-key-editor>`;

const meta: Meta<Args> = {
  title: 'Staff widgets/Key editor',
  component: 'wushe-key-editor',
  args: staffArgs,
  argTypes: staffArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing }));

const openForm = async (canvas: HTMLElement) => {
  (await shows(canvas, TAG, '[part="new"]')).click();
  return shows(canvas, TAG, '[part="form"]');
};

/** The district's keys, by their first characters. */
export const List: Story = { play: reaches(TAG, '[part="item"]') };
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
/** Not a district admin (403): no retry, no form. */
export const Forbidden: Story = states.forbidden;
export const SignedOut: Story = states.signedOut;
/** A district with no key yet (not a recording: the demo district always has its keys). */
export const Empty: Story = {
  args: { client: () => answering(200, { data: [] }) },
  play: reaches(TAG, '[part="state-empty"]'),
};
/** The form to issue a key. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
  },
};
/** An origin that is not one: the request schema's issue on the field, nothing sent. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const form = await openForm(canvasElement);
    form.querySelector('textarea')!.value = 'www.panyu.gov.cn';
    form.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await shows(canvasElement, TAG, '[part="field-error"]');
  },
};
/** A secret key issued: shown this once, with copy. */
export const Issued: Story = {
  play: async ({ canvasElement }) => {
    const form = await openForm(canvasElement);
    form.querySelector<HTMLInputElement>('input[value="secret"]')!.click();
    form.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    const secret = await shows(canvasElement, TAG, '[part="secret"]');
    await waitFor(() => expect((secret as HTMLInputElement).value).toMatch(/^sk_live_/));
  },
};
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
