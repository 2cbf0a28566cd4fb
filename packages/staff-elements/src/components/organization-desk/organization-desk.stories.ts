import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DemoIds } from '@wushe/sdk/fixtures';
import desk from '@wushe/sdk/recordings/staff-organization-desk.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  answeringPaths,
  divisionArgTypes,
  divisionView,
  lookStories,
  reaches,
  recordedBody,
  shows,
  staffArgs,
  stateStories,
  type DivisionStoryArgs,
} from '../../../test/story-support.js';
import { WusheOrganizationDesk } from './organization-desk.component.js';

// Defined here rather than by `import './organization-desk.js'` (see the sign-in's stories).
defineElement('wushe-organization-desk', WusheOrganizationDesk);

const TAG = 'wushe-organization-desk';

type Args = DivisionStoryArgs;

/** 锦绣香江长者会's desk as its member opened it on the real server (recording `staff-organization-desk`). */
const view = divisionView(TAG, desk);

const meta: Meta<Args> = {
  title: 'Staff widgets/Organization desk',
  component: 'wushe-organization-desk',
  args: { ...staffArgs, division: DemoIds.community },
  argTypes: divisionArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const look = lookStories<Args>(TAG, '[part="need"]');

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing }));

/** The needs matched to the organization (one claimed, one to claim), the open calls, its proposals and projects. */
export const Desk: Story = look.recorded;
/** A person of no organization, where no organization works: nothing to open. */
export const Empty: Story = {
  args: {
    client: () =>
      answeringPaths({
        '/v1/staff/me': {
          ...(recordedBody(desk, '/v1/staff/me') as object),
          roles: [{ role: 'district_admin', scope: '440113' }],
        },
        '/v1/organizations': { data: [], nextCursor: null },
      }),
  },
  play: reaches(TAG, '[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
export const Forbidden: Story = states.forbidden;
export const SignedOut: Story = states.signedOut;
/** The open call's proposal form: title, the claimed need it answers, the budget in yuan, the plan. */
export const Proposing: Story = {
  play: async ({ canvasElement }) => {
    (await shows(canvasElement, TAG, '[part="start-proposal"]')).click();
    await shows(canvasElement, TAG, '[part="proposal-form"]');
  },
};
export const Elder: Story = look.elder;
export const Dark: Story = look.dark;
export const TraditionalChinese: Story = { ...look.traditionalChinese, name: 'zh-HK' };
export const English: Story = { ...look.english, name: 'en' };
