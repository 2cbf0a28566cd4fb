import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type WusheClient } from '@wushe/sdk';
import type { CreateDonationResponse, Donation } from '@wushe/schema';
import { realServer, staff } from '../../../test/real-server.js';
import './donation.js';
import type { WusheDonation } from './donation.js';
import { until } from '../../../test/dom.js';

/* Where money moves, against the real server (PGlite, demo seed of 番禺区, shared by every file). */

/** The demo seed's funds (packages/server/src/seed/demo/funds.ts): one per state a widget shows. */
const FUND = {
  direct: 'fund_Nc4Ps8Yd2M',
  platform: 'fund_pyNancunPlatform',
  undisclosed: 'fund_pyXianfengDraft',
} as const;

const wait = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

const $ = (el: WusheDonation, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const exists = (el: WusheDonation, selector: string) =>
  el.shadowRoot!.querySelector(selector) !== null;
const text = (el: WusheDonation, selector: string) => $(el, selector).textContent.trim();

/** Every `POST /v1/donations` a client sent, with its key and the donation the server made. */
interface Sent {
  readonly key: string;
  readonly donationId: string | undefined;
  readonly replayed: boolean;
}

/**
 * A client on the real server whose `fetch` records each donation request and, while `lost` is
 * set, performs it and then throws as a dropped connection does: the server did the work, the
 * answer never arrived.
 */
async function recordingClient(options: { maxRetries?: number } = {}) {
  const { apiBase, publishableKey } = await realServer();
  const sent: Sent[] = [];
  const state = { lost: false };
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = input instanceof Request ? input.url : input.toString();
    if (init?.method === 'POST' && url.endsWith('/v1/donations')) {
      const body = (await response.clone().json()) as Partial<CreateDonationResponse>;
      sent.push({
        key: new Headers(init.headers).get('Idempotency-Key') ?? '',
        donationId: body.donation?.id,
        replayed: response.headers.get('Idempotent-Replayed') === 'true',
      });
      if (state.lost) throw new TypeError('Failed to fetch');
    }
    return response;
  };
  const client = createClient({ baseUrl: apiBase, publishableKey, fetch: recording, ...options });
  return { client, sent, state, apiBase };
}

async function mount(fund: string, client: WusheClient, channels = 'offline') {
  const el = await fixture<WusheDonation>(
    html`<wushe-donation fund=${fund} channels=${channels} .client=${client}></wushe-donation>`,
  );
  await until(() => el.remote.status === 'ready', 'the fund');
  if (el.remote.value!.mode === 'direct' && el.remote.value!.disclosure) {
    await until(() => exists(el, 'form'), 'the form');
  }
  await el.updateComplete;
  return el;
}

/** Fills the form as a program would; the keyboard test does it by keys. */
async function fillForm(el: WusheDonation, yuan: string, name = '陈小明') {
  const form = el.giving!.form;
  form.set('choice', 'other');
  form.set('other', yuan);
  form.set('name', name);
  form.set('consent', true);
  await el.updateComplete;
}

const submit = (el: WusheDonation) => $(el, 'button[type=submit]').click();

/** A random amount in yuan with fen, so this test's donation is told apart from any other. */
const amount = () =>
  `${100 + Math.floor(Math.random() * 800)}.${10 + Math.floor(Math.random() * 89)}`;

