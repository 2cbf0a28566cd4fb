import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import accounts from '@wushe/sdk/recordings/staff-accounts.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  divisionArgTypes,
  reaches,
  shows,
  staffArgs,
  stateStories,
} from '../../../test/story-support.js';
import { WusheAccountEditor } from './account-editor.component.js';

// Defined here rather than by `import './account-editor.js'` (see the sign-in's stories).
defineElement('wushe-account-editor', WusheAccountEditor);

const TAG = 'wushe-account-editor';

interface Args {
  network: TransportState;
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
  client?: () => WusheClient;
}

/** 锦绣香江社区's accounts as the real server answered a district admin (recording `staff-accounts`). */
const view = (args: Args) =>
  html`<wushe-account-editor
    division=${args.division}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${args.client?.() ?? createReplayClient(accounts, { state: args.network, maxRetries: 0 })}
  ></wushe-account-editor>`;

const meta: Meta<Args> = {
  title: 'Staff widgets/Account editor',
  component: 'wushe-account-editor',
  args: { ...staffArgs, division: DemoIds.community },
  argTypes: divisionArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing }));

const openForm = async (canvas: HTMLElement) => {
  (await shows(canvas, TAG, '[part="new"]')).click();
  return shows(canvas, TAG, '[part="form"]');
};

/** The accounts with a role in 锦绣香江社区. */
export const List: Story = { play: reaches(TAG, '[part="item"]') };
/** No account holds a role in 繁华社区. */
export const Empty: Story = {
  args: { division: DemoIds.emptyCommunity },
  play: reaches(TAG, '[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
/** A community worker administers no accounts (403). */
export const Forbidden: Story = states.forbidden;
export const SignedOut: Story = states.signedOut;
/** The invite form, with the roles and scopes the server says may be granted. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
  },
};
/** Sent empty: each field's issue from the request schema, nothing sent. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const form = await openForm(canvasElement);
    form.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await shows(canvasElement, TAG, '[part="field-error"]');
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
