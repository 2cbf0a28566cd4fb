import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { realServer } from '../../test/real-server.js';
import { $, findIn, textOf, until, waitForText } from '../../test/dom.js';
import { fromPage, freshMobile, latestCode, signInFromPage } from '../../test/resident-sign-in.js';
import { formStyles } from '../styles/form.js';
import { tokens } from '../styles/tokens.js';
import { defineElement } from './define.js';
import { ResidentSessionController } from './resident-session-controller.js';
import {
  clearResidentSession,
  getResidentSession,
  setResidentSession,
  subscribeResidentSession,
  type StoredResidentSession,
} from './resident-session.js';
import { codeIn, ResidentSignInController } from './resident-sign-in.js';
import { residentSignInStyles } from './resident-sign-in.styles.js';
import { WusheElement } from './wushe-element.js';
import { getResidentMeRoute } from '@wushe/schema';

/** The smallest resident widget: the sign-in form, or who is signed in. */
class SignInProbe extends WusheElement {
  static override styles = [tokens, formStyles, residentSignInStyles];
  readonly session = new ResidentSessionController(this, () => this.requester);
  readonly signIn = new ResidentSignInController(this, this.session, () => this.requester);

  override render() {
    return html`<div part="base" class="base">
      ${this.session.signedIn ? this.signIn.renderSignedIn() : this.signIn.render()}
    </div>`;
  }
}
defineElement('wushe-sign-in-probe', SignInProbe);

async function mount(lang = 'zh-CN'): Promise<SignInProbe> {
  const { apiBase, publishableKey } = await realServer();
  const el = await fixture<SignInProbe>(
    html`<wushe-sign-in-probe
      api-base=${apiBase}
      publishable-key=${publishableKey}
      lang=${lang}
      theme="light"
    ></wushe-sign-in-probe>`,
  );
  await el.updateComplete;
  return el;
}

const focusedId = (el: SignInProbe) => el.shadowRoot!.activeElement?.id ?? '';

async function tabTo(el: SignInProbe, id: string) {
  for (let i = 0; i < 20 && focusedId(el) !== id; i++) await sendKeys({ press: 'Tab' });
  expect(focusedId(el)).to.equal(id);
}

/** Types the mobile and asks for a code, by keyboard; resolves on the code step. */
async function askForCode(el: SignInProbe, mobile: string) {
  await tabTo(el, 'sign-in-mobile');
  await sendKeys({ type: mobile });
  await sendKeys({ press: 'Enter' });
  await findIn(el, '#sign-in-code');
}

const scopeOf = async () => {
  const { apiBase, publishableKey } = await realServer();
  return `${apiBase}|${publishableKey}`;
};

