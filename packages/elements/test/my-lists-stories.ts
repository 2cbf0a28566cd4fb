// What the stories of <wushe-my-needs> and <wushe-my-donations> share: the controls, the widget on
// a recording of the real server (signed in as the recording's resident, or not), and a play that
// waits for a part and clicks it.
import type { ArgTypes } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { createReplayClient, type Recording, type TransportState } from '@wushe/sdk/fixtures';
import { NETWORK_STATES } from './story-clients.js';
import {
  clearResidentSession,
  residentScope,
  setResidentSession,
  type StoredResidentSession,
} from '../src/internal/resident-session.js';

export interface ListArgs {
  network: TransportState;
  signedIn: boolean;
  lang: string;
  theme: string;
  elder: boolean;
}

export const LIST_ARGS: ListArgs = {
  network: 'normal',
  signedIn: true,
  lang: 'zh-CN',
  theme: 'light',
  elder: false,
};

export const LIST_ARG_TYPES: Partial<ArgTypes<ListArgs>> = {
  network: { control: 'select', options: NETWORK_STATES },
  lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark'] },
};

/** The session the recording's sign-in gave (its token is what the replayed reads carry). */
function recordedSession(recording: Recording): StoredResidentSession {
  const exchange = recording.exchanges.find(
    (each) => each.request.method === 'POST' && each.request.url === '/v1/residents/sessions',
  );
  if (!exchange) throw new Error(`${recording.scenario}: no recorded sign-in`);
  return exchange.response.body as StoredResidentSession;
}

/** `tag` on `recording`, in the network state asked for, signed in as its resident or not. */
export function listOnRecording(
  tag: 'wushe-my-needs' | 'wushe-my-donations',
  args: ListArgs,
  recording: Recording,
): HTMLElement {
  const failing = args.network === 'error' || args.network === 'offline';
  const client = createReplayClient(recording, {
    state: args.network,
    ...(failing ? { maxRetries: 0 } : {}),
  });
  const scope = residentScope(client.requester);
  if (args.signedIn) setResidentSession(scope, recordedSession(recording));
  else clearResidentSession(scope);
  const widget = Object.assign(document.createElement(tag), { client });
  widget.setAttribute('lang', args.lang);
  widget.setAttribute('theme', args.theme);
  widget.toggleAttribute('elder', args.elder);
  return widget;
}

/** A play that waits for `selector` inside the story's widget and clicks it. */
export const clicks =
  (tag: string, selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const inside = () =>
      canvasElement.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(selector);
    await waitFor(() => expect(inside()).toBeTruthy(), { timeout: 5_000 });
    inside()!.click();
  };
