import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  createReplayClient,
  DemoIds,
  type Recording,
  type TransportState,
} from '@wushe/sdk/fixtures';
import low from '@wushe/sdk/recordings/survey-results-low.json' with { type: 'json' };
import withheld from '@wushe/sdk/recordings/survey-results-withheld.json' with { type: 'json' };
import results from '@wushe/sdk/recordings/survey-results.json' with { type: 'json' };
import { NETWORK_STATES } from '../../../test/story-clients.js';
import { defineElement } from '../../internal/define.js';
import { WusheSurveyResults } from './survey-results.component.js';

// Defined here rather than by `import './survey-results.js'`: the package's `sideEffects` lists
// only dist/, so Storybook's bundler would drop that import, and the element's definition with it.
defineElement('wushe-survey-results', WusheSurveyResults);

interface Args {
  network: TransportState;
  survey: string;
  /** One subject's results; empty for the whole survey. */
  subject: string;
  lang: string;
  theme: string;
  elder: boolean;
}

/** Results as the real server published them (recordings), in the network state asked for. */
const view = (args: Args, recording: Recording = results) =>
  html`<wushe-survey-results
    survey=${args.survey}
    subject=${args.subject}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${createReplayClient(recording, { state: args.network })}
  ></wushe-survey-results>`;

const meta: Meta<Args> = {
  title: 'Widgets/Survey results',
  component: 'wushe-survey-results',
  args: {
    network: 'normal',
    survey: DemoIds.survey,
    subject: DemoIds.surveySubject,
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    network: { control: 'select', options: NETWORK_STATES },
    subject: {
      control: 'select',
      options: ['', DemoIds.surveySubject, DemoIds.smallSurveySubject, DemoIds.unratedSubject],
    },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => view(args),
};
export default meta;

type Story = StoryObj<Args>;

/** One project's results: 36 responses, every figure published. */
export const LargeN: Story = { name: 'Large n' };
/** Six responses: every figure withheld (n < 10), and why. */
export const SmallN: Story = { name: 'Small n', args: { subject: DemoIds.smallSurveySubject } };
/** Every subject of the survey together. */
export const WholeSurvey: Story = { args: { subject: '' } };
/** Enough responses overall, but one question answered by fewer than 10: that one is withheld. */
export const QuestionWithheld: Story = {
  args: { subject: DemoIds.partlyAnsweredSubject },
  render: (args) => view(args, withheld),
};
/** Satisfaction is low: NPS below zero, its interval on both sides of it. */
export const LowScores: Story = {
  args: { subject: DemoIds.lowRatedSubject },
  render: (args) => view(args, low),
};
/** A project nobody has rated yet. */
export const Empty: Story = { args: { subject: DemoIds.unratedSubject } };
/** A survey whose results only staff read: 403 `results_not_public`. */
export const NotPublic: Story = { args: { survey: DemoIds.privateSurvey, subject: '' } };
export const NotFound: Story = { args: { survey: 'svy_doesNotExist' } };
export const Loading: Story = { args: { network: 'loading' } };
export const LoadError: Story = { name: 'Error', args: { network: 'error' } };
export const Offline: Story = { args: { network: 'offline' } };
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkSmallN: Story = {
  args: { theme: 'dark', subject: DemoIds.smallSurveySubject },
};
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
