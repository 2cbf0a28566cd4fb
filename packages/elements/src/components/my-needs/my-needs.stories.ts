import type { Meta, StoryObj } from '@storybook/web-components-vite';
import mine from '@wushe/sdk/recordings/my-lists.json' with { type: 'json' };
import none from '@wushe/sdk/recordings/my-lists-none.json' with { type: 'json' };
import {
  clicks,
  LIST_ARG_TYPES,
  LIST_ARGS,
  listOnRecording,
  type ListArgs,
} from '../../../test/my-lists-stories.js';
import { defineElement } from '../../internal/define.js';
import { WusheMyNeeds } from './my-needs.component.js';

// Defined here rather than by `import './my-needs.js'` (see the survey results' stories).
defineElement('wushe-my-needs', WusheMyNeeds);

const meta: Meta<ListArgs> = {
  title: 'Widgets/My needs',
  component: 'wushe-my-needs',
  args: LIST_ARGS,
  argTypes: LIST_ARG_TYPES,
  render: (args) => listOnRecording('wushe-my-needs', args, mine),
};
export default meta;

type Story = StoryObj<ListArgs>;

/** Signed in: three needs, one waiting for review, one rejected with its reason, one fulfilled. */
export const Default: Story = { name: 'List' };
/** The fulfilled need's timeline: posted, approved, claimed (by whom), fulfilled. */
export const Timeline: Story = {
  play: clicks('wushe-my-needs', '[part=need]:last-child [part=toggle]'),
};
/** The need waiting for review: one step reached, the rest ahead. */
export const TimelineWaiting: Story = {
  name: 'Timeline: waiting for review',
  play: clicks('wushe-my-needs', '[part=need]:nth-child(2) [part=toggle]'),
};
/** Nobody signed in yet: the shared sign-in by SMS code. */
export const SignedOut: Story = { name: 'Signed out', args: { signedIn: false } };
/** Signed in with a mobile that posted nothing. */
export const Empty: Story = {
  render: (args) => listOnRecording('wushe-my-needs', args, none),
};
export const Loading: Story = { args: { network: 'loading' } };
/** The server failed: the reason, the request id and a retry. */
export const LoadError: Story = { name: 'Error and retry', args: { network: 'error' } };
export const Offline: Story = { args: { network: 'offline' } };
export const English: Story = {
  args: { lang: 'en' },
  play: clicks('wushe-my-needs', '[part=need]:last-child [part=toggle]'),
};
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
/** 适老化: larger text and targets. */
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
