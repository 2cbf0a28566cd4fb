import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { idNumberCheckChar } from '@wushe/schema';
import { createFixtureClient, FixtureIds, FixtureScenario } from '@wushe/sdk/fixtures';
import type { WusheClient } from '@wushe/sdk';
import './volunteer-signup.js';
import type { WusheVolunteerSignup } from './volunteer-signup.js';

const COMMUNITY = FixtureIds.community;
const wait = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await wait();
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

const $ = (el: WusheVolunteerSignup, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const input = (el: WusheVolunteerSignup, selector: string) => $(el, selector) as HTMLInputElement;
const select = (el: WusheVolunteerSignup, selector: string) => $(el, selector) as HTMLSelectElement;

async function mount(
  client: WusheClient = createFixtureClient(),
  attrs: { activity?: string; lang?: string; elder?: boolean; theme?: string } = {},
): Promise<WusheVolunteerSignup> {
  const el = await fixture<WusheVolunteerSignup>(
    html`<wushe-volunteer-signup
      community=${COMMUNITY}
      activity=${attrs.activity ?? ''}
      lang=${attrs.lang ?? 'zh-CN'}
      ?elder=${attrs.elder ?? false}
      theme=${attrs.theme ?? 'light'}
      .client=${client}
    ></wushe-volunteer-signup>`,
  );
  await until(() => el.remote.status !== 'loading' && el.remote.status !== 'idle', 'loading');
  await el.updateComplete;
  return el;
}

/** Fills the registration form as a program would; the keyboard test does it by keys. */
async function fill(el: WusheVolunteerSignup, values: Partial<typeof el.form.values>) {
  for (const [name, value] of Object.entries(values)) {
    el.form.set(name, value);
  }
  await el.updateComplete;
}

async function submit(el: WusheVolunteerSignup) {
  $(el, 'button[type=submit]').click();
  await until(() => el.form.status !== 'submitting', 'the answer');
  await el.updateComplete;
  await el.updateComplete;
}

/** A valid 身份证号 of someone born on `birth` (YYYYMMDD). */
const idNumberOf = (birth: string) => {
  const first17 = `440113${birth}123`;
  return `${first17}${idNumberCheckChar(first17)}`;
};

describe('<wushe-volunteer-signup>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('offers the communities grouped by street, the own one chosen', async () => {
    const el = await mount();
    const picker = select(el, '#communityId');
    expect(picker.querySelectorAll('optgroup').length).to.be.greaterThan(1);
    expect(picker.value).to.equal(COMMUNITY);
    expect(picker.selectedOptions[0]!.textContent.trim()).to.equal('锦绣香江社区');
    expect($(el, 'a[href="#"]').textContent).to.contain('个人信息保护政策');
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await mount();
    const heard = oneEvent(el, 'wushe-volunteer-registered');
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 80 && !el.shadowRoot!.activeElement?.matches(selector); i++) {
        await sendKeys({ press: 'Tab' });
      }
      expect(el.shadowRoot!.activeElement?.matches(selector), selector).to.equal(true);
    };
    await tabTo('#name');
    await sendKeys({ type: '陈小明' });
    await tabTo('#mobile');
    await sendKeys({ type: '13900001111' });
    await tabTo('#skills');
    await sendKeys({ type: '理发、维修家电' });
    await tabTo('input[value=elderly_care]');
    await sendKeys({ press: 'Space' });
    await tabTo('input[value=weekend_daytime]');
    await sendKeys({ press: 'Space' });
    await tabTo('#consent');
    await sendKeys({ press: 'Space' });
    await tabTo('button[type=submit]');
    await sendKeys({ press: 'Enter' });
    const event = await heard;
    await el.updateComplete;
    expect(event.detail.code).to.match(/^PY-\d{6}$/);
    expect(event.detail.skills).to.deep.equal(['理发', '维修家电']);
    expect(event.detail.serviceAreas).to.deep.equal(['elderly_care']);
    expect(event.detail.mobile).to.not.contain('13900001111');
    expect($(el, '[part=code]').textContent.trim()).to.equal(event.detail.code);
    // Focus moves to the success panel's heading, so a screen reader hears it.
    expect(el.shadowRoot!.activeElement?.matches('.success h3')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("puts the SDK's and the server's field errors under their fields", async () => {
    const el = await mount();
    await fill(el, { name: '陈小明', mobile: '12345678901', consent: true });
    await submit(el);
    const mobile = input(el, '#mobile');
    expect(mobile.getAttribute('aria-invalid')).to.equal('true');
    expect(mobile.getAttribute('aria-describedby')).to.contain('mobile-error');
    expect($(el, '#mobile-error').textContent).to.contain('11 位手机号码');
    expect($(el, '[role=alert]').textContent).to.contain('有 1 处需要修改');
    expect(el.form.values.name).to.equal('陈小明');
    await expect(el).to.be.accessible();

    // A community the district does not have: only the server knows.
    await fill(el, { mobile: '13900002222', communityId: '440113104999' });
    await submit(el);
    const picker = select(el, '#communityId');
    expect(picker.getAttribute('aria-invalid')).to.equal('true');
    expect(picker.getAttribute('aria-describedby')).to.equal('communityId-error');
    expect($(el, '#communityId-error').textContent.length).to.be.greaterThan(0);
    expect(input(el, '#mobile').getAttribute('aria-invalid')).to.equal('false');
  });

  it('checks the ID number as it is typed, and asks a minor for a guardian', async () => {
    const el = await mount();
    const idField = input(el, '#idNumber');
    idField.focus();
    const good = idNumberOf('19800101');
    const wrong = `${good.slice(0, 17)}${good[17] === '1' ? '2' : '1'}`;
    await sendKeys({ type: wrong.slice(0, 10) });
    await el.updateComplete;
    expect($(el, '#idNumber-error')).to.equal(null);
    await sendKeys({ type: wrong.slice(10) });
    await el.updateComplete;
    expect($(el, '#idNumber-error').textContent).to.equal('身份证号有误，请逐位核对');
    expect(idField.getAttribute('aria-invalid')).to.equal('true');

    el.form.set('idNumber', '');
    await el.updateComplete;
    idField.value = '';
    await sendKeys({ type: idNumberOf('20150601') });
    await el.updateComplete;
    expect($(el, '#idNumber-error')).to.equal(null);
    expect(input(el, '#birthDate').value).to.equal('2015-06-01');
    expect($(el, 'fieldset[part=guardian]')).to.not.equal(null);
    expect($(el, '#guardianName')).to.not.equal(null);
    await expect(el).to.be.accessible();

    // Sent without the guardian's consent, the error lands on that checkbox.
    await fill(el, {
      name: '陈小宝',
      mobile: '13900003333',
      guardianName: '陈大明',
      guardianMobile: '13900004444',
      consent: true,
    });
    await submit(el);
    expect($(el, '#guardianConsent').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#guardianConsent-error').textContent).to.contain('监护人同意');
  });

  it('explains kindly when the mobile is already registered, and keeps the form', async () => {
    const el = await mount();
    const values = { name: '陈小明', mobile: '13900005555', consent: true };
    await fill(el, values);
    await submit(el);
    expect($(el, '[part=code]')).to.not.equal(null);
    $(el, '.success button').click();
    await el.updateComplete;
    expect(input(el, '#name').value).to.equal('');
    expect(select(el, '#communityId').value).to.equal(COMMUNITY);

    const heard = oneEvent(el, 'wushe-error');
    await fill(el, values);
    await submit(el);
    expect((await heard).detail.code).to.equal('volunteer_exists');
    expect($(el, '[role=alert]').textContent).to.contain(
      '这个手机号已经登记过志愿者。如需修改信息或找回志愿者编号，请联系社区居委会。',
    );
    expect(input(el, '#mobile').value).to.equal('13900005555');
    await expect(el).to.be.accessible();
  });

  it('signs up for an activity, showing the places left', async () => {
    const el = await mount(createFixtureClient(), { activity: FixtureIds.activity });
    expect($(el, 'h2').textContent).to.equal('垃圾分类督导轮值');
    expect($(el, '.places').textContent).to.contain('还剩 7 个名额');
    expect($(el, '#idNumber')).to.equal(null);
    await expect(el).to.be.accessible();
    const heard = oneEvent(el, 'wushe-activity-signup');
    await fill(el, { name: '陈小明', mobile: '13900006666', consent: true });
    await submit(el);
    expect((await heard).detail.status).to.equal('confirmed');
    expect($(el, '.success h3').textContent).to.contain('报名成功');
  });

  it('puts a signup for a full activity on the waitlist, with its position', async () => {
    const client = createFixtureClient();
    const el = await mount(client, { activity: FixtureIds.fullActivity });
    expect($(el, '.places').textContent).to.contain('名额已满，报名后将进入候补');
    await fill(el, { name: '陈小明', mobile: '13900007777', consent: true });
    await submit(el);
    expect($(el, '.success h3').textContent).to.contain('您排在第 3 位');
    await expect(el).to.be.accessible();

    const again = await mount(client, { activity: FixtureIds.fullActivity });
    await fill(again, { name: '陈小明', mobile: '13900007777', consent: true });
    await submit(again);
    expect($(again, '[role=alert]').textContent).to.contain('无需重复报名');
  });

  it('shows the error state with a retry, accessibly', async () => {
    const el = await mount(createFixtureClient({ scenario: FixtureScenario.error, maxRetries: 0 }));
    expect(el.remote.status).to.equal('error');
    expect($(el, '[role=alert]').textContent).to.contain('暂时无法加载');
    expect($(el, 'button').textContent.trim()).to.equal('重试');
    await expect(el).to.be.accessible();
  });

  it('says so when offline, in the dark theme too, accessibly', async () => {
    const el = await mount(createFixtureClient({ scenario: FixtureScenario.offline }), {
      theme: 'dark',
    });
    expect($(el, '[role=alert]').textContent).to.contain('网络已断开');
    await expect(el).to.be.accessible();
    const form = await mount(createFixtureClient(), { theme: 'dark' });
    await expect(form).to.be.accessible();
  });

  it('renders in zh-HK and en', async () => {
    const hk = await mount(createFixtureClient(), { lang: 'zh-HK' });
    await until(() => $(hk, 'label[for=mobile]').textContent.includes('手機號碼'), 'zh-HK');
    expect($(hk, 'h2').textContent).to.equal('義工登記');
    const en = await mount(createFixtureClient(), { lang: 'en' });
    await until(() => $(en, 'label[for=mobile]').textContent === 'Mobile number', 'en');
    expect($(en, 'button[type=submit]').textContent.trim()).to.equal('Register');
    expect($(en, 'fieldset legend').textContent).to.contain('Services you would like to help with');
    await expect(en).to.be.accessible();
  });

  it('grows text and targets in elder mode (适老化)', async () => {
    const el = await mount(createFixtureClient(), { elder: true });
    expect(parseFloat(getComputedStyle($(el, '.base')).fontSize)).to.be.at.least(18);
    for (const selector of ['#name', '#mobile', '#communityId', 'button[type=submit]']) {
      expect($(el, selector).getBoundingClientRect().height, selector).to.be.at.least(60);
    }
    expect($(el, 'label.check').getBoundingClientRect().height).to.be.at.least(60);
  });
});
