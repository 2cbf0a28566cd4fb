import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import activities from '@wushe/sdk/recordings/staff-activities.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  divisionArgTypes,
  reaches,
  shows,
  staffArgs,
  stateStories,
} from '../../../test/story-support.js';
import { WusheActivityEditor } from './activity-editor.component.js';

// Defined here rather than by `import './activity-editor.js'` (see the sign-in's stories).
defineElement('wushe-activity-editor', WusheActivityEditor);

const TAG = 'wushe-activity-editor';

interface Args {
  network: TransportState;
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
  client?: () => WusheClient;
}

/** 锦绣香江社区's upcoming activities as the real server answered them (recording `staff-activities`). */
const view = (args: Args) =>
  html`<wushe-activity-editor
    division=${args.division}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${
      args.client?.() ?? createReplayClient(activities, { state: args.network, maxRetries: 0 })
    }
  ></wushe-activity-editor>`;

const meta: Meta<Args> = {
  title: 'Staff widgets/Activity editor',
  component: 'wushe-activity-editor',
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

/** The activities of 锦绣香江社区 not over yet, with the places taken. */
export const List: Story = { play: reaches(TAG, '[part="item"]') };
/** A community with no activity coming up. */
export const Empty: Story = {
  args: { division: DemoIds.emptyCommunity },
  play: reaches(TAG, '[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
export const Forbidden: Story = states.forbidden;
export const SignedOut: Story = states.signedOut;
/** The form to publish an activity. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
  },
};
/** Sent empty: the contract's rules, each on its field (checked before anything is sent). */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const form = await openForm(canvasElement);
    form.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await shows(canvasElement, TAG, '[part="field-error"]');
  },
};
/** Cancelling asks to be confirmed: everyone signed up is told. */
export const Cancelling: Story = {
  play: async ({ canvasElement }) => {
    (await shows(canvasElement, TAG, '[part="cancel-activity"]')).click();
    await shows(canvasElement, TAG, '[part="confirm"]');
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
