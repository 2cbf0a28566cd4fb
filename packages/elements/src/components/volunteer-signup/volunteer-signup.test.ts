import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { idNumberCheckChar, type DivisionTree } from '@wushe/schema';
import { createReplayClient, createReplayFetch } from '@wushe/sdk/fixtures';
import volunteerRegister from '@wushe/sdk/recordings/volunteer-register.json' with { type: 'json' };
import { realServer } from '../../../test/real-server.js';
import { withEditedAnswer } from '../../../test/story-clients.js';
import {
  $,
  byKeyboard,
  COMMUNITY,
  fill,
  focused,
  freshMobile,
  input,
  mount,
  onServer,
  recorded,
  select,
  submit,
  until,
} from '../../../test/volunteer-signup-harness.js';
import { defineElement } from '../../internal/define.js';
import type { WusheVolunteerSignup } from './volunteer-signup.js';

/** A valid 身份证号 of someone born on `birth` (YYYYMMDD). */
const idNumberOf = (birth: string) => {
  const first17 = `440113${birth}123`;
  return `${first17}${idNumberCheckChar(first17)}`;
};
describe('<wushe-volunteer-signup> registration', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('does not throw when defined twice, or when a second copy of it loads', async () => {
    const first = customElements.get('wushe-volunteer-signup');
    const copy = new URL('./volunteer-signup.component.ts?copy', import.meta.url).href;
    const { WusheVolunteerSignup: Other } = (await import(copy)) as {
      WusheVolunteerSignup: CustomElementConstructor;
    };
    expect(Other).to.not.equal(first);
    expect(() => defineElement('wushe-volunteer-signup', first!)).not.to.throw();
    expect(() => defineElement('wushe-volunteer-signup', Other)).not.to.throw();
    await import(new URL('./volunteer-signup.ts?again', import.meta.url).href);
    expect(customElements.get('wushe-volunteer-signup')).to.equal(first);
  });

  it('shows the loading state, accessibly', async () => {
    const el = await fixture<WusheVolunteerSignup>(
      html`<wushe-volunteer-signup
        .client=${recorded({ state: 'loading' })}
      ></wushe-volunteer-signup>`,
    );
    await el.updateComplete;
    expect($(el, '[role=status]').textContent).to.contain('正在加载');
    expect($(el, '.base').getAttribute('aria-busy')).to.equal('true');
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

  it('says so when the district has no community to register in', async () => {
    const empty = withEditedAnswer(volunteerRegister, '/v1/divisions', (tree: DivisionTree) => {
      tree.streets = [];
    });
    const el = await mount(createReplayClient(empty));
    expect($(el, '[role=status]').textContent).to.contain('还没有可以登记志愿者的社区');
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await mount(undefined, await onServer());
    const mobile = freshMobile();
    const heard = oneEvent(el, 'wushe-volunteer-registered');
    await byKeyboard(el, [
      ['#name', '陈小明'],
      ['#mobile', mobile],
      ['#skills', '理发、维修家电'],
      ['input[value=elderly_care]', 'Space'],
      ['input[value=weekend_daytime]', 'Space'],
      ['#consent', 'Space'],
      ['button[type=submit]', 'Enter'],
    ]);
    const event = await heard;
    await el.updateComplete;
    expect(event.detail.code).to.match(/^PY-\d{6}$/);
    expect(event.detail.skills).to.deep.equal(['理发', '维修家电']);
    expect(event.detail.serviceAreas).to.deep.equal(['elderly_care']);
    expect(event.detail.mobile).to.not.contain(mobile);
    expect($(el, '[part=code]').textContent.trim()).to.equal(event.detail.code);
    // Focus moves to the success panel's heading, so a screen reader hears it.
    expect(focused(el, '.success h3')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("puts the SDK's and the server's field errors under their fields", async () => {
    const el = await mount(undefined, await onServer());
    await fill(el, { name: '陈小明', mobile: '12345678901', consent: true });
    await submit(el);
    const mobile = input(el, '#mobile');
    expect(mobile.getAttribute('aria-invalid')).to.equal('true');
    expect(mobile.getAttribute('aria-describedby')).to.contain('mobile-error');
    expect($(el, '#mobile-error').textContent).to.contain('11 位手机号码');
    expect($(el, '[role=alert]').textContent).to.contain('有 1 处需要修改');
    expect(focused(el, '#mobile')).to.equal(true);
    expect(el.form.values.name).to.equal('陈小明');
    await expect(el).to.be.accessible();

    // A community the district does not have: only the server knows.
    await fill(el, { mobile: freshMobile(), communityId: '440113104999' });
    await submit(el);
    const picker = select(el, '#communityId');
    expect(picker.getAttribute('aria-invalid')).to.equal('true');
    expect(picker.getAttribute('aria-describedby')).to.equal('communityId-error');
    expect($(el, '#communityId-error').textContent.length).to.be.greaterThan(0);
    expect(input(el, '#mobile').getAttribute('aria-invalid')).to.equal('false');
  });

  it('checks the ID number as it is typed, and asks a minor for a guardian', async () => {
    const el = await mount(undefined, await onServer());
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
    expect(JSON.stringify(sessionStorage)).to.not.contain(idNumberOf('20150601'));
    await expect(el).to.be.accessible();

    // Sent without the guardian's consent, the error lands on that checkbox.
    await fill(el, {
      name: '陈小宝',
      mobile: freshMobile(),
      guardianName: '陈大明',
      guardianMobile: '13900004444',
      consent: true,
    });
    await submit(el);
    expect($(el, '#guardianConsent').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#guardianConsent-error').textContent).to.contain('监护人同意');
  });

  it('explains kindly when the mobile is already registered, and keeps the form', async () => {
    const el = await mount(undefined, await onServer());
    const values = { name: '陈小明', mobile: freshMobile(), consent: true };
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
    expect(input(el, '#mobile').value).to.equal(values.mobile);
    await expect(el).to.be.accessible();
  });

  it('shows the submitting state, and sends once', async () => {
    const replay = createReplayFetch(volunteerRegister, { writes: 'loading' });
    let posts = 0;
    const transport: typeof fetch = (request, init) => {
      if (init?.method === 'POST') posts++;
      return replay(request, init);
    };
    const el = await mount(recorded({ transport, timeoutMs: 60_000 }));
    await fill(el, { name: '陈小明', mobile: '13900008888', consent: true });
    $(el, 'button[type=submit]').click();
    $(el, 'button[type=submit]').click();
    await el.updateComplete;
    const button = $(el, 'button[type=submit]') as HTMLButtonElement;
    expect(button.disabled).to.equal(true);
    expect(button.textContent.trim()).to.equal('正在提交…');
    expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
    // The write's module (its route's schemas) loads on submit: the request follows it.
    await until(() => posts > 0, 'the registration is sent');
    await import('./writes.js');
    await el.updateComplete;
    expect(posts).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows the error state with a retry, accessibly', async () => {
    const el = await mount(recorded({ state: 'error', maxRetries: 0 }));
    expect(el.remote.status).to.equal('error');
    expect($(el, '[role=alert]').textContent).to.contain('暂时无法加载');
    expect($(el, 'button').textContent.trim()).to.equal('重试');
    await expect(el).to.be.accessible();
  });

  it('says so when offline, in the dark theme too, accessibly', async () => {
    const el = await mount(recorded({ state: 'offline' }), {
      theme: 'dark',
    });
    expect($(el, '[role=alert]').textContent).to.contain('网络已断开');
    await expect(el).to.be.accessible();
    const form = await mount(recorded(), { theme: 'dark' });
    await expect(form).to.be.accessible();
  });

  it('renders in zh-HK and en', async () => {
    const hk = await mount(recorded(), { lang: 'zh-HK' });
    await until(() => $(hk, 'label[for=mobile]').textContent.includes('手機號碼'), 'zh-HK');
    expect($(hk, 'h2').textContent).to.equal('義工登記');
    await expect(hk).to.be.accessible();
    const en = await mount(recorded(), { lang: 'en' });
    // The widget's own wording, the shared wording and the domain's names load as three chunks.
    await until(
      () =>
        $(en, 'label[for=mobile]').textContent === 'Mobile number' &&
        $(en, 'label[for=skills]').textContent.includes('(optional)') &&
        $(en, '.base').textContent.includes('Elderly care'),
      'en',
    );
    expect($(en, 'button[type=submit]').textContent.trim()).to.equal('Register');
    expect($(en, 'fieldset legend').textContent).to.contain('Services you would like to help with');
    expect($(en, 'label[for=skills]').textContent).to.contain('(optional)');
    await expect(en).to.be.accessible();
  });

  it('grows text and targets in elder mode (适老化), accessibly', async () => {
    const el = await mount(recorded(), { elder: true });
    const base = getComputedStyle($(el, '.base'));
    expect(parseFloat(base.fontSize)).to.be.at.least(18);
    expect(parseFloat(base.lineHeight) / parseFloat(base.fontSize)).to.be.at.least(1.3);
    for (const selector of ['#name', '#mobile', '#communityId', 'button[type=submit]']) {
      const box = $(el, selector).getBoundingClientRect();
      expect(box.height, selector).to.be.at.least(60);
      expect(box.width, selector).to.be.at.least(60);
    }
    expect($(el, 'label.check').getBoundingClientRect().height).to.be.at.least(60);
    expect(parseFloat(getComputedStyle(input(el, '#name')).fontSize)).to.be.at.least(18);
    await expect(el).to.be.accessible();
  });

  it('registers on the real server, which answers a second try with volunteer_exists', async function () {
    // The first test of a run to ask starts the shared server (PGlite and the demo seed: seconds).
    this.timeout(60_000);
    const server = await realServer();
    const el = await mount(undefined, { server });
    const mobile = freshMobile();
    await fill(el, { name: '黎志远', mobile, availability: ['weekend_daytime'], consent: true });
    await submit(el);
    expect($(el, '[part=code]').textContent.trim()).to.match(/^PY-\d{6}$/);
    $(el, '.success button').click();
    await el.updateComplete;
    await fill(el, { name: '黎志远', mobile, consent: true });
    await submit(el);
    expect(el.form.error?.code).to.equal('volunteer_exists');
    expect($(el, '[role=alert]').textContent).to.contain('请联系社区居委会');
    expect(input(el, '#mobile').value).to.equal(mobile);
  });
});
