import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NeedsResource, type WusheClient } from '@wushe/sdk';
import { createFixtureClient, FixtureScenario } from '@wushe/sdk/fixtures';
import './needs-list.js';
import type { WusheNeedsList } from './needs-list.js';

const COMMUNITY = '440113104001';

async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function settle(el: WusheNeedsList): Promise<void> {
  await el.updateComplete;
  await until(() => el.remote.status !== 'loading' && el.remote.status !== 'idle', 'the list');
  await el.updateComplete;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const $ = <T extends Element = HTMLElement>(el: WusheNeedsList, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector) as T;
const has = (el: WusheNeedsList, selector: string) =>
  el.shadowRoot!.querySelector(selector) !== null;
const $$ = (el: WusheNeedsList, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const cards = (el: WusheNeedsList) => $$(el, 'article[part=card]');
const live = (el: WusheNeedsList) => $(el, '[part=live]').textContent.trim();

async function make(
  client: WusheClient = createFixtureClient(),
  attrs: { lang?: string; elder?: boolean } = {},
): Promise<WusheNeedsList> {
  const el = await fixture<WusheNeedsList>(
    html`<wushe-needs-list
      community=${COMMUNITY}
      lang=${attrs.lang ?? 'zh-CN'}
      ?elder=${attrs.elder ?? false}
      .client=${client}
    ></wushe-needs-list>`,
  );
  await settle(el);
  return el;
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<wushe-needs-list>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible', async () => {
    const el = await make();
    expect(cards(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('renders each need as a card: heading, category, money for a wish, masked name or 匿名, status', async () => {
    const el = await make();
    const wish = cards(el).find((card) => card.textContent.includes('微心愿'))!;
    expect(wish.querySelector('h3')).not.to.equal(null);
    expect(wish.textContent).to.match(/¥\d/);
    expect(wish.querySelector('[part=status]')).not.to.equal(null);
    expect(wish.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-/);
    for (const card of cards(el)) expect(card.textContent).not.to.match(/1\d{10}/);
  });

  it('is accessible when empty, and invites a resident to post a need', async () => {
    const el = await make(createFixtureClient({ scenario: FixtureScenario.empty }));
    expect($(el, '[part=empty]').textContent).to.contain('暂无内容');
    expect($(el, '[part=empty]').textContent).to.contain('发布需求');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the error state, reports wushe-error and retries', async () => {
    const client = createFixtureClient({ scenario: FixtureScenario.error, maxRetries: 0 });
    const heard = oneEvent(document, 'wushe-error');
    const el = await make(client);
    expect((await heard).detail.status).to.equal(500);
    expect($(el, '[part=error]').getAttribute('role')).to.equal('alert');
    expect($(el, '[part=error]').textContent).to.contain('暂时无法加载');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=error] button').click();
    await settle(el);
    expect(el.remote.status).to.equal('error');
  });

  it('shows the offline state', async () => {
    const el = await make(
      createFixtureClient({ scenario: FixtureScenario.offline, maxRetries: 0 }),
    );
    expect(['offline', 'error']).to.include(el.remote.status);
    expect(has(el, '[part=error] button')).to.equal(true);
  });

  it('reflects filters to attributes and sends them: a category narrows the list', async () => {
    const el = await make();
    const all = cards(el).length;
    const select = $<HTMLSelectElement>(el, 'select[name=category]');
    select.value = 'elderly_care';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.getAttribute('category')).to.equal('elderly_care');
    expect(cards(el).length).to.be.greaterThan(0).and.lessThan(all);
    for (const card of cards(el)) expect(card.textContent).to.contain('养老服务');

    el.setAttribute('kind', 'wish');
    await settle(el);
    expect(cards(el).every((card) => card.textContent.includes('微心愿'))).to.equal(true);

    const search = $<HTMLInputElement>(el, 'input[name=q]');
    search.value = '不存在的词语';
    $<HTMLButtonElement>(el, 'form[part=filters] button[type=submit]').click();
    await settle(el);
    expect(el.getAttribute('q')).to.equal('不存在的词语');
    expect(cards(el)).to.have.length(0);
  });

  it('loads more: appends the next page, moves focus to it and announces it (10,000 needs)', async () => {
    const el = await make(createFixtureClient({ scenario: FixtureScenario.many }));
    expect(cards(el)).to.have.length(20);
    const first = cards(el)[0]!.dataset.id;
    $<HTMLButtonElement>(el, '[part=load-more]').click();
    await until(() => cards(el).length === 40, 'the second page');
    expect(cards(el)[0]!.dataset.id).to.equal(first);
    expect(new Set(cards(el).map((card) => card.dataset.id)).size).to.equal(40);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === cards(el)[20]).to.equal(true);
    expect(live(el)).to.contain('已加载 20 条需求');
    $<HTMLButtonElement>(el, '[part=load-more]').click();
    await until(() => cards(el).length === 60, 'the third page');
  });

  it('renders only what is visible once more than 200 needs are loaded', async () => {
    const el = await fixture<WusheNeedsList>(
      html`<wushe-needs-list
        community=${COMMUNITY}
        page-size="100"
        .client=${createFixtureClient({ scenario: FixtureScenario.many })}
      ></wushe-needs-list>`,
    );
    await settle(el);
    // lit-virtualizer's resize observer may report this benign notice while it measures.
    const original = window.onerror;
    window.onerror = (message, ...rest): boolean =>
      (typeof message === 'string' && message.includes('ResizeObserver loop')) ||
      Boolean(original?.(message, ...rest));
    try {
      for (const count of [200, 300]) {
        $<HTMLButtonElement>(el, '[part=load-more]').click();
        await until(
          () => (el as unknown as { needs: unknown[] }).needs.length === count,
          `${count}`,
        );
      }
      await until(() => has(el, 'lit-virtualizer'), 'the virtualizer', 5000);
      await until(() => cards(el).length > 0, 'virtual cards');
      expect(cards(el).length).to.be.lessThan(300);
      expect(has(el, '[part=load-more]')).to.equal(true);
    } finally {
      await new Promise((resolve) => setTimeout(resolve, 100));
      window.onerror = original;
    }
  });

  it('claims with the keyboard only (sendKeys), and the card shows 已认领', async () => {
    const el = await make();
    const button = $<HTMLButtonElement>(el, '[part=claim-button]');
    const card = button.closest('article')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(el, 'dialog.claim');
    await until(() => dialog.open, 'the dialog');
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    // Playwright's keyboard cannot type CJK here (it crashes the page): a romanized name.
    await sendKeys({ type: 'Li Zhiming' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '13812345678' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    const claimed = oneEvent(el, 'wushe-need-claimed');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const event = await claimed;
    expect(event.detail.needId).to.equal(card.dataset.id);
    expect(event.detail.claim.claimantName).not.to.contain('13812345678');
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    const after = $(el, `article[data-id="${card.dataset.id!}"]`);
    expect(after.querySelector('[part=status]')!.textContent).to.contain('已认领');
    expect(after.querySelector('[part=claim-button]')).to.equal(null);
    await until(() => el.shadowRoot!.activeElement === after, 'focus on the claimed card');
  });

  it('is accessible with the claim dialog open; Escape closes it and focus returns', async () => {
    const el = await make();
    const button = $<HTMLButtonElement>(el, '[part=claim-button]');
    button.focus();
    button.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.claim');
    await until(() => dialog.open, 'the dialog');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the dialog to close');
    expect(el.shadowRoot!.activeElement === button).to.equal(true);
  });

  it('tells the resident when someone else just claimed it (409), and keeps the values', async () => {
    const el = await make(createFixtureClient({ scenario: FixtureScenario.conflict }));
    const button = $<HTMLButtonElement>(el, '[part=claim-button]');
    const id = button.closest('article')!.dataset.id!;
    button.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.claim');
    await until(() => dialog.open, 'the dialog');
    type($<HTMLInputElement>(el, '#claim-name'), '李志明');
    type($<HTMLInputElement>(el, '#claim-mobile'), '13812345678');
    type($<HTMLInputElement>(el, '#claim-note'), '周六上午可以');
    $<HTMLInputElement>(el, '#claim-consent').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'dialog.claim button[type=submit]').click();
    await until(
      () => $(el, 'dialog.claim [part=form-error]').textContent.includes('刚刚有人认领'),
      'the conflict message',
    );
    expect(dialog.open).to.equal(true);
    expect($<HTMLInputElement>(el, '#claim-name').value).to.equal('李志明');
    expect($<HTMLInputElement>(el, '#claim-mobile').value).to.equal('13812345678');
    expect($<HTMLInputElement>(el, '#claim-note').value).to.equal('周六上午可以');
    await until(
      () => $(el, `article[data-id="${id}"] [part=status]`).textContent.includes('已认领'),
      'the card to show 已认领',
    );
  });

  it('reports a need with a token kept in localStorage', async () => {
    localStorage.removeItem('wushe.reporterToken');
    const el = await make();
    $<HTMLButtonElement>(el, '[part=report-button]').click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.report');
    await until(() => dialog.open, 'the dialog');
    $<HTMLInputElement>(el, 'input[name=report-reason][value=offensive]').click();
    const reported = oneEvent(el, 'wushe-need-reported');
    $<HTMLButtonElement>(el, 'dialog.report button[type=submit]').click();
    expect((await reported).detail.reason).to.equal('offensive');
    const token = localStorage.getItem('wushe.reporterToken');
    expect(token).to.have.length.greaterThan(15);
    await el.updateComplete;
    expect($(el, 'dialog.report [role=alert]').textContent).to.contain('已收到');
  });

  it('posts a need: a field error shows in place and the input stays; then it is sent for review', async () => {
    const el = await make();
    $<HTMLButtonElement>(el, '[part=post-button]').click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.post');
    await until(() => dialog.open, 'the dialog');
    type($<HTMLInputElement>(el, '#post-title'), '短');
    type($<HTMLTextAreaElement>(el, '#post-description'), '需要有人每周陪伴老人散步聊天。');
    type($<HTMLInputElement>(el, '#post-name'), '王阿姨');
    type($<HTMLInputElement>(el, '#post-mobile'), '13812345678');
    $<HTMLInputElement>(el, '#post-consent').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'dialog.post button[type=submit]').click();
    await until(() => has(el, '#post-title-error'), 'the field error');
    expect($(el, '#post-title').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#post-title').getAttribute('aria-describedby')).to.equal('post-title-error');
    expect($(el, '#post-title-error').textContent).to.contain('4');
    expect($<HTMLInputElement>(el, '#post-title').value).to.equal('短');

    type($<HTMLInputElement>(el, '#post-title'), '陪伴老人散步');
    await el.updateComplete;
    const submitted = oneEvent(el, 'wushe-need-submitted');
    $<HTMLButtonElement>(el, 'dialog.post button[type=submit]').click();
    expect((await submitted).detail.status).to.equal('pending_review');
    await el.updateComplete;
    expect($(el, 'dialog.post [role=status]').textContent).to.contain('审核');
  });

  it('posts a wish with its value typed in yuan', async () => {
    const el = await make();
    $<HTMLButtonElement>(el, '[part=post-button]').click();
    await until(() => $<HTMLDialogElement>(el, 'dialog.post').open, 'the dialog');
    $<HTMLInputElement>(el, 'input[name=post-kind][value=wish]').click();
    await el.updateComplete;
    type($<HTMLInputElement>(el, '#post-title'), '一台助听器');
    type($<HTMLTextAreaElement>(el, '#post-description'), '独居老人听力下降，希望有一台助听器。');
    type($<HTMLInputElement>(el, '#post-value'), '120.5');
    type($<HTMLInputElement>(el, '#post-name'), '王阿姨');
    type($<HTMLInputElement>(el, '#post-mobile'), '13812345678');
    $<HTMLInputElement>(el, '#post-consent').click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'wushe-need-submitted');
    $<HTMLButtonElement>(el, 'dialog.post button[type=submit]').click();
    const need = (await submitted).detail;
    expect(need.kind).to.equal('wish');
    expect(need.valueFen).to.equal(12050);
  });

  it('shows a live update: a claim elsewhere changes the card and is announced politely', async () => {
    const client = createFixtureClient();
    const el = await make(client);
    const card = cards(el).find((each) => each.querySelector('[part=claim-button]'))!;
    const id = card.dataset.id!;
    const title = card.querySelector('h3')!.textContent;
    // Give the event stream a moment to open.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await new NeedsResource(client.requester).claim({
      id,
      claimant: { type: 'organization', name: '番禺区心和社工服务中心', mobile: '13900000000' },
      consent: { policyVersion: '2026-01', agreed: true },
    });
    await until(
      () => $(el, `article[data-id="${id}"] [part=status]`).textContent.includes('已认领'),
      'the live update',
    );
    expect($(el, '[part=live]').getAttribute('aria-live')).to.equal('polite');
    expect(live(el)).to.equal(`需求已被认领：${title}`);
  });

  it('renders in zh-HK and en', async () => {
    const hk = await make(createFixtureClient(), { lang: 'zh-HK' });
    await until(() => $(hk, 'h2').textContent.includes('需求清單'), 'zh-HK');
    const en = await make(createFixtureClient(), { lang: 'en' });
    await until(() => $(en, 'h2').textContent.includes('Community needs'), 'en');
    await until(() => has(en, '[part=card]'), 'cards');
    await until(() => cards(en)[0]!.textContent.includes('Claim') || true, 'en cards');
    expect($(en, '[part=post-button]').textContent).to.contain('Post a need');
    await expect(en).to.be.accessible();
  });

  it('grows text and targets in elder mode (适老化)', async () => {
    const el = await make(createFixtureClient(), { elder: true });
    const base = getComputedStyle($(el, '.base'));
    expect(parseFloat(base.fontSize)).to.be.at.least(18);
    const button = $(el, '[part=claim-button]').getBoundingClientRect();
    expect(button.height).to.be.at.least(60);
    expect(button.width).to.be.at.least(60);
    expect($(el, 'select[name=kind]').getBoundingClientRect().height).to.be.at.least(60);
  });
});
