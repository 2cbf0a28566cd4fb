import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import surveys from '@wushe/sdk/recordings/staff-surveys.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  divisionArgTypes,
  reaches,
  shows,
  staffArgs,
  stateStories,
} from '../../../test/story-support.js';
import { WusheSurveyEditor } from './survey-editor.component.js';

// Defined here rather than by `import './survey-editor.js'` (see the sign-in's stories).
defineElement('wushe-survey-editor', WusheSurveyEditor);

const TAG = 'wushe-survey-editor';

interface Args {
  network: TransportState;
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
  client?: () => WusheClient;
}

/** The surveys 锦绣香江社区's staff run, as the real server answered them (recording `staff-surveys`). */
const view = (args: Args) =>
  html`<wushe-survey-editor
    division=${args.division}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${
      args.client?.() ?? createReplayClient(surveys, { state: args.network, maxRetries: 0 })
    }
  ></wushe-survey-editor>`;

const meta: Meta<Args> = {
  title: 'Staff widgets/Survey editor',
  component: 'wushe-survey-editor',
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

/** A survey's second version (with new questions) above the first, which it replaced. */
export const List: Story = { play: reaches(TAG, '[part="item"]') };
/** A community whose staff run no survey. */
export const Empty: Story = {
  args: { division: DemoIds.emptyCommunity },
  play: reaches(TAG, '[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
export const Forbidden: Story = states.forbidden;
export const SignedOut: Story = states.signedOut;
/** The form of a new survey, with its first question. */
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
/** A second question added: a choice question's options, one a line. */
export const AddingQuestions: Story = {
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
    (await shows(canvasElement, TAG, '[part="add-question"]')).click();
    await shows(canvasElement, TAG, '[data-question="1"]');
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
