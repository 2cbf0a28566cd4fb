import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DemoIds } from '@wushe/sdk/fixtures';
import activities from '@wushe/sdk/recordings/staff-activities.json' with { type: 'json' };
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
import { WusheActivityEditor } from './activity-editor.component.js';

// Defined here rather than by `import './activity-editor.js'` (see the sign-in's stories).
defineElement('wushe-activity-editor', WusheActivityEditor);

const TAG = 'wushe-activity-editor';

type Args = DivisionStoryArgs;

/** 锦绣香江社区's upcoming activities as the real server answered them (recording `staff-activities`). */
const view = divisionView(TAG, activities);

const meta: Meta<Args> = {
  title: 'Staff widgets/Activity editor',
  component: 'wushe-activity-editor',
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

/** The activities of 锦绣香江社区 not over yet, with the places taken. */
export const List: Story = look.recorded;
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
export const Elder: Story = look.elder;
export const Dark: Story = look.dark;
export const TraditionalChinese: Story = { ...look.traditionalChinese, name: 'zh-HK' };
export const English: Story = { ...look.english, name: 'en' };
