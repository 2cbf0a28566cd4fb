import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import resources from '@wushe/sdk/recordings/resources.json' with { type: 'json' };
import { NETWORK_STATES } from '../../../test/story-clients.js';
import { defineElement } from '../../internal/define.js';
import { WusheResources } from './resources.component.js';

// Defined here rather than by `import './resources.js'`: the package's `sideEffects` lists only
// dist/, so Storybook's bundler would drop that import, and the element's definition with it.
defineElement('wushe-resources', WusheResources);

interface Args {
  network: TransportState;
  division: string;
  category: string;
  group: string;
  q: string;
  pageSize: number;
  lang: string;
  theme: string;
  elder: boolean;
}

/** The 资源清单 as the real server answered it (recording `resources`), in a network state. */
const view = (args: Args) =>
  html`<wushe-resources
    division=${args.division}
    category=${args.category || undefined}
    group=${args.group || undefined}
    q=${args.q || undefined}
    page-size=${args.pageSize}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${createReplayClient(resources, { state: args.network })}
  ></wushe-resources>`;

const meta: Meta<Args> = {
  title: 'Widgets/Resources',
  component: 'wushe-resources',
  args: {
    network: 'normal',
    division: DemoIds.community,
    category: '',
    group: '',
    q: '',
    pageSize: 20,
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    network: { control: 'select', options: NETWORK_STATES },
    division: { control: 'select', options: [DemoIds.community, DemoIds.street] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => view(args),
};
export default meta;

type Story = StoryObj<Args>;

/** 锦绣香江社区's published resources, each with its organization's public contact. */
export const Community: Story = {};
/** The whole of 南村镇. */
export const Street: Story = { args: { division: DemoIds.street } };
export const ByCategory: Story = { args: { category: 'elderly_care' } };
export const ByTargetGroup: Story = { args: { group: 'children' } };
/** The same Chinese search as the needs list. */
export const Search: Story = { args: { q: '托管' } };
/** Pages of two: "load more" asks for the next page. */
export const Paged: Story = { args: { pageSize: 2 } };
/** A search that finds nothing. */
export const Empty: Story = { args: { q: '不存在的服务' } };
export const Loading: Story = { args: { network: 'loading' } };
export const LoadError: Story = { name: 'Error', args: { network: 'error' } };
export const Offline: Story = { args: { network: 'offline' } };
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
