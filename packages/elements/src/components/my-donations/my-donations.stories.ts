import type { Meta, StoryObj } from '@storybook/web-components-vite';
import mine from '@wushe/sdk/recordings/my-lists.json' with { type: 'json' };
import none from '@wushe/sdk/recordings/my-lists-none.json' with { type: 'json' };
import {
  LIST_ARG_TYPES,
  LIST_ARGS,
  listOnRecording,
  type ListArgs,
} from '../../../test/my-lists-stories.js';
import { defineElement } from '../../internal/define.js';
import { WusheMyDonations } from './my-donations.component.js';

// Defined here rather than by `import './my-donations.js'` (see the survey results' stories).
defineElement('wushe-my-donations', WusheMyDonations);

const meta: Meta<ListArgs> = {
  title: 'Widgets/My donations',
  component: 'wushe-my-donations',
  args: LIST_ARGS,
  argTypes: LIST_ARG_TYPES,
  render: (args) => listOnRecording('wushe-my-donations', args, mine),
};
export default meta;

type Story = StoryObj<ListArgs>;

/** Signed in: a donation received with a receipt asked for, and a pledge without one. */
export const Default: Story = { name: 'List' };
/** Nobody signed in yet: the shared sign-in by SMS code. */
export const SignedOut: Story = { name: 'Signed out', args: { signedIn: false } };
/** Signed in with a mobile that gave nothing. */
export const Empty: Story = {
  render: (args) => listOnRecording('wushe-my-donations', args, none),
};
export const Loading: Story = { args: { network: 'loading' } };
/** The server failed: the reason, the request id and a retry. */
export const LoadError: Story = { name: 'Error and retry', args: { network: 'error' } };
export const Offline: Story = { args: { network: 'offline' } };
export const English: Story = { args: { lang: 'en' } };
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
/** 适老化: larger text and targets. */
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
