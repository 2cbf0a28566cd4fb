import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  createFixtureClient,
  FixtureIds,
  FixtureScenario,
  type FixtureData,
} from '@wushe/sdk/fixtures';
import { defineElement } from '../../internal/define.js';
import { WusheSurveyResults } from './survey-results.component.js';

// Defined here rather than by `import './survey-results.js'`: the package's `sideEffects` lists
// only dist/, so Storybook's bundler would drop that import, and the element's definition with it.
defineElement('wushe-survey-results', WusheSurveyResults);

interface Args {
  scenario: FixtureScenario;
  survey: string;
  /** One subject's results; empty for the whole survey. */
  subject: string;
  lang: string;
  theme: string;
  elder: boolean;
}

const view = (args: Args, customize?: (data: FixtureData) => void) =>
  html`<wushe-survey-results
    survey=${args.survey}
    subject=${args.subject}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${createFixtureClient({ scenario: args.scenario, ...(customize ? { customize } : {}) })}
  ></wushe-survey-results>`;

const meta: Meta<Args> = {
  title: 'Widgets/Survey results',
  component: 'wushe-survey-results',
  args: {
    scenario: FixtureScenario.normal,
    survey: FixtureIds.survey,
    subject: FixtureIds.surveySubject,
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    scenario: { control: 'select', options: Object.values(FixtureScenario) },
    subject: {
      control: 'select',
      options: ['', FixtureIds.surveySubject, FixtureIds.smallSurveySubject],
    },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => view(args),
};
export default meta;

type Story = StoryObj<Args>;

/** One project's results: 24 responses, every figure published. */
export const LargeN: Story = { name: 'Large n' };
/** Six responses: every figure withheld (n < 10), and why. */
export const SmallN: Story = { name: 'Small n', args: { subject: FixtureIds.smallSurveySubject } };
/** Every subject of the survey together. */
export const WholeSurvey: Story = { args: { subject: '' } };
/** Enough responses overall, but one question answered by fewer than 10: that one is withheld. */
export const QuestionWithheld: Story = {
  render: (args) =>
    view(args, (data) => {
      let kept = 0;
      for (const response of data.responses) {
        response.answers = response.answers.filter(
          (answer) => answer.questionId !== 'heard' || kept++ < 5,
        );
      }
    }),
};
/** Satisfaction is low: NPS below zero, its interval on both sides of it. */
export const LowScores: Story = {
  render: (args) =>
    view(args, (data) => {
      for (const response of data.responses) {
        for (const answer of response.answers) {
          if (answer.questionId === 'overall') answer.value = 6 - Number(answer.value);
          if (answer.questionId === 'recommend') answer.value = 10 - Number(answer.value);
        }
      }
    }),
};
export const Empty: Story = { args: { scenario: FixtureScenario.empty } };
export const NotPublic: Story = {
  render: (args) => view(args, (data) => (data.surveys[0]!.resultsPublic = false)),
};
export const NotFound: Story = { args: { survey: 'svy_doesNotExist' } };
export const Loading: Story = { args: { scenario: FixtureScenario.loading } };
export const LoadError: Story = { name: 'Error', args: { scenario: FixtureScenario.error } };
export const Offline: Story = { args: { scenario: FixtureScenario.offline } };
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkSmallN: Story = {
  args: { theme: 'dark', subject: FixtureIds.smallSurveySubject },
};
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
