import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, findIn, textOf, until, waitForText } from '../../../../elements/test/dom.js';
import { demoPassword, realServer } from '../../../test/real-server.js';
import './staff-sign-in.js';
import type { WusheStaffSignIn } from './staff-sign-in.js';
import type { WusheSignedInEvent } from '../../events/wushe-signed-in.js';

async function mount(attrs: { lang?: string; elder?: boolean } = {}) {
  const { apiBase } = await realServer();
  return fixture<WusheStaffSignIn>(
    html`<wushe-staff-sign-in
      api-base=${apiBase}
      lang=${attrs.lang ?? 'zh-CN'}
      ?elder=${attrs.elder ?? false}
    ></wushe-staff-sign-in>`,
  );
}

/** The element that has the focus, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function fill(el: WusheStaffSignIn, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
}

const submit = (el: WusheStaffSignIn) => $<HTMLButtonElement>(el, '[part="submit"]').click();

describe('<wushe-staff-sign-in>', () => {
  it('has no axe violations, in the form and after a failure', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    fill(el, 'login', 'jinxiu.staff');
    fill(el, 'password', 'not-the-password');
    submit(el);
    await waitForText(el, '[part="message"]', '登录名或密码不正确');
    await expect(el).to.be.accessible();
  });

  it('signs a community worker in, by keyboard only, and tells the page who with wushe-signed-in', async () => {
    const el = await mount();
    const password = await demoPassword();
    $<HTMLInputElement>(el, '#login').focus();
    await sendKeys({ type: 'jinxiu.staff' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('password');
    await sendKeys({ type: password });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('submit');
    const signedIn = oneEvent<WusheSignedInEvent>(el, 'wushe-signed-in');
    await sendKeys({ press: 'Enter' });
    const { detail } = await signedIn;
    expect(detail.account.login).to.equal('jinxiu.staff');
    expect(detail.roles).to.deep.equal([{ role: 'community_staff', scope: '440113104001' }]);
    expect(detail.session.token).to.match(/^st_/);
  });

  it('keeps what was typed after a wrong password, says why, and puts the focus on the password', async () => {
    const el = await mount();
    fill(el, 'login', 'nancun.staff');
    fill(el, 'password', 'wrong-password-1');
    submit(el);
    await waitForText(el, '[part="message"]', '登录名或密码不正确');
    expect($<HTMLInputElement>(el, '#login').value).to.equal('nancun.staff');
    await until(() => deepActive()?.id === 'password', 'the focus on the password');
  });

  it('asks a district admin for the authenticator code in a second step', async () => {
    const el = await mount();
    fill(el, 'login', 'panyu.admin');
    fill(el, 'password', await demoPassword());
    submit(el);
    const totp = await findIn<HTMLInputElement>(el, '#totp');
    expect(textOf(el, '[part="message"]')).to.contain('动态验证码');
    await until(() => deepActive() === totp, 'the focus on the code');
    expect(totp.getAttribute('autocomplete')).to.equal('one-time-code');
    await expect(el).to.be.accessible();
  });

  it('says how long a locked account must wait, from the server’s Retry-After', async () => {
    const el = await mount({ lang: 'en' });
    await waitForText(el, '[part="title"]', 'Staff sign-in');
    fill(el, 'login', 'locked.out.person');
    for (let attempt = 0; attempt < 5; attempt++) {
      fill(el, 'password', `wrong-${attempt}`);
      const failed = oneEvent(el, 'wushe-error');
      submit(el);
      expect((await failed).detail.code).to.equal('invalid_credentials');
      await until(() => !$<HTMLButtonElement>(el, '[part="submit"]').disabled, 'the form again');
    }
    fill(el, 'password', 'wrong-again');
    submit(el);
    const message = await waitForText(el, '[part="message"]', 'locked');
    expect(message.textContent).to.match(/Try again in \d+ min/);
  });

  it('speaks zh-HK and en, and grows in elder mode', async () => {
    const hk = await mount({ lang: 'zh-HK' });
    await waitForText(hk, '[part="title"]', '工作人員登入');
    const elder = await mount({ elder: true });
    const size = getComputedStyle($(elder, '.base')).fontSize;
    expect(parseFloat(size)).to.be.at.least(18);
    const button = $(elder, '[part="submit"]').getBoundingClientRect();
    expect(button.height).to.be.at.least(60);
    await expect(elder).to.be.accessible();
  });

  it('says the connection is lost when the server cannot be reached, and keeps the input', async () => {
    const el = await fixture<WusheStaffSignIn>(
      html`<wushe-staff-sign-in api-base="http://127.0.0.1:9"></wushe-staff-sign-in>`,
    );
    fill(el, 'login', 'jinxiu.staff');
    fill(el, 'password', 'whatever-it-is');
    submit(el);
    await waitForText(el, '[part="message"]', '网络已断开', 20_000);
    expect($<HTMLInputElement>(el, '#password').value).to.equal('whatever-it-is');
  });
});
