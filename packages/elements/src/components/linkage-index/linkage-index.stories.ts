import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { IndicatorsReport } from '@wushe/schema';
import { createReplayClient, type Recording, type TransportState } from '@wushe/sdk/fixtures';
import notPublic from '@wushe/sdk/recordings/linkage-index-not-public.json' with { type: 'json' };
import recordedIndex from '@wushe/sdk/recordings/linkage-index.json' with { type: 'json' };
import { NETWORK_STATES, withEditedAnswer } from '../../../test/story-clients.js';
import { defineElement } from '../../internal/define.js';
import { WusheLinkageIndex } from './linkage-index.component.js';

// Defined here rather than by `import './linkage-index.js'`: the package's `sideEffects` lists
// only dist/, so Storybook's bundler would drop that import, and the element's definition with it.
defineElement('wushe-linkage-index', WusheLinkageIndex);

interface Args {
  network: TransportState;
  division: string;
  from: string;
  to: string;
  lang: string;
  theme: string;
  elder: boolean;
}

const INDEX_URL = '/v1/indicators?division=440113&series=monthly';

/** The index as the real server gave it (recordings), in the network state asked for. */
const view = (args: Args, recording: Recording = recordedIndex) =>
  html`<wushe-linkage-index
    division=${args.division}
    from=${args.from}
    to=${args.to}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${createReplayClient(recording, { state: args.network })}
  ></wushe-linkage-index>`;

const meta: Meta<Args> = {
  title: 'Widgets/Linkage index',
  component: 'wushe-linkage-index',
  args: {
    network: 'normal',
    division: '440113',
    from: '',
    to: '',
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    network: { control: 'select', options: NETWORK_STATES },
    division: { control: 'select', options: ['440113', '440113104', '440113104001'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => view(args),
};
export default meta;

type Story = StoryObj<Args>;

/** 番禺区 over the demo's year: communities above and below each target; drill down below. */
export const District: Story = {};
/** 南村镇 and its communities. */
export const Street: Story = { args: { division: '440113104' } };
/** 锦绣香江社区: nothing below it to drill into. */
export const Community: Story = { args: { division: '440113104001' } };
/** 锦绣香江社区 in a year before any data (2020): no figures yet, and no holiday calendar for it. */
export const NoData: Story = {
  args: { division: '440113104001', from: '2020-01-01', to: '2020-12-31' },
};
/** The demo's year, had the district not entered its holidays: the 15 working days skip weekends only. */
export const CalendarNotEntered: Story = {
  render: (args) =>
    view(
      args,
      withEditedAnswer(recordedIndex, INDEX_URL, (body: IndicatorsReport) => {
        body.calendarKnown = false;
        for (const indicator of body.divisions[0]!.indicators) {
          if (indicator.id === 'low_ratings_followed_up') indicator.calendarKnown = false;
        }
      }),
    ),
};
/** A publishable key before the district made the index public: 403 `indicators_not_public`. */
export const NotPublic: Story = { render: (args) => view(args, notPublic) };
export const NotFound: Story = { args: { division: '440113999' } };
export const Loading: Story = { args: { network: 'loading' } };
export const LoadError: Story = { name: 'Error', args: { network: 'error' } };
export const Offline: Story = { args: { network: 'offline' } };
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