describe('<wushe-donation> against the real server', () => {
  before(async function () {
    // The first test of the run starts the server (PGlite: a few seconds).
    this.timeout(60_000);
    await realServer();
  });
  beforeEach(() => sessionStorage.clear());

  it('is accessible, on a real fund', async () => {
    const { client } = await recordingClient();
    const el = await mount(FUND.direct, client);
    await expect(el).to.be.accessible();
  });

  it('can be given with the keyboard alone, and thanks the donor once staff confirm it', async () => {
    const { client } = await recordingClient();
    const el = await mount(FUND.direct, client);
    const created = oneEvent(el, 'wushe-donation-created');
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 40 && !el.shadowRoot!.activeElement?.matches(selector); i++) {
        await sendKeys({ press: 'Tab' });
      }
      expect(el.shadowRoot!.activeElement?.matches(selector), selector).to.equal(true);
    };
    await tabTo('input[name=choice]');
    // Arrow keys choose within the radio group: ¥20, then ¥50.
    await sendKeys({ press: 'ArrowRight' });
    await tabTo('#name');
    await sendKeys({ type: '梁淑仪' });
    await tabTo('#hideName');
    await sendKeys({ press: 'Space' });
    await tabTo('#consent');
    await sendKeys({ press: 'Space' });
    await tabTo('button[type=submit]');
    expect(text(el, 'button[type=submit]')).to.equal('确认捐赠 ¥50');
    await sendKeys({ press: 'Enter' });

    const { detail } = await created;
    expect(detail.donation).to.include({ amountFen: 5_000, status: 'pending', donorName: '匿名' });
    expect(detail.payment.channel).to.equal('offline');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.matches('.payment h3')).to.equal(true);
    expect(text(el, '.payment .reference')).to.equal(detail.payment.reference);
    expect(detail.payment.reference).to.match(/^WS\d{8}[2-9A-Z]{10}$/);
    await expect(el).to.be.accessible();

    // The money arrives; staff confirm it; the open page learns it over the live stream.
    const succeeded = oneEvent(el, 'wushe-donation-succeeded');
    const confirmed = await staff('POST', `/v1/donations/${detail.donation.id}/confirm`, {});
    expect(confirmed.status).to.equal(200);
    expect((await succeeded).detail).to.include({ id: detail.donation.id, status: 'succeeded' });
    await el.updateComplete;
    expect(text(el, '.success h3')).to.contain('捐赠成功');
    await expect(el).to.be.accessible();
  });

  it('makes one donation of a double click', async () => {
    const { client, sent } = await recordingClient();
    const el = await mount(FUND.direct, client);
    await fillForm(el, amount());
    let events = 0;
    el.addEventListener('wushe-donation-created', () => (events += 1));
    submit(el);
    submit(el);
    await until(() => el.giving!.created !== undefined, 'the donation');
    await wait(300);
    expect(events).to.equal(1);
    expect(new Set(sent.map((each) => each.donationId)).size).to.equal(1);
    expect(sent[0]!.donationId).to.equal(el.giving!.created!.donation.id);
  });

  it('makes one donation when the answer is lost and the resident retries', async () => {
    const { client, sent, state } = await recordingClient();
    const el = await mount(FUND.direct, client);
    const yuan = amount();
    await fillForm(el, yuan);
    const failed = oneEvent(el, 'wushe-donation-failed');
    state.lost = true;
    submit(el);
    expect((await failed).detail.code).to.equal('connection_failed');
    await el.updateComplete;
    // The SDK retried by itself (same key, replayed); every answer was lost.
    expect(sent.length).to.be.greaterThan(1);
    expect(text(el, '[part=alert]')).to.contain('网络已断开');
    expect(text(el, '.notice')).to.contain('不会重复捐赠');
    expect(el.giving!.form.values.other).to.equal(yuan);
    await expect(el).to.be.accessible();

    // The network is back; the resident presses the button again.
    state.lost = false;
    const created = oneEvent(el, 'wushe-donation-created');
    submit(el);
    const { detail } = await created;
    expect(new Set(sent.map((each) => each.key)).size).to.equal(1);
    expect(new Set(sent.map((each) => each.donationId))).to.deep.equal(
      new Set([detail.donation.id]),
    );
    expect(sent.at(-1)!.replayed).to.equal(true);
    const stored = await staff<Donation>('GET', `/v1/donations/${detail.donation.id}`);
    expect(stored.body).to.include({
      status: 'pending',
      amountFen: Math.round(Number(yuan) * 100),
    });
  });

  it('sends the same key again after a reload mid-attempt', async () => {
    const first = await recordingClient({ maxRetries: 0 });
    const el = await mount(FUND.direct, first.client);
    await fillForm(el, amount(), '何国强');
    first.state.lost = true;
    const failed = oneEvent(el, 'wushe-donation-failed');
    submit(el);
    await failed;
    el.remove();

    // The page reloads: a new element, a new client, the same session.
    const second = await recordingClient();
    const again = await mount(FUND.direct, second.client);
    await until(() => exists(again, '.notice'), 'the unfinished-attempt notice');
    expect(text(again, '.notice')).to.contain('不会重复捐赠');
    expect(again.giving!.form.values.name).to.equal('何国强');
    const created = oneEvent(again, 'wushe-donation-created');
    submit(again);
    const { detail } = await created;
    expect(second.sent.map((each) => each.key)).to.deep.equal([first.sent[0]!.key]);
    expect(second.sent[0]!.replayed).to.equal(true);
    expect(detail.donation.id).to.equal(first.sent[0]!.donationId);
    // The attempt is over: a further gift is a new attempt with a new key.
    expect(sessionStorage.getItem(`wushe.donation.${FUND.direct}.attempt`)).to.equal(null);
  });

  it('shows no payment form for a platform fund, nor for a fund without disclosure', async () => {
    const { client, sent } = await recordingClient();
    const platform = await mount(FUND.platform, client);
    expect(exists(platform, 'form')).to.equal(false);
    expect(exists(platform, 'input')).to.equal(false);
    expect(($(platform, '[part=platform-link]') as HTMLAnchorElement).href).to.equal(
      platform.remote.value!.platformUrl,
    );
    await expect(platform).to.be.accessible();
    const undisclosed = await mount(FUND.undisclosed, client);
    await wait(200);
    expect(exists(undisclosed, 'form')).to.equal(false);
    expect(exists(undisclosed, 'input')).to.equal(false);
    expect(text(undisclosed, '[part=disclosure]')).to.contain('暂不接受捐赠');
    await expect(undisclosed).to.be.accessible();
    expect(sent).to.deep.equal([]);
  });

  it('moves the progress bar live when staff confirm another donation', async () => {
    const { client } = await recordingClient();
    const el = await mount(FUND.direct, client);
    const progress = $(el, 'progress') as HTMLProgressElement;
    const before = el.remote.value!.raisedFen;
    const donors = el.remote.value!.donorCount;
    await wait(300);
    // Someone else gives (through the API) and staff confirm it.
    const other = await staff<CreateDonationResponse>('POST', '/v1/donations', {
      fundId: FUND.direct,
      amountFen: 12_345,
      donor: { name: '邓家豪' },
      channel: 'offline',
      consent: { policyVersion: '2026-01', agreed: true },
    });
    expect(other.status).to.equal(201);
    await staff('POST', `/v1/donations/${other.body.donation.id}/confirm`, {});
    await until(() => el.remote.value!.raisedFen >= before + 12_345, 'the live update');
    await el.updateComplete;
    expect(progress.isConnected).to.equal(true);
    expect(progress.value).to.equal(Math.min(el.remote.value!.raisedFen, progress.max));
    expect(el.remote.value!.donorCount).to.be.greaterThan(donors);
    expect(text(el, '.raised')).to.contain(
      new Intl.NumberFormat('zh-CN').format(el.remote.value!.raisedFen / 100),
    );
  });

  it("follows a sandbox payment to the provider's answer: failed, then paid", async () => {
    const { client, apiBase } = await recordingClient();
    const el = await mount(FUND.direct, client, 'sandbox offline');
    await fillForm(el, amount());
    const created = oneEvent(el, 'wushe-donation-created');
    submit(el);
    const { detail } = await created;
    await el.updateComplete;
    const checkout = $(el, '[part=checkout]') as HTMLAnchorElement;
    expect(checkout.href).to.contain(detail.payment.reference);
    expect(new URL(checkout.href).searchParams.get('return')).to.equal(location.href);
    expect(checkout.target).to.equal('_blank');
    await expect(el).to.be.accessible();

    // The donor fails to pay on the sandbox's page (its signed callback settles the donation).
    const pay = (outcome: string) =>
      fetch(`${apiBase}/sandbox/checkout/${detail.payment.reference}/pay`, {
        method: 'POST',
        mode: 'no-cors',
        body: new URLSearchParams({ outcome }),
      });
    await pay('failed');
    const failed = oneEvent(el, 'wushe-donation-failed');
    $(el, '.payment button').click();
    expect((await failed).detail).to.include({ code: 'payment_failed' });
    await el.updateComplete;
    expect(text(el, '.failure h3')).to.contain('支付没有完成');
    await expect(el).to.be.accessible();

    // "Give again" keeps the amount; this is a new attempt, so a new donation.
    $(el, '.failure button').click();
    await el.updateComplete;
    const second = oneEvent(el, 'wushe-donation-created');
    submit(el);
    const next = (await second).detail;
    expect(next.donation.id).to.not.equal(detail.donation.id);
    expect(next.donation.amountFen).to.equal(detail.donation.amountFen);
    const succeeded = oneEvent(el, 'wushe-donation-succeeded');
    await (
      await fetch(`${apiBase}/sandbox/checkout/${next.payment.reference}/pay`, {
        method: 'POST',
        mode: 'no-cors',
        body: new URLSearchParams({ outcome: 'succeeded' }),
      })
    ).text();
    // Paid: the fund's total moves, and the live stream tells the page.
    expect((await succeeded).detail.id).to.equal(next.donation.id);
  });
});
