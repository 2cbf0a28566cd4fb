import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import projects from '@wushe/sdk/recordings/staff-project-updates.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  divisionArgTypes,
  reaches,
  shows,
  staffArgs,
  stateStories,
} from '../../../test/story-support.js';
import { WusheProjectUpdates } from './project-updates.component.js';

// Defined here rather than by `import './project-updates.js'` (see the sign-in's stories).
defineElement('wushe-project-updates', WusheProjectUpdates);

const TAG = 'wushe-project-updates';

interface Args {
  network: TransportState;
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
  client?: () => WusheClient;
}

/** 锦绣香江社区's projects as the real server answered them (recording `staff-project-updates`). */
const view = (args: Args) =>
  html`<wushe-project-updates
    division=${args.division}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${
      args.client?.() ?? createReplayClient(projects, { state: args.network, maxRetries: 0 })
    }
  ></wushe-project-updates>`;

const meta: Meta<Args> = {
  title: 'Staff widgets/Project updates',
  component: 'wushe-project-updates',
  args: { ...staffArgs, division: DemoIds.community },
  argTypes: divisionArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing }));

/** 锦绣香江社区's projects, each with the moves its status allows. */
export const List: Story = { play: reaches(TAG, '[part="item"]') };
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
