import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import funds from '@wushe/sdk/recordings/staff-funds.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  divisionArgTypes,
  reaches,
  shows,
  staffArgs,
  stateStories,
} from '../../../test/story-support.js';
import { WusheFundEditor } from './fund-editor.component.js';

// Defined here rather than by `import './fund-editor.js'` (see the sign-in's stories).
defineElement('wushe-fund-editor', WusheFundEditor);

const TAG = 'wushe-fund-editor';

interface Args {
  network: TransportState;
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
  client?: () => WusheClient;
}

/** 南村镇's funds as the real server answered them (recording `staff-funds`). */
const view = (args: Args) =>
  html`<wushe-fund-editor
    division=${args.division}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${args.client?.() ?? createReplayClient(funds, { state: args.network, maxRetries: 0 })}
  ></wushe-fund-editor>`;

const meta: Meta<Args> = {
  title: 'Staff widgets/Fund editor',
  component: 'wushe-fund-editor',
  args: { ...staffArgs, division: DemoIds.street },
  argTypes: {
    ...divisionArgTypes,
    division: { control: 'select', options: [DemoIds.street, DemoIds.emptyCommunity] },
  },
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing }));

const openForm = async (canvas: HTMLElement) => {
  (await shows(canvas, TAG, '[part="new"]')).click();
  return shows(canvas, TAG, '[part="form"]');
};

/** 南村镇's funds: the one taking donations, and the platform fund's checklist (not direct). */
export const List: Story = { play: reaches(TAG, '[part="item"] [part="checklist"]') };
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
export const Forbidden: Story = states.forbidden;
export const SignedOut: Story = states.signedOut;
/** A community with no fund. */
export const Empty: Story = {
  args: { division: DemoIds.emptyCommunity },
  play: reaches(TAG, '[part="state-empty"]'),
};
/** The form of a new fund, its checklist listing the whole disclosure as missing. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
    await shows(canvasElement, TAG, '[part="form"] [part="check-missing"]');
  },
};
/** The checklist following what is typed: the charity's name given, the rest still missing. */
export const Checklist: Story = {
  play: async ({ canvasElement }) => {
    const form = await openForm(canvasElement);
    const input = form.querySelector<HTMLInputElement>('[id="disclosure.organizationName"]')!;
    input.value = '广州市番禺区慈善会';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await shows(canvasElement, TAG, '[part="check-present"][data-item="organizationName"]');
  },
};
/** No target: the contract's check, told on its field before anything is sent. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const form = await openForm(canvasElement);
    form.querySelector<HTMLInputElement>('#name')!.value = '南村镇助学基金';
    form.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await shows(canvasElement, TAG, '#issue-targetFen');
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
