import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DemoIds } from '@wushe/sdk/fixtures';
import callDesk from '@wushe/sdk/recordings/staff-call-desk.json' with { type: 'json' };
import { defineElement } from '@wushe/elements/foundation.js';
import {
  answeringPaths,
  divisionArgTypes,
  divisionView,
  lookStories,
  reaches,
  recordedBody,
  shows,
  staffArgs,
  stateStories,
  type DivisionStoryArgs,
} from '../../../test/story-support.js';
import { WusheCallDesk } from './call-desk.component.js';

// Defined here rather than by `import './call-desk.js'` (see the sign-in's stories).
defineElement('wushe-call-desk', WusheCallDesk);

const TAG = 'wushe-call-desk';

type Args = DivisionStoryArgs;

/** 南村镇's calls as the real server answered them (recording `staff-call-desk`). */
const view = divisionView(TAG, callDesk);

const meta: Meta<Args> = {
  title: 'Staff widgets/Call desk',
  component: 'wushe-call-desk',
  args: { ...staffArgs, division: DemoIds.street },
  argTypes: divisionArgTypes,
  render: view,
};
export default meta;

type Story = StoryObj<Args>;

const look = lookStories<Args>(TAG, '[part="item"]');

const states = stateStories<Args>(TAG, (refusing) => ({ client: refusing }));

/** Shows the page of the call `id` of the list. */
const pageOf = (id: string) => async (canvasElement: HTMLElement) => {
  (await shows(canvasElement, TAG, `[part="item"][data-id="${id}"] [part="view"]`)).click();
  await shows(canvasElement, TAG, '[part="call-page"]');
};

/** 南村镇's calls, open and closed, newest first. */
export const List: Story = look.recorded;
/** No call opened here yet: the list says so, and a call can be opened. */
export const Empty: Story = {
  args: {
    client: () =>
      answeringPaths({
        '/v1/calls': { data: [], nextCursor: null },
        '/v1/divisions': recordedBody(callDesk, '/v1/divisions'),
      }),
  },
  play: reaches(TAG, '[part="state-empty"]'),
};
export const Loading: Story = states.loading;
export const LoadError: Story = { ...states.error, name: 'Error' };
export const Offline: Story = states.offline;
export const Forbidden: Story = states.forbidden;
export const SignedOut: Story = states.signedOut;
/** The new call's form: the example rubric, the default blend, the street opening it. */
export const Opening: Story = {
  play: async ({ canvasElement }) => {
    (await shows(canvasElement, TAG, '[part="create"]')).click();
    await shows(canvasElement, TAG, '[part="open-form"]');
  },
};
/** The form sent empty: each field the contract refuses says so, in place. */
export const RefusedFields: Story = {
  play: async ({ canvasElement }) => {
    (await shows(canvasElement, TAG, '[part="create"]')).click();
    (await shows(canvasElement, TAG, '[part="open-call"]')).click();
    await shows(canvasElement, TAG, '[part="field-error"]');
  },
};
/** The open call's page: its proposals, the votes hidden, and closing it. */
export const OpenCall: Story = {
  play: async ({ canvasElement }) => {
    await pageOf('call_pyMicroVenture2026')(canvasElement);
    await shows(canvasElement, TAG, '[part="votes-hidden"]');
  },
};
/** Closing asks first, in place. */
export const Closing: Story = {
  play: async ({ canvasElement }) => {
    await pageOf('call_pyMicroVenture2026')(canvasElement);
    (await shows(canvasElement, TAG, '[part="close"]')).click();
    await shows(canvasElement, TAG, '[part="confirm-close"]');
  },
};
/** The closed call's ranking as the server stored it; its winner a project to pay, the rest to approve. */
export const Ranking: Story = {
  play: async ({ canvasElement }) => {
    await pageOf('call_pyVenture2026')(canvasElement);
    await shows(canvasElement, TAG, '[part="result"]');
  },
};
export const Elder: Story = look.elder;
export const Dark: Story = look.dark;
export const TraditionalChinese: Story = { ...look.traditionalChinese, name: 'zh-HK' };
export const English: Story = { ...look.english, name: 'en' };
