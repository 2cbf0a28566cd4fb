import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  createReplayClient,
  DemoIds,
  type Recording,
  type TransportState,
} from '@wushe/sdk/fixtures';
import projects from '@wushe/sdk/recordings/projects.json' with { type: 'json' };
import refused from '@wushe/sdk/recordings/projects-vote-refused.json' with { type: 'json' };
import { NETWORK_STATES } from '../../../test/story-clients.js';
import { defineElement } from '../../internal/define.js';
import { callBallot } from '../../internal/respondent.js';
import { WusheProjects } from './projects.component.js';

// Defined here rather than by `import './projects.js'`: the package's `sideEffects` lists only
// dist/, so Storybook's bundler would drop that import, and the element's definition with it.
defineElement('wushe-projects', WusheProjects);

interface Args {
  network: TransportState;
  division: string;
  kind: string;
  status: string;
  project: string;
  lang: string;
  theme: string;
  elder: boolean;
}

interface Options {
  readonly recording?: Recording;
  /** Whether this browser voted (the token the server holds): `undefined` for no ballot yet. */
  readonly ballot?: boolean;
  readonly writes?: TransportState;
}

/** This browser's ballot in the open call: none, or one the stories plant. */
function plantBallot(answered: boolean | undefined): void {
  const key = callBallot(DemoIds.openCall);
  localStorage.removeItem(key);
  if (answered === undefined) return;
  // The token of the recording `projects-vote-refused`: the server holds its vote already.
  const token = 'recordedVoter000000000002';
  localStorage.setItem(key, JSON.stringify({ token, answered }));
}

/**
 * Projects and calls as the real server answered them (a recording), in a network state; `writes`
 * is the state of the votes.
 */
const view = (args: Args, { recording = projects, ballot, writes }: Options = {}) => {
  plantBallot(ballot);
  return html`<wushe-projects
    division=${args.division}
    kind=${args.kind || undefined}
    status=${args.status || undefined}
    project=${args.project || undefined}
    lang=${args.lang}
    theme=${args.theme}
    ?elder=${args.elder}
    .client=${createReplayClient(recording, {
      state: args.network,
      ...(writes ? { writes, maxRetries: 0 } : {}),
    })}
  ></wushe-projects>`;
};

const meta: Meta<Args> = {
  title: 'Widgets/Projects',
  component: 'wushe-projects',
  args: {
    network: 'normal',
    division: DemoIds.community,
    kind: '',
    status: '',
    project: '',
    lang: 'zh-CN',
    theme: 'light',
    elder: false,
  },
  argTypes: {
    network: { control: 'select', options: NETWORK_STATES },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => view(args),
};
export default meta;

type Story = StoryObj<Args>;

/** 锦绣香江社区's projects, 南村镇's open call with its vote, and the last call's ranking. */
export const Community: Story = {};
/** A completed project: money raised and used, its progress, and residents' satisfaction. */
export const CompletedProject: Story = { args: { project: DemoIds.completedProject } };
/** A project in progress, paid by the government (no fundraising). */
export const ProjectInProgress: Story = { args: { project: DemoIds.surveySubject } };
/** A proposed project without any public update yet. */
export const ProjectProposed: Story = { args: { project: 'prj_jxCourtyardGarden' } };
export const ProjectNotFound: Story = { args: { project: 'prj_doesNotExist' } };
/** This browser voted in the open call before: no vote buttons, counts still hidden. */
export const VotedBefore: Story = { render: (args) => view(args, { ballot: true }) };
/**
 * The browser forgot that it voted but kept its token: press any vote button, and the server's
 * refusal (409 `already_voted`) is shown as an alert.
 */
export const SecondVoteRefused: Story = {
  render: (args) => view(args, { recording: refused, ballot: false }),
};
/** Voting while offline: the vote is not recorded and may be sent again. */
export const VoteOffline: Story = { render: (args) => view(args, { writes: 'offline' }) };
export const ByKind: Story = { args: { kind: 'micro_venture' } };
/** No project matches. */
export const Empty: Story = { args: { status: 'rejected' } };
export const Loading: Story = { args: { network: 'loading' } };
export const LoadError: Story = { name: 'Error', args: { network: 'error' } };
export const Offline: Story = { args: { network: 'offline' } };
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
