import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { waitFor } from 'storybook/test';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type TransportState } from '@wushe/sdk/fixtures';
import needsConflict from '@wushe/sdk/recordings/needs-conflict.json' with { type: 'json' };
import needsEmpty from '@wushe/sdk/recordings/needs-empty.json' with { type: 'json' };
import needsList from '@wushe/sdk/recordings/needs-list.json' with { type: 'json' };
import needsMany from '@wushe/sdk/recordings/needs-many.json' with { type: 'json' };
import { NETWORK_STATES } from '../../../test/story-clients.js';
import './needs-list.js';

/** The recordings of the real server a story can show, and the community each is about. */
const DATA = {
  normal: { recording: needsList, community: DemoIds.community },
  empty: { recording: needsEmpty, community: DemoIds.emptyCommunity },
  many: { recording: needsMany, community: DemoIds.manyCommunity },
  conflict: { recording: needsConflict, community: DemoIds.community },
};

interface Args {
  data: keyof typeof DATA;
  network: TransportState;
  lang: string;
  theme: string;
  elder: boolean;
  kind: string;
  category: string;
  status: string;
  q: string;
  paging: string;
  /** A client of the story's own (the submitting stories'); else the recording's. */
  client?: WusheClient;
}

const meta: Meta<Args> = {
  title: 'Widgets/Needs list',
  component: 'wushe-needs-list',
  args: {
    data: 'normal',
    network: 'normal',
    lang: 'zh-CN',
    theme: '',
    elder: false,
    kind: '',
    category: '',
    status: '',
    q: '',
    paging: 'auto',
  },
  argTypes: {
    data: { control: 'select', options: Object.keys(DATA) },
    network: { control: 'select', options: NETWORK_STATES },
    lang: { control: 'select', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
    paging: { control: 'inline-radio', options: ['auto', 'button'] },
  },
  render: (args) =>
    html`<wushe-needs-list
      community=${DATA[args.data].community}
      lang=${args.lang}
      theme=${args.theme || 'light'}
      kind=${args.kind || nothing}
      category=${args.category || nothing}
      status=${args.status || nothing}
      q=${args.q || nothing}
      paging=${args.paging}
      ?elder=${args.elder}
      .client=${
        args.client ??
        createReplayClient(DATA[args.data].recording, { state: args.network, maxRetries: 0 })
      }
    ></wushe-needs-list>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const FiltersSet: Story = {
  args: { kind: 'service', category: 'elderly_care', status: 'open' },
};
/**
 * 230 needs, recorded page by page: scrolling to the end loads the next page (the "load more" button stays, for the
 * keyboard and screen readers); past 200 only the visible cards render.
 */
export const Many: Story = { args: { data: 'many' } };
/** `paging="button"`: only the button loads more, so a portal's footer stays reachable. */
export const ButtonPaging: Story = {
  name: 'Paging by button only',
  args: { data: 'many', paging: 'button' },
};
export const Loading: Story = { args: { network: 'loading' } };
export const Empty: Story = { args: { data: 'empty' } };
export const ErrorState: Story = { name: 'Error', args: { network: 'error' } };
export const Offline: Story = { args: { network: 'offline' } };
/** Claim the first open need: someone else claimed it just before, and the dialog says so. */
export const Conflict: Story = { args: { data: 'conflict' } };
/** Waits for `selector` inside the list's shadow root (the dialogs load on first open). */
function found<T extends Element>(list: Element, selector: string): Promise<T> {
  return waitFor(
    () => {
      const match = list.shadowRoot?.querySelector<T>(selector);
      if (!match) throw new Error(`not yet: ${selector}`);
      return match;
    },
    { timeout: 5000 },
  );
}

/** Claims the first open need, as a resident would: the dialog's values, consent, 认领. */
async function claimFirstOpen({ canvasElement }: { canvasElement: HTMLElement }) {
  const list = canvasElement.querySelector('wushe-needs-list')!;
  (await found<HTMLButtonElement>(list, '[part=claim-button]')).click();
  for (const [id, value] of [
    ['#claim-name', '陈小明'],
    ['#claim-mobile', '13900001111'],
  ] as const) {
    const input = await found<HTMLInputElement>(list, `dialog.claim[open] ${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  (await found<HTMLInputElement>(list, '#claim-consent')).click();
  (await found<HTMLButtonElement>(list, 'dialog.claim button[type=submit]')).click();
  return list;
}
/** The claim is on its way: the dialog's button says so and cannot be pressed twice. */
export const ClaimSubmitting: Story = {
  name: 'Claim: submitting',
  args: { client: createReplayClient(needsList, { writes: 'loading' }) },
  play: async (context) => {
    const list = await claimFirstOpen(context);
    await found(list, 'dialog.claim[open] button[type=submit][disabled]');
  },
};
/** The claim went through: the dialog closes and the card shows 已认领, announced politely. */
export const ClaimSuccess: Story = {
  name: 'Claim: success',
  play: async (context) => {
    const list = await claimFirstOpen(context);
    await waitFor(() => {
      if (list.shadowRoot?.querySelector('dialog.claim[open]')) throw new Error('still open');
    });
  },
};
export const Elder: Story = { args: { elder: true } };
export const Dark: Story = { args: { theme: 'dark' } };
export const TraditionalChinese: Story = { name: 'zh-HK', args: { lang: 'zh-HK' } };
export const English: Story = { name: 'en', args: { lang: 'en' } };
