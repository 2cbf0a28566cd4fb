import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { waitFor } from 'storybook/test';
import type { WusheClient } from '@wushe/sdk';
import { createFixtureClient, FixtureScenario } from '@wushe/sdk/fixtures';
import { writesNeverAnswer } from '../../../test/story-clients.js';
import './needs-list.js';

interface Args {
  scenario: FixtureScenario;
  lang: string;
  theme: string;
  elder: boolean;
  kind: string;
  category: string;
  status: string;
  q: string;
  paging: string;
  /** A client of the story's own (the submitting stories'); else the scenario's fixture client. */
  client?: WusheClient;
}

const meta: Meta<Args> = {
  title: 'Widgets/Needs list',
  component: 'wushe-needs-list',
  args: {
    scenario: FixtureScenario.normal,
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
    scenario: { control: 'select', options: Object.values(FixtureScenario) },
    lang: { control: 'select', options: ['zh-CN', 'zh-HK', 'en'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
    paging: { control: 'inline-radio', options: ['auto', 'button'] },
  },
  render: (args) =>
    html`<wushe-needs-list
      community="440113104001"
      lang=${args.lang}
      theme=${args.theme || 'light'}
      kind=${args.kind || nothing}
      category=${args.category || nothing}
      status=${args.status || nothing}
      q=${args.q || nothing}
      paging=${args.paging}
      ?elder=${args.elder}
      .client=${args.client ?? createFixtureClient({ scenario: args.scenario, maxRetries: 0 })}
    ></wushe-needs-list>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const FiltersSet: Story = {
  args: { kind: 'service', category: 'elderly_care', status: 'open' },
};
/**
 * 10,000 needs: scrolling to the end loads the next page (the "load more" button stays, for the
 * keyboard and screen readers); past 200 only the visible cards render.
 */
export const Many: Story = { args: { scenario: FixtureScenario.many } };
/** `paging="button"`: only the button loads more, so a portal's footer stays reachable. */
export const ButtonPaging: Story = {
  name: 'Paging by button only',
  args: { scenario: FixtureScenario.many, paging: 'button' },
};
export const Loading: Story = { args: { scenario: FixtureScenario.loading } };
export const Empty: Story = { args: { scenario: FixtureScenario.empty } };
export const ErrorState: Story = { name: 'Error', args: { scenario: FixtureScenario.error } };
export const Offline: Story = { args: { scenario: FixtureScenario.offline } };
/** Claim any open need: someone else claims it first, and the dialog says so. */
export const Conflict: Story = { args: { scenario: FixtureScenario.conflict } };
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
  args: { client: writesNeverAnswer() },
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
