import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DemoIds } from '@wushe/sdk/fixtures';
import projects from '@wushe/sdk/recordings/staff-project-updates.json' with { type: 'json' };
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
import { WusheProjectUpdates } from './project-updates.component.js';

// Defined here rather than by `import './project-updates.js'` (see the sign-in's stories).
defineElement('wushe-project-updates', WusheProjectUpdates);

const TAG = 'wushe-project-updates';

type Args = DivisionStoryArgs;

/** 锦绣香江社区's projects as the real server answered them (recording `staff-project-updates`). */
const view = divisionView(TAG, projects);

const meta: Meta<Args> = {
  title: 'Staff widgets/Project updates',
  component: 'wushe-project-updates',
  args: { ...staffArgs, division: DemoIds.community },
  argTypes: divisionArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const look = lookStories<Args>(TAG, '[part="item"]');

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing }));

/** 锦绣香江社区's projects, each with the moves its status allows. */
export const List: Story = look.recorded;
/** No project runs in 繁华社区. */
export const Empty: Story = {
  args: { division: DemoIds.emptyCommunity },
  play: reaches(TAG, '[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
export const Forbidden: Story = states.forbidden;
export const SignedOut: Story = states.signedOut;
/** The first project's progress update being written. */
export const Writing: Story = {
  play: async ({ canvasElement }) => {
    (await shows(canvasElement, TAG, '[part="post"]')).click();
    await shows(canvasElement, TAG, '[part="update"]');
  },
};
export const Elder: Story = look.elder;
export const Dark: Story = look.dark;
export const TraditionalChinese: Story = { ...look.traditionalChinese, name: 'zh-HK' };
export const English: Story = { ...look.english, name: 'en' };
