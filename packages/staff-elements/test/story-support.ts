import { createClient, type WusheClient } from '@wushe/sdk';
import type { StoryObj } from '@storybook/web-components-vite';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { expect, waitFor } from 'storybook/test';
import {
  createReplayClient,
  DemoIds,
  type Recording,
  type TransportState,
} from '@wushe/sdk/fixtures';

/**
 * A client whose server refuses everything with `status` and the contract's error `code`: the
 * forbidden (403) and signed-out (401) states, which the demo data has no account to record.
 */
export function refusingClient(
  status: 403 | 401,
  code: 'forbidden' | 'session_expired',
): WusheClient {
  const refuse = () =>
    Promise.resolve(
      new Response(JSON.stringify({ error: { code, message: code, requestId: 'req_story' } }), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  return createClient({ baseUrl: 'https://fixtures.wushe.invalid', fetch: refuse });
}

/** A story's check: `selector` shows in the shadow root of the story's `tag`. */
export const reaches =
  (tag: string, selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(
      () =>
        expect(
          canvasElement.querySelector(tag)?.shadowRoot?.querySelector(selector),
        ).not.toBeNull(),
      { timeout: 5_000 },
    );
  };

/** The shadow root of the story's `tag`. */
export const rootOf = (canvas: HTMLElement, tag: string): ShadowRoot =>
  canvas.querySelector(tag)!.shadowRoot!;

/**
 * A client whose every answer is `status` with `body`: for a state the demo data cannot record
 * (a list that is empty).
 */
export const answering = (status: number, body: unknown): WusheClient =>
  createClient({
    baseUrl: 'https://fixtures.wushe.invalid',
    maxRetries: 0,
    fetch: () =>
      Promise.resolve(
        new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
  });

/**
 * A client answering each path with its body (200): for a state the demo data cannot record when
 * a widget asks several routes (no organization, beside the recorded divisions).
 */
export const answeringPaths = (bodies: Readonly<Record<string, unknown>>): WusheClient =>
  createClient({
    baseUrl: 'https://fixtures.wushe.invalid',
    maxRetries: 0,
    fetch: (url) => {
      const path = new URL(url instanceof Request ? url.url : url).pathname;
      return Promise.resolve(
        new Response(JSON.stringify(bodies[path] ?? null), {
          status: path in bodies ? 200 : 404,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    },
  });

/** The body the recording `recording` got for `GET path` (its first such answer). */
export function recordedBody(
  recording: {
    exchanges: readonly {
      request: { method: string; url: string };
      response: { body?: unknown };
    }[];
  },
  path: string,
): unknown {
  const exchange = recording.exchanges.find(
    (each) => each.request.method === 'GET' && each.request.url.split('?')[0] === path,
  );
  if (!exchange) throw new Error(`the recording has no GET ${path}`);
  return exchange.response.body;
}

/** Waits until `selector` shows in the story's `tag`; its element. */
export async function shows(canvas: HTMLElement, tag: string, selector: string) {
  await reaches(tag, selector)({ canvasElement: canvas });
  return rootOf(canvas, tag).querySelector<HTMLElement>(selector)!;
}

/** The arguments every staff widget's stories share for its states. */
interface StateArgs {
  network: TransportState;
}

/**
 * The stories of the states every staff widget shows the same way: loading, error, offline from
 * the replay client's `network`, forbidden (403) and signed-out (401) from a refusing client that
 * `refusedWith` turns into the story's arguments. Each stories file re-exports them by name, so
 * the story ids stay as they were.
 */
export function stateStories<A extends StateArgs>(
  tag: string,
  refusedWith: (refusing: () => WusheClient) => Partial<A>,
) {
  const networkArgs = (network: TransportState) => ({ network }) as Partial<A>;
  const refused = (status: 403 | 401, code: 'forbidden' | 'session_expired') =>
    refusedWith(() => refusingClient(status, code));
  return {
    loading: { args: networkArgs('loading') },
    error: { args: networkArgs('error'), play: reaches(tag, '[part="state-error"]') },
    offline: { args: networkArgs('offline'), play: reaches(tag, '[part="state-offline"]') },
    forbidden: {
      args: refused(403, 'forbidden'),
      play: reaches(tag, '[part="state-forbidden"]'),
    },
    signedOut: {
      args: refused(401, 'session_expired'),
      play: reaches(tag, '[part="state-signed-out"]'),
    },
  } satisfies Record<string, StoryObj<A>>;
}

/** What every staff widget's stories start from: the network normal, zh-CN, light, not elder. */
export const staffArgs = {
  network: 'normal',
  lang: 'zh-CN',
  theme: 'light',
  elder: false,
} as const;

const networkControl = {
  control: 'select',
  options: ['normal', 'slow', 'loading', 'error', 'offline'],
} as const;
const lookControls = {
  lang: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark'] },
} as const;

/** The controls of `staffArgs`. */
export const staffArgTypes = { network: networkControl, ...lookControls } as const;

/** The controls of `staffArgs` and of a division: the demo's community, or one with no data. */
export const divisionArgTypes = {
  network: networkControl,
  division: { control: 'select', options: [DemoIds.community, DemoIds.emptyCommunity] },
  ...lookControls,
} as const;

/** The arguments of a staff widget that works in a division: its look, the network, a client. */
export interface DivisionStoryArgs extends StateArgs {
  division: string;
  lang: string;
  theme: string;
  elder: boolean;
  /** A client of the story's own (a refusal, an empty list); else the recording answers. */
  client?: () => WusheClient;
}

/**
 * How a division's staff widget `tag` renders in its stories: in the story's division and look,
 * answering from `recording` (what the real server answered) unless the story brings a client.
 */
export function divisionView(tag: string, recording: Recording) {
  const element = unsafeStatic(tag);
  return (args: DivisionStoryArgs) =>
    staticHtml`<${element}
      division=${args.division}
      lang=${args.lang}
      theme=${args.theme}
      ?elder=${args.elder}
      .client=${
        args.client?.() ?? createReplayClient(recording, { state: args.network, maxRetries: 0 })
      }
    ></${element}>`;
}

/**
 * The stories every list shows the same way once `ready` shows in `tag`: as recorded, in the
 * elder size, dark, in zh-HK and in en. Each stories file re-exports them by name (and keeps the
 * `name` of the language stories in its own literal, where Storybook's index reads it).
 */
export function lookStories<A extends DivisionStoryArgs>(tag: string, ready: string) {
  const play = reaches(tag, ready);
  return {
    recorded: { play },
    elder: { args: { elder: true } as Partial<A>, play },
    dark: { args: { theme: 'dark' } as Partial<A>, play },
    traditionalChinese: { args: { lang: 'zh-HK' } as Partial<A>, play },
    english: { args: { lang: 'en' } as Partial<A>, play },
  } satisfies Record<string, StoryObj<A>>;
}
