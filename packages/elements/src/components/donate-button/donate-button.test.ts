import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@wushe/sdk';
import { createReplayClient, DemoIds } from '@wushe/sdk/fixtures';
import funds from '@wushe/sdk/recordings/funds.json' with { type: 'json' };
import { realServer } from '../../../test/real-server.js';
import '../provider/provider.js';
import './donate-button.js';
import type { WusheDonateButton } from './donate-button.js';
import type { WusheDonation } from '../donation/donation.js';
import { until } from '../../../test/dom.js';

/** The focused element, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const inner = (el: WusheDonateButton) => el.shadowRoot!.querySelector('button')!;
const dialogOf = (el: WusheDonateButton) => el.shadowRoot!.querySelector('dialog')!;
const hasDialog = (el: WusheDonateButton) => el.shadowRoot!.querySelector('dialog') !== null;
const widgetOf = (el: WusheDonateButton) =>
  dialogOf(el).querySelector<WusheDonation>('wushe-donation')!;

/** Whether `node` is inside the dialog, across the shadow roots on the way. */
function insideDialog(el: WusheDonateButton, node: Node | null): boolean {
  const dialog = dialogOf(el);
  let at = node;
  while (at) {
    if (at === dialog) return true;
    at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
  }
  return false;
}

/** Opens the dialog and waits for its widget's form. */
async function open(el: WusheDonateButton) {
  inner(el).click();
  await until(() => hasDialog(el) && dialogOf(el).open, 'the dialog');
  const widget = widgetOf(el);
  await until(() => widget.shadowRoot?.querySelector('form') != null, 'the form');
  await widget.updateComplete;
  return widget;
}

