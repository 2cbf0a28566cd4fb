import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import needMatches from '@wushe/sdk/recordings/staff-need-matches.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  divisionArgTypes,
  reaches,
  shows,
  staffArgs,
  stateStories,
} from '../../../test/story-support.js';
import { WusheNeedMatcher } from './need-matcher.component.js';

// Defined here rather than by `import './need-matcher.js'` (see the sign-in's stories).
defineElement('wushe-need-matcher', WusheNeedMatcher);

const TAG = 'wushe-need-matcher';

interface Args {
  network: TransportState;
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
  client?: () => WusheClient;
}

/** 锦绣香江社区's open needs as the real server answered them (recording `staff-need-matches`). */
const view = (args: Args) =>
  html`<wushe-need-matcher
    division=${args.division}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${
      args.client?.() ?? createReplayClient(needMatches, { state: args.network, maxRetries: 0 })
    }
  ></wushe-need-matcher>`;

const meta: Meta<Args> = {
  title: 'Staff widgets/Need matcher',
  component: 'wushe-need-matcher',
  args: { ...staffArgs, division: DemoIds.community },
  argTypes: divisionArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing }));

/** 锦绣香江社区's open needs, the unmatched first, and the needs organizations took. */
export const List: Story = { play: reaches(TAG, '[part="item"]') };
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
