import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DemoIds } from '@wushe/sdk/fixtures';
import surveys from '@wushe/sdk/recordings/staff-surveys.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  divisionArgTypes,
  reaches,
  shows,
  staffArgs,
  stateStories,
  divisionView,
  lookStories,
  type DivisionStoryArgs,
} from '../../../test/story-support.js';
import { WusheSurveyEditor } from './survey-editor.component.js';

// Defined here rather than by `import './survey-editor.js'` (see the sign-in's stories).
defineElement('wushe-survey-editor', WusheSurveyEditor);

const TAG = 'wushe-survey-editor';

type Args = DivisionStoryArgs;

/** The surveys 锦绣香江社区's staff run, as the real server answered them (recording `staff-surveys`). */
const view = divisionView(TAG, surveys);

const meta: Meta<Args> = {
  title: 'Staff widgets/Survey editor',
  component: 'wushe-survey-editor',
  args: { ...staffArgs, division: DemoIds.community },
  argTypes: divisionArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const look = lookStories<Args>(TAG, '[part="item"]');

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing }));

const openForm = async (canvas: HTMLElement) => {
  (await shows(canvas, TAG, '[part="new"]')).click();
  return shows(canvas, TAG, '[part="form"]');
};

/** A survey's second version (with new questions) above the first, which it replaced. */
export const List: Story = look.recorded;
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
export const Elder: Story = look.elder;
export const Dark: Story = look.dark;
export const TraditionalChinese: Story = { ...look.traditionalChinese, name: 'zh-HK' };
export const English: Story = { ...look.english, name: 'en' };