describe('resident sign-in (internal/resident-session, resident-sign-in)', () => {
  beforeEach(() => localStorage.clear());

  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('signs in by keyboard with the code from the SMS, for every widget of the page', async () => {
    const el = await mount();
    const other = await mount();
    const mobile = freshMobile();
    await askForCode(el, mobile);
    // The code field has the focus, elder-friendly and ready for the phone's autofill.
    expect(focusedId(el)).to.equal('sign-in-code');
    const field = $<HTMLInputElement>(el, '#sign-in-code');
    expect(field.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(field.getAttribute('inputmode')).to.equal('numeric');
    expect(textOf(el, '[role=status]')).to.contain(mobile.slice(7));
    await expect(el).to.be.accessible();

    const heard = oneEvent(el, 'wushe-resident-signed-in');
    await sendKeys({ type: await latestCode(mobile) });
    await sendKeys({ press: 'Enter' });
    const event = await heard;
    expect(event.detail.mobile).to.equal(mobile);
    expect(event.bubbles && event.composed).to.equal(true);
    await waitForText(el, '[part=signed-in]', mobile.slice(7));
    // The other widget shares the one sign-in; the token is kept for the page's origin.
    await waitForText(other, '[part=signed-in]', mobile.slice(7));
    expect(getResidentSession(await scopeOf())?.token).to.match(/^rt_/);
    await expect(el).to.be.accessible();
  });

  it('takes a pasted SMS whole and signs in at once', async () => {
    const el = await mount();
    const mobile = freshMobile();
    await askForCode(el, mobile);
    const code = await latestCode(mobile);
    const data = new DataTransfer();
    data.setData(
      'text/plain',
      `【番禺区】您的验证码是 ${code.slice(0, 3)} ${code.slice(3)}，5 分钟内有效。`,
    );
    const heard = oneEvent(el, 'wushe-resident-signed-in');
    $(el, '#sign-in-code').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    expect((await heard).detail.mobile).to.equal(mobile);
  });

  it('reads the code out of what was typed or pasted', () => {
    expect(codeIn('123 456')).to.equal('123456');
    expect(codeIn('123-4')).to.equal('1234');
    expect(codeIn('验证码 654321，5 分钟内有效')).to.equal('654321');
    expect(codeIn('12a3')).to.equal('123');
  });

  it('puts a wrong code at the code field, in words, and keeps the focus there', async () => {
    const el = await mount();
    const mobile = freshMobile();
    await askForCode(el, mobile);
    const right = await latestCode(mobile);
    const wrong = right === '000000' ? '111111' : '000000';
    await sendKeys({ type: wrong });
    await sendKeys({ press: 'Enter' });
    await findIn(el, '#sign-in-code-error');
    expect(textOf(el, '#sign-in-code-error')).to.contain('验证码不正确');
    expect($(el, '#sign-in-code').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#sign-in-code').getAttribute('aria-describedby')).to.contain(
      'sign-in-code-error',
    );
    await until(() => focusedId(el) === 'sign-in-code', 'the focus on the code');
    await expect(el).to.be.accessible();
  });

  it('says a used code is used, at the code field', async () => {
    const el = await mount();
    const mobile = freshMobile();
    await askForCode(el, mobile);
    const code = await latestCode(mobile);
    const first = await fromPage('/v1/residents/sessions', { mobile, code });
    expect(first.status).to.equal(200);
    await sendKeys({ type: code });
    await sendKeys({ press: 'Enter' });
    await waitForText(el, '#sign-in-code-error', '已使用');
  });

  it('shows too many codes at the mobile, with the wait the server gave', async () => {
    const el = await mount();
    const mobile = freshMobile();
    for (let i = 0; i < 5; i++) {
      expect((await fromPage('/v1/residents/codes', { mobile })).status).to.equal(200);
    }
    await tabTo(el, 'sign-in-mobile');
    await sendKeys({ type: mobile });
    await sendKeys({ press: 'Enter' });
    const error = await findIn(el, '#sign-in-mobile-error');
    // Asked five times just now: the sixth may come in about an hour.
    expect(error.textContent).to.match(/请 (59|60) 分钟后再试/);
    expect($(el, '#sign-in-code')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses a malformed mobile at its field before sending', async () => {
    const el = await mount();
    await tabTo(el, 'sign-in-mobile');
    await sendKeys({ type: '12345' });
    await sendKeys({ press: 'Enter' });
    await findIn(el, '#sign-in-mobile-error');
    expect($(el, '#sign-in-mobile').getAttribute('aria-invalid')).to.equal('true');
  });

  it('signs every widget out, and the server ends the token', async () => {
    const session = await signInFromPage(freshMobile());
    const scope = await scopeOf();
    setResidentSession(scope, session);
    const el = await mount();
    const other = await mount();
    await findIn(other, '[part=sign-out]');
    const heard = oneEvent(el, 'wushe-resident-signed-out');
    (await findIn(el, '[part=sign-out]')).click();
    expect((await heard).detail.residentId).to.equal(session.resident.id);
    await findIn(other, '#sign-in-mobile');
    expect(getResidentSession(scope)).to.equal(undefined);
    const { apiBase } = await realServer();
    const answer = await fetch(`${apiBase}/v1/residents/me`, {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    expect(answer.status).to.equal(401);
  });

  it('signs out when the server no longer knows the token (401 on a call)', async () => {
    const scope = await scopeOf();
    const session = await signInFromPage(freshMobile());
    setResidentSession(scope, { ...session, token: 'rt_unknown000000000000000000000' });
    const el = await mount();
    const failed = await el.session.call(getResidentMeRoute, {}).catch((error: unknown) => error);
    expect((failed as { status: number }).status).to.equal(401);
    expect(getResidentSession(scope)).to.equal(undefined);
    await findIn(el, '#sign-in-mobile');
  });

  it('keeps one session per API and key, told to subscribers, other tabs included', () => {
    const seen: (StoredResidentSession | undefined)[] = [];
    const stop = subscribeResidentSession('a|pk', (session) => seen.push(session));
    const session: StoredResidentSession = {
      token: 'rt_test',
      expiresAt: '2027-01-01T00:00:00.000Z',
      resident: {
        id: 'rsd_test',
        mobile: '13800138000',
        volunteerId: null,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    };
    setResidentSession('a|pk', session);
    expect(getResidentSession('a|pk')?.token).to.equal('rt_test');
    expect(getResidentSession('b|pk')).to.equal(undefined);
    // Another tab signs out: its storage event reaches this tab's widgets.
    localStorage.removeItem('wushe.resident.a|pk');
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: 'wushe.resident.a|pk',
        oldValue: JSON.stringify(session),
        newValue: null,
        storageArea: localStorage,
      }),
    );
    clearResidentSession('a|pk');
    stop();
    setResidentSession('a|pk', session);
    expect(seen.map((each) => each?.token)).to.deep.equal(['rt_test', undefined, undefined]);
    clearResidentSession('a|pk');
  });

  it('speaks zh-HK and en', async () => {
    const hk = await mount('zh-HK');
    await waitForText(hk, 'label[for=sign-in-mobile]', '手機號碼');
    const en = await mount('en');
    await waitForText(en, 'button[part=send-code]', 'Send me a code');
    await expect(en).to.be.accessible();
  });
});