describe('<wushe-donate-button>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible', async () => {
    const el = await fixture<WusheDonateButton>(
      html`<wushe-donate-button fund=${DemoIds.directFund}></wushe-donate-button>`,
    );
    await expect(el).to.be.accessible();
  });

  it('loads the donation widget only when clicked', async () => {
    const el = await fixture<WusheDonateButton>(
      html`<wushe-donate-button
        fund=${DemoIds.directFund}
        .client=${createReplayClient(funds)}
      ></wushe-donate-button>`,
    );
    expect(inner(el).textContent.trim()).to.equal('我要捐款');
    expect(inner(el).getAttribute('aria-haspopup')).to.equal('dialog');
    expect(customElements.get('wushe-donation')).to.equal(undefined);
    expect(hasDialog(el)).to.equal(false);
    const widget = await open(el);
    expect(customElements.get('wushe-donation')).to.not.equal(undefined);
    expect(widget.fund).to.equal(DemoIds.directFund);
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    expect(dialogOf(el).getAttribute('aria-label')).to.equal('向社区基金捐款');
    await expect(el).to.be.accessible();
  });

  it('is not clipped by a host with overflow:hidden and transform, and traps and returns focus', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div class="host">
        <p><a href="#before">before</a></p>
        <div class="clip">
          <wushe-donate-button fund=${DemoIds.directFund} .client=${createReplayClient(funds)}>
            为长者捐一份爱心
          </wushe-donate-button>
        </div>
        <p><a href="#after">after</a></p>
      </div>`,
    );
    const clip = host.querySelector<HTMLElement>('.clip')!;
    // Set through the CSSOM: what a host page's stylesheet would do.
    Object.assign(clip.style, {
      overflow: 'hidden',
      transform: 'scale(1)',
      width: '120px',
      height: '60px',
      position: 'relative',
      zIndex: '0',
    });
    const el = host.querySelector<WusheDonateButton>('wushe-donate-button')!;
    await el.updateComplete;
    const label = el.shadowRoot!.querySelector('slot')!.assignedNodes({ flatten: true });
    expect(
      label
        .map((node) => node.textContent)
        .join('')
        .trim(),
    ).to.equal('为长者捐一份爱心');
    inner(el).focus();
    await open(el);

    // The dialog is on top of everything and far larger than the clipping host.
    const box = dialogOf(el).getBoundingClientRect();
    expect(box.width).to.be.greaterThan(300);
    expect(box.height).to.be.greaterThan(200);
    let hit: Element | null = document.elementFromPoint(box.x + box.width / 2, box.y + 40);
    while (hit?.shadowRoot) {
      const deeper = hit.shadowRoot.elementFromPoint(box.x + box.width / 2, box.y + 40);
      if (!deeper || deeper === hit) break;
      hit = deeper;
    }
    expect(insideDialog(el, hit)).to.equal(true);

    // Focus starts inside and stays inside, both ways round.
    expect(insideDialog(el, deepActive())).to.equal(true);
    const first = deepActive();
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      expect(insideDialog(el, deepActive()), `Tab ${i + 1}`).to.equal(true);
      if (deepActive() === first) break;
    }
    expect(deepActive() === first, 'Tab wraps round to the first control').to.equal(true);
    await sendKeys({ press: 'Shift+Tab' });
    expect(insideDialog(el, deepActive())).to.equal(true);
    expect(deepActive() === first).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(deepActive() === first).to.equal(true);

    // Esc closes it and focus returns to the button.
    await sendKeys({ press: 'Escape' });
    await until(() => !dialogOf(el).open, 'the dialog to close');
    expect(deepActive() === inner(el)).to.equal(true);

    // Reopened, the close button closes it too, and the widget kept its state.
    const widget = await open(el);
    widget.giving!.form.set('name', '区婉华');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=close]')!.click();
    await until(() => !dialogOf(el).open, 'the dialog to close');
    expect(deepActive() === inner(el)).to.equal(true);
    await open(el);
    expect(widgetOf(el).giving!.form.values.name).to.equal('区婉华');
  });

  it('takes a donation with the keyboard alone, and its events reach the page', async () => {
    // The real server of the test run takes the donation: what it answers is what was chosen.
    const { apiBase, publishableKey } = await realServer();
    const el = await fixture<WusheDonateButton>(
      html`<wushe-donate-button
        fund=${DemoIds.directFund}
        channels="offline"
        .client=${createClient({ baseUrl: apiBase, publishableKey })}
      ></wushe-donate-button>`,
    );
    const created = oneEvent(el, 'wushe-donation-created');
    for (let i = 0; i < 10 && deepActive() !== inner(el); i++) await sendKeys({ press: 'Tab' });
    expect(deepActive() === inner(el)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => hasDialog(el) && dialogOf(el).open, 'the dialog');
    const widget = widgetOf(el);
    await until(() => widget.shadowRoot?.querySelector('form') != null, 'the form');
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 40 && !deepActive()?.matches(selector); i++) {
        await sendKeys({ press: 'Tab' });
      }
      expect(deepActive()?.matches(selector), selector).to.equal(true);
    };
    await tabTo('input[name=choice]');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await tabTo('#anonymous');
    await sendKeys({ press: 'Space' });
    await tabTo('#consent');
    await sendKeys({ press: 'Space' });
    await tabTo('button[type=submit]');
    await sendKeys({ press: 'Enter' });
    const { detail } = await created;
    expect(detail.donation).to.include({ amountFen: 10_000, donorName: '匿名' });
    await widget.updateComplete;
    expect(deepActive()?.matches('.payment h3')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('takes its configuration and language from a <wushe-provider>', async () => {
    const provider = await fixture(
      html`<wushe-provider lang="en" .client=${createReplayClient(funds)}>
        <wushe-donate-button fund=${DemoIds.platformFund}></wushe-donate-button>
      </wushe-provider>`,
    );
    const el = provider.querySelector<WusheDonateButton>('wushe-donate-button')!;
    await el.updateComplete;
    expect(inner(el).textContent.trim()).to.equal('Donate');
    inner(el).click();
    await until(() => hasDialog(el) && dialogOf(el).open, 'the dialog');
    const widget = widgetOf(el);
    await until(() => widget.remote.status === 'ready', 'the fund, through the provider');
    await until(
      () =>
        widget.shadowRoot!.querySelector('[part=platform-link]')?.textContent.includes('Give on') ??
        false,
      'the platform link, in English',
    );
    expect(dialogOf(el).getAttribute('aria-label')).to.equal('Donate to a community fund');
  });

  it('is large in elder mode (适老化), and so is its dialog', async () => {
    const el = await fixture<WusheDonateButton>(
      html`<wushe-donate-button
        fund=${DemoIds.directFund}
        elder
        .client=${createReplayClient(funds)}
      ></wushe-donate-button>`,
    );
    const button = inner(el).getBoundingClientRect();
    expect(button.height).to.be.at.least(60);
    expect(parseFloat(getComputedStyle(inner(el)).fontSize)).to.be.at.least(18);
    const widget = await open(el);
    expect(widget.elder).to.equal(true);
    const submit = widget.shadowRoot!.querySelector('button[type=submit]')!;
    expect(submit.getBoundingClientRect().height).to.be.at.least(60);
    const close = el.shadowRoot!.querySelector('[part=close]')!;
    expect(close.getBoundingClientRect().height).to.be.at.least(60);
    await expect(el).to.be.accessible();
  });
});
