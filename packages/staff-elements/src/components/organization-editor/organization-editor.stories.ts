import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DemoIds } from '@wushe/sdk/fixtures';
import organizations from '@wushe/sdk/recordings/staff-organizations.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  answeringPaths,
  divisionArgTypes,
  reaches,
  recordedBody,
  shows,
  staffArgs,
  stateStories,
  divisionView,
  lookStories,
  type DivisionStoryArgs,
} from '../../../test/story-support.js';
import { WusheOrganizationEditor } from './organization-editor.component.js';

// Defined here rather than by `import './organization-editor.js'` (see the sign-in's stories).
defineElement('wushe-organization-editor', WusheOrganizationEditor);

const TAG = 'wushe-organization-editor';

type Args = DivisionStoryArgs;

/** 锦绣香江社区's organizations as the real server answered them (recording `staff-organizations`). */
const view = divisionView(TAG, organizations);

const meta: Meta<Args> = {
  title: 'Staff widgets/Organization editor',
  component: 'wushe-organization-editor',
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

/** The organizations working in 锦绣香江社区. */
export const List: Story = look.recorded;
/** No organization works here yet (every demo community has some: the list answered empty). */
export const Empty: Story = {
  args: {
    client: () =>
      answeringPaths({
        '/v1/organizations': { data: [], nextCursor: null },
        '/v1/divisions': recordedBody(organizations, '/v1/divisions'),
      }),
  },
  play: reaches(TAG, '[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
export const Forbidden: Story = states.forbidden;
export const SignedOut: Story = states.signedOut;
/** The form to register (登记) or file (备案) an organization. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
  },
};
/** A credit code whose check character is wrong: told as it is typed, by the contract's validator. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const form = await openForm(canvasElement);
    const code = form.querySelector<HTMLInputElement>('#creditCode')!;
    code.value = '52440113MJ00000010';
    code.dispatchEvent(new InputEvent('input'));
    await shows(canvasElement, TAG, '[part="field-error"]');
  },
};
export const Elder: Story = look.elder;
export const Dark: Story = look.dark;
export const TraditionalChinese: Story = { ...look.traditionalChinese, name: 'zh-HK' };
export const English: Story = { ...look.english, name: 'en' };
