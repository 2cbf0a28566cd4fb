import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DemoIds } from '@wushe/sdk/fixtures';
import needMatches from '@wushe/sdk/recordings/staff-need-matches.json' with { type: 'json' };
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
import { WusheNeedMatcher } from './need-matcher.component.js';

// Defined here rather than by `import './need-matcher.js'` (see the sign-in's stories).
defineElement('wushe-need-matcher', WusheNeedMatcher);

const TAG = 'wushe-need-matcher';

type Args = DivisionStoryArgs;

/** 锦绣香江社区's open needs as the real server answered them (recording `staff-need-matches`). */
const view = divisionView(TAG, needMatches);

const meta: Meta<Args> = {
  title: 'Staff widgets/Need matcher',
  component: 'wushe-need-matcher',
  args: { ...staffArgs, division: DemoIds.community },
  argTypes: divisionArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const look = lookStories<Args>(TAG, '[part="item"]');

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing }));

/** 锦绣香江社区's open needs, the unmatched first, and the needs organizations took. */
export const List: Story = look.recorded;
/** Nothing is open in 繁华社区. */
export const Empty: Story = {
  args: { division: DemoIds.emptyCommunity },
  play: reaches(TAG, '[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
export const Forbidden: Story = states.forbidden;
export const SignedOut: Story = states.signedOut;
/** The first need's card searching the 资源清单 of its community, by its category. */
export const Matching: Story = {
  play: async ({ canvasElement }) => {
    (await shows(canvasElement, TAG, '[part="match"]')).click();
    await shows(canvasElement, TAG, '[part="resource"]');
  },
};
export const Elder: Story = look.elder;
export const Dark: Story = look.dark;
export const TraditionalChinese: Story = { ...look.traditionalChinese, name: 'zh-HK' };
export const English: Story = { ...look.english, name: 'en' };
