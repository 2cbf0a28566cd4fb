import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { QuestionType, Survey } from '@wushe/schema';
import type { WusheClient } from '@wushe/sdk';
import {
  createReplayClient,
  DemoIds,
  type Recording,
  type ReplayClientOptions,
  type TransportState,
} from '@wushe/sdk/fixtures';
import surveyAnswered from '@wushe/sdk/recordings/survey-answered.json' with { type: 'json' };
import surveyRecording from '@wushe/sdk/recordings/survey.json' with { type: 'json' };
import { NETWORK_STATES, withEditedAnswer } from '../../../test/story-clients.js';
import { defineElement } from '../../internal/define.js';
import { WusheSurvey } from './survey.component.js';

// Defined here rather than by `import './survey.js'`: the package's `sideEffects` lists only
// dist/, so Storybook's bundler would drop that import, and the element's definition with it.
defineElement('wushe-survey', WusheSurvey);

interface Args {
  network: TransportState;
  survey: string;
  subject: string;
  /** Show only the questions of one type, to review each type alone. */
  only: QuestionType | 'all';
  lang: string;
  theme: string;
  elder: boolean;
}

/** The token whose answer the server holds (recording `survey-answered`), planted in this browser. */
const PLANTED_TOKEN = 'storybookRespondent0001';

/** Each story starts afresh: no token, no "answered", no draft left by another story. */
function clearStorage() {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) {
      if (key.startsWith('wushe.survey')) storage.removeItem(key);
    }
  }
}

/**
 * The survey as the real server answered it (recording `survey`, or `recording`), with only the
 * questions of `args.only` (or edited by `edit`) for a designer to review, in `args.network`.
 */
function clientFor(
  args: Args,
  {
    recording = surveyRecording,
    edit,
    ...options
  }: { recording?: Recording; edit?: (survey: Survey) => void } & ReplayClientOptions = {},
): WusheClient {
  const shown = withEditedAnswer(recording, `/v1/surveys/${DemoIds.survey}`, (survey: Survey) => {
    if (args.only !== 'all') {
      survey.questions = survey.questions.filter((question) => question.type === args.only);
    }
    edit?.(survey);
  });
  return createReplayClient(shown, { state: args.network, ...options });
}

function element(args: Args, client: WusheClient = clientFor(args)): WusheSurvey {
  const el = document.createElement('wushe-survey');
  el.survey = args.survey;
  el.subject = args.subject;
  el.lang = args.lang;
  el.theme = args.theme === 'dark' ? 'dark' : 'light';
  el.elder = args.elder;
  el.client = client;
  return el;
}

const render = (args: Args) => {
  clearStorage();
  return element(args);
};

/**
 * Renders the widget, waits for the survey, gives `answers` (by question id) and sends them: for
 * the states that follow a submission.
 */
function answered(
  args: Args,
  answers: Record<string, unknown>,
  { client, send = true }: { client?: WusheClient; send?: boolean } = {},
) {
  clearStorage();
  const el = element(args, client);
  void (async () => {
    for (let i = 0; i < 100 && el.remote.status !== 'ready'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const [id, value] of Object.entries(answers)) el.form.set(`answers.${id}`, value);
    await el.updateComplete;
    if (send) el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  })();
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/Survey',
  component: 'wushe-survey',
  args: {
    network: 'normal',
    survey: DemoIds.survey,
    subject: DemoIds.surveySubject,
    only: 'all',
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    network: { control: 'select', options: NETWORK_STATES },
    only: { control: 'select', options: ['all', 'rating', 'nps', 'single', 'multi', 'text'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** Every question type of the district's project survey: rating, NPS, single, multi, text. */
export const Default: Story = {};
/** The five 好差评 levels, as an accessible radio group with visible words. */
export const Rating: Story = { args: { only: 'rating' } };
export const Nps: Story = { name: 'NPS', args: { only: 'nps' } };
export const SingleChoice: Story = { args: { only: 'single' } };
/** At most three choices: the others are disabled once three are checked. */
export const MultipleChoice: Story = {
  args: { only: 'multi' },
  render: (args) => answered(args, { best: ['staff', 'timely', 'professional'] }, { send: false }),
};
/** The counter turns bold near the limit, and screen readers hear what is left. */
export const TextNearLimit: Story = {
  args: { only: 'text' },
  render: (args) => answered(args, { comment: '社工很耐心，'.repeat(80) }, { send: false }),
};
/** After 不满意 or worse: an optional contact, with consent, for a follow-up call (回访). */
export const LowRatingFollowUp: Story = {
  render: (args) => answered(args, { overall: 2, recommend: 3 }, { send: false }),
};
export const FieldErrors: Story = {
  render: (args) => answered(args, { heard: 'wechat' }),
};
/** The survey loads at once; the response never gets its answer. */
export const Submitting: Story = {
  render: (args) =>
    answered(
      args,
      { overall: 5, recommend: 10 },
      { client: clientFor(args, { writes: 'loading' }) },
    ),
};
/** The connection drops while sending: the answers stay, with a way to send again. */
export const SendFailed: Story = {
  render: (args) => {
    const client = clientFor(args, { writes: 'offline', maxRetries: 0 });
    return answered(args, { overall: 4, recommend: 8, comment: '希望周末也有服务' }, { client });
  },
};
export const Thanks: Story = {
  render: (args) => answered(args, { overall: 5, recommend: 10, comment: '社工很耐心' }),
};
/** This browser answered before: the thank-you state, no form. */
export const AnsweredBefore: Story = {
  render: (args) => {
    clearStorage();
    localStorage.setItem(
      `wushe.survey.${args.survey}.${args.subject}`,
      JSON.stringify({ token: PLANTED_TOKEN, answered: true }),
    );
    return element(args);
  },
};
/** The server already holds this token's answer (409 `already_responded`): thanked the same way. */
export const AnsweredOnServer: Story = {
  args: { subject: DemoIds.smallSurveySubject },
  render: (args) => {
    const el = answered(
      args,
      { overall: 5, recommend: 9 },
      { client: clientFor(args, { recording: surveyAnswered }) },
    );
    localStorage.setItem(
      `wushe.survey.${args.survey}.${args.subject}`,
      JSON.stringify({ token: PLANTED_TOKEN, answered: false }),
    );
    return el;
  },
};
export const Closed: Story = {
  render: (args) => {
    clearStorage();
    return element(args, clientFor(args, { edit: (survey) => (survey.open = false) }));
  },
};
export const NotFound: Story = {
  args: { survey: 'svy_doesNotExist' },
  render: (args) => {
    clearStorage();
    return element(args, clientFor(args, { recording: surveyAnswered }));
  },
};
export const Misconfigured: Story = {
  render: () => html`<wushe-survey survey=${DemoIds.survey}></wushe-survey>`,
};
export const Loading: Story = { args: { network: 'loading' } };
export const LoadError: Story = { name: 'Error', args: { network: 'error' } };
export const Offline: Story = { args: { network: 'offline' } };
export const Elder: Story = { args: { elder: true } };
export const ElderFollowUp: Story = {
  args: { elder: true },
  render: (args) => answered(args, { overall: 1 }, { send: false }),
};
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkErrors: Story = {
  args: { theme: 'dark' },
  render: (args) => answered(args, { overall: 2 }),
};
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
