import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DemoIds } from '@wushe/sdk/fixtures';
import socialWorkers from '@wushe/sdk/recordings/staff-social-workers.json' with { type: 'json' };
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
import { WusheSocialWorkerEditor } from './social-worker-editor.component.js';

// Defined here rather than by `import './social-worker-editor.js'` (see the sign-in's stories).
defineElement('wushe-social-worker-editor', WusheSocialWorkerEditor);

const TAG = 'wushe-social-worker-editor';

type Args = DivisionStoryArgs;

/** 南村镇's social workers as the real server answered them (recording `staff-social-workers`). */
const view = divisionView(TAG, socialWorkers);

const meta: Meta<Args> = {
  title: 'Staff widgets/Social worker editor',
  component: 'wushe-social-worker-editor',
  args: { ...staffArgs, division: DemoIds.street },
  argTypes: {
    ...divisionArgTypes,
    division: { control: 'select', options: [DemoIds.street, DemoIds.emptyCommunity] },
  },
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

/** The social workers serving 南村镇, from its 社工站. */
export const List: Story = look.recorded;
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
export const Forbidden: Story = states.forbidden;
export const SignedOut: Story = states.signedOut;
/** A community where no social worker serves. */
export const Empty: Story = {
  args: { division: DemoIds.emptyCommunity },
  play: reaches(TAG, '[part="state-empty"]'),
};
/** The form to add a social worker: agency or 社工站, certificate, where they serve. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
  },
};
/** Neither an agency nor a 社工站: the contract's rule, told on the agency's field. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const form = await openForm(canvasElement);
    form.querySelector<HTMLInputElement>('#name')!.value = '冯敏仪';
    form.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await shows(canvasElement, TAG, '#issue-organizationId');
  },
};
export const Elder: Story = look.elder;
export const Dark: Story = look.dark;
export const TraditionalChinese: Story = { ...look.traditionalChinese, name: 'zh-HK' };
export const English: Story = { ...look.english, name: 'en' };
