import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { creditCodeCheckChar } from '@wushe/schema';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type ReplayClientOptions } from '@wushe/sdk/fixtures';
import funds from '@wushe/sdk/recordings/funds.json' with { type: 'json' };
import './donation.js';
import type { WusheDonation } from './donation.js';
import { until } from '../../../test/dom.js';

const wait = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

const $ = (el: WusheDonation, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: WusheDonation, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (el: WusheDonation, selector: string) => $(el, selector).textContent.trim();
/** Whether `selector` matches: a boolean, since a failed assertion on a node never reports here. */
const exists = (el: WusheDonation, selector: string) =>
  el.shadowRoot!.querySelector(selector) !== null;

/** Types `value` into a field the way an input event does. */
async function typeInto(el: WusheDonation, selector: string, value: string) {
  const input = $(el, selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

interface Attrs {
  fund?: string;
  lang?: string;
  elder?: boolean;
  theme?: string;
  ledger?: boolean;
  channels?: string;
}

/** The demo funds as the real server answered (recording `funds`), in a network state. */
const recorded = (options: ReplayClientOptions = {}) => createReplayClient(funds, options);

/** A widget on the recordings, once it shows its fund (and, for a direct fund, its form). */
async function mount(attrs: Attrs = {}, client: WusheClient = recorded()) {
  const el = await fixture<WusheDonation>(
    html`<wushe-donation
      fund=${attrs.fund ?? DemoIds.directFund}
      lang=${attrs.lang ?? 'zh-CN'}
      theme=${attrs.theme ?? 'light'}
      channels=${attrs.channels ?? 'offline sandbox'}
      ?elder=${attrs.elder ?? false}
      ?ledger=${attrs.ledger ?? false}
      .client=${client}
    ></wushe-donation>`,
  );
  await until(() => el.remote.status !== 'loading' && el.remote.status !== 'idle', 'the fund');
  if (el.remote.value?.mode === 'direct' && el.remote.value.disclosure) {
    await until(() => exists(el, 'form'), 'the form');
  }
  await el.updateComplete;
  return el;
}

/** A valid 统一社会信用代码 of a civil-affairs registered organisation. */
const creditCode = () => {
  const first17 = '51440113MJL123456';
  return `${first17}${creditCodeCheckChar(first17)}`;
};

describe('<wushe-donation>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it("shows the fund's progress and the fundraiser's disclosure (慈善法 Art. 25)", async () => {
    const el = await mount();
    expect(text(el, 'h2')).to.equal('锦绣香江社区慈善基金');
    const progress = $(el, 'progress') as HTMLProgressElement;
    const fund = el.remote.value!;
    expect(progress.max).to.equal(fund.targetFen);
    expect(progress.value).to.equal(fund.raisedFen);
    expect(text(el, '.raised')).to.equal(`已筹 ¥${(fund.raisedFen / 100).toLocaleString('zh-CN')}`);
    expect(text(el, '.donors')).to.equal(`${fund.donorCount} 笔捐赠`);
    const disclosure = $(el, '[part=disclosure]').textContent;
    for (const value of Object.values(fund.disclosure!)) {
      if (!value.startsWith('http')) expect(disclosure).to.contain(value);
    }
    const lookup = $(el, '[part=lookup]') as HTMLAnchorElement;
    expect(lookup.href).to.equal(fund.disclosure!.lookupUrl);
    expect(lookup.textContent).to.contain('慈善中国');
    expect(lookup.rel).to.equal('noopener');
  });

  it('sends a platform fund to its platform, with a QR code on desktop, and takes no payment', async () => {
    const el = await mount({ fund: DemoIds.platformFund });
    expect(exists(el, 'form')).to.equal(false);
    expect(exists(el, 'input')).to.equal(false);
    expect(text(el, '[part=platform]')).to.contain('本页面不收取任何款项');
    const link = $(el, '[part=platform-link]') as HTMLAnchorElement;
    expect(link.href).to.equal(el.remote.value!.platformUrl);
    expect(link.textContent).to.contain('腾讯公益');
    // The disclosure is shown here too: wherever the fund is shown.
    expect(exists(el, '[part=disclosure] dl')).to.equal(true);
    if (matchMedia('(hover: hover) and (pointer: fine)').matches) {
      await until(() => exists(el, 'svg[part=qr]'), 'the QR code');
      const qr = $(el, 'svg[part=qr]');
      expect(qr.getAttribute('role')).to.equal('img');
      expect(qr.getAttribute('aria-label')).to.contain('扫码');
      expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(100);
      expect(qr.hasAttribute('style')).to.equal(false);
    }
    await expect(el).to.be.accessible();
  });

  it('explains, and offers no form, for a fund without disclosure', async () => {
    const el = await mount({ fund: DemoIds.undisclosedFund });
    await wait(100);
    expect(exists(el, 'form')).to.equal(false);
    expect(exists(el, 'input')).to.equal(false);
    expect(exists(el, '[part=platform-link]')).to.equal(false);
    expect(text(el, '[part=disclosure]')).to.contain('尚未完成募捐信息公示');
    expect(text(el, '[part=disclosure]')).to.contain('第二十五条');
    await expect(el).to.be.accessible();
  });

  it('formats amounts with Intl in zh-CN, zh-HK and en', async () => {
    const cases = [
      { lang: 'zh-CN', preset: '¥20', raised: '已筹', give: '确认捐赠' },
      { lang: 'zh-HK', preset: 'CN¥20', raised: '已籌', give: '確認捐贈' },
      { lang: 'en', preset: 'CN¥20', raised: 'raised', give: 'Give' },
    ];
    for (const { lang, preset, raised, give } of cases) {
      const el = await mount({ lang });
      await until(() => text(el, '.raised').includes(raised), `${lang} wording`);
      await until(() => text(el, 'button[type=submit]').startsWith(give), `${lang} giving wording`);
      const labels = $$(el, '.choice span').map((span) => span.textContent.trim());
      expect(labels[0], lang).to.equal(preset);
      const yuan = (fen: number, digits = 0) =>
        new Intl.NumberFormat(lang, {
          style: 'currency',
          currency: 'CNY',
          minimumFractionDigits: digits,
          maximumFractionDigits: 2,
        }).format(fen / 100);
      expect(labels.slice(0, 4), lang).to.deep.equal(
        [2_000, 5_000, 10_000, 20_000].map((f) => yuan(f)),
      );
      expect(text(el, '.raised'), lang).to.contain(yuan(el.remote.value!.raisedFen));
      // A typed amount with fen shows both decimals, in the button too.
      el.giving!.form.set('choice', 'other');
      el.giving!.form.set('other', '12.5');
      await el.updateComplete;
      expect(text(el, 'button[type=submit]'), lang).to.contain(yuan(1_250, 2));
      await expect(el).to.be.accessible();
    }
  });

  it('puts field errors on their fields and keeps what was typed', async () => {
    const el = await mount();
    const form = el.giving!.form;
    form.set('choice', 'other');
    form.set('other', '0.5');
    form.set('receipt', true);
    form.set('organisation', true);
    await el.updateComplete;
    $(el, 'button[type=submit]').click();
    await until(() => form.status !== 'submitting', 'the checks');
    await el.updateComplete;
    const invalid = $$(el, '[aria-invalid=true]').map((input) => input.id);
    expect(invalid).to.include.members(['other', 'name', 'receiptTitle', 'creditCode', 'consent']);
    expect(text(el, '#other-error')).to.contain('1.00 元至 1000000.00 元');
    expect(text(el, '#name-error')).to.equal('请填写姓名，或选择匿名捐赠');
    expect(text(el, '#consent-error')).to.contain('同意');
    expect($(el, '#other').getAttribute('aria-describedby')).to.contain('other-error');
    expect(text(el, '[part=alert]')).to.contain('需要修改');
    expect(form.values.other).to.equal('0.5');
    // Focus goes to the first field to fix.
    expect(el.shadowRoot!.activeElement?.id).to.equal('other');
    await expect(el).to.be.accessible();

    // Fixing a field clears its error only.
    await typeInto(el, '#other', '50');
    expect(exists(el, '#other-error')).to.equal(false);
    expect(exists(el, '#name-error')).to.equal(true);
  });

  it('checks a credit code as it is typed, once all 18 characters are there', async () => {
    const el = await mount();
    el.giving!.form.set('receipt', true);
    el.giving!.form.set('organisation', true);
    await el.updateComplete;
    const input = $(el, '#creditCode') as HTMLInputElement;
    input.focus();
    const good = creditCode();
    const wrong = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    await sendKeys({ type: wrong.slice(0, 12) });
    await el.updateComplete;
    expect(exists(el, '#creditCode-error')).to.equal(false);
    await sendKeys({ type: wrong.slice(12) });
    await el.updateComplete;
    expect(text(el, '#creditCode-error')).to.equal('统一社会信用代码有误，请逐位核对');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    input.select();
    await sendKeys({ type: good });
    await el.updateComplete;
    expect(exists(el, '#creditCode-error')).to.equal(false);
  });

  it('offers one channel as a statement, several as a choice', async () => {
    const one = await mount({ channels: 'offline' });
    expect(exists(one, 'input[name=channel]')).to.equal(false);
    expect(text(one, '.channel')).to.contain('银行转账');
    const two = await mount({ channels: 'sandbox offline nonsense' });
    const radios = $$(two, 'input[name=channel]') as HTMLInputElement[];
    expect(radios.map((radio) => radio.value)).to.deep.equal(['sandbox', 'offline']);
    expect(radios[0]!.checked).to.equal(true);
  });

  it('grows text and targets in elder mode (适老化)', async () => {
    const el = await mount({ elder: true });
    expect(parseFloat(getComputedStyle($(el, '.base')).fontSize)).to.be.at.least(18);
    expect(parseFloat(getComputedStyle($(el, '#mobile')).fontSize)).to.be.at.least(18);
    const targets = ['.choice', '#mobile', 'button[type=submit]', 'label.check'];
    for (const selector of targets) {
      const box = $(el, selector).getBoundingClientRect();
      expect(box.height, selector).to.be.at.least(60);
    }
    expect($(el, '.choice').getBoundingClientRect().width).to.be.at.least(60);
    await expect(el).to.be.accessible();
  });

  it('shows the public ledger: masked donors, amounts, times and disbursements', async () => {
    const el = await mount({ ledger: true });
    await until(() => $$(el, '[part=gifts] tbody tr').length > 0, 'the ledger');
    const donors = $$(el, '[part=gifts] tbody td:first-child').map((cell) => cell.textContent);
    expect(donors).to.include('匿名');
    expect(donors.some((name) => /^.\*+$/.test(name))).to.equal(true);
    // 黄伟明 asked not to be named (Art. 82).
    expect(donors.join()).to.not.contain('黄');
    const uses = $$(el, '[part=disbursements] tbody tr');
    expect(uses.length).to.equal(el.remote.value!.disbursements.length);
    expect(uses[0]!.textContent).to.contain('长者智能养老体验设备');
    await expect(el).to.be.accessible();
  });

  it('shows the load error with a retry, and offline, accessibly (dark theme too)', async () => {
    const failing = await mount({ theme: 'dark' }, recorded({ state: 'error', maxRetries: 0 }));
    expect(text(failing, '[role=alert]')).to.contain('暂时无法加载');
    expect(text(failing, 'button')).to.equal('重试');
    await expect(failing).to.be.accessible();
    const offline = await mount({}, recorded({ state: 'offline' }));
    expect(text(offline, '[role=alert]')).to.contain('网络已断开');
    await expect(offline).to.be.accessible();
    const missing = await mount({ fund: 'fund_doesNotExist' });
    expect(text(missing, '[part=state-error]')).to.contain('找不到这个基金');
    expect(exists(missing, 'button')).to.equal(false);
    const dark = await mount({ theme: 'dark' });
    await expect(dark).to.be.accessible();
  });

  it('pledges offline (the real server’s recorded answer) and tells what happens next', async () => {
    const el = await mount();
    const form = el.giving!.form;
    form.set('choice', '5000');
    form.set('name', '陈小明');
    form.set('consent', true);
    await el.updateComplete;
    const created = oneEvent(el, 'wushe-donation-created');
    $(el, 'button[type=submit]').click();
    const { detail } = await created;
    await el.updateComplete;
    expect(detail.donation).to.include({ amountFen: 5_000, status: 'pending' });
    expect(detail.donation.donorName).to.match(/^陈\*+$/);
    expect(detail.payment.channel).to.equal('offline');
    expect(text(el, '.payment h3')).to.contain('认捐已登记');
    expect(text(el, '.payment .reference')).to.equal(detail.payment.reference);
    expect(el.shadowRoot!.activeElement?.matches('.payment h3')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
