import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ResidentSession } from '@wushe/schema';
import {
  createReplayClient,
  DEMO_PUBLISHABLE_KEY,
  RECORDED_BASE_URL,
  type Recording,
} from '@wushe/sdk/fixtures';
import recorded from '@wushe/sdk/recordings/my-volunteering.json' with { type: 'json' };
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, findIn, has, textOf, until, waitForText } from '../../../test/dom.js';
import { realServer } from '../../../test/real-server.js';
import {
  mount,
  serverScope,
  settled,
  signedIn,
  volunteerWithHours,
} from '../../../test/my-volunteering-harness.js';
import { fullActivity } from '../../../test/full-activity.js';
import {
  freshMobile,
  fromPage,
  latestCode,
  signInFromPage,
} from '../../../test/resident-sign-in.js';
import { defineElement } from '../../internal/define.js';
import { getResidentSession, setResidentSession } from '../../internal/resident-session.js';
import type { WusheMyVolunteering } from './my-volunteering.js';

const focused = (el: WusheMyVolunteering, selector: string) =>
  el.shadowRoot!.activeElement?.matches(selector) === true;

/** Presses Tab until `selector` has the focus, as a keyboard user would. */
async function tabTo(el: WusheMyVolunteering, selector: string) {
  for (let i = 0; i < 80 && !focused(el, selector); i++) await sendKeys({ press: 'Tab' });
  expect(focused(el, selector), selector).to.equal(true);
}

describe('<wushe-my-volunteering>', () => {
  beforeEach(() => localStorage.clear());

  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('does not throw when defined twice, or when a second copy of it loads', async () => {
    const first = customElements.get('wushe-my-volunteering')!;
    const copy = new URL('./my-volunteering.component.ts?copy', import.meta.url).href;
    const { WusheMyVolunteering: Other } = (await import(copy)) as {
      WusheMyVolunteering: CustomElementConstructor;
    };
    expect(() => defineElement('wushe-my-volunteering', first)).not.to.throw();
    expect(() => defineElement('wushe-my-volunteering', Other)).not.to.throw();
    expect(customElements.get('wushe-my-volunteering')).to.equal(first);
  });

  it('by keyboard: signs in, shows her hours, points and signups, and cancels a signup', async () => {
    const { mobile, signup } = await volunteerWithHours();
    const el = await mount();
    await tabTo(el, '#sign-in-mobile');
    await sendKeys({ type: mobile });
    await sendKeys({ press: 'Enter' });
    await findIn(el, '#sign-in-code');
    await sendKeys({ type: await latestCode(mobile) });
    await sendKeys({ press: 'Enter' });
    await findIn(el, '[part=registration]', 10_000);
    await settled(el);

    expect(textOf(el, '.volunteer-code')).to.match(/^PY-\d{6}$/);
    // The ID number is shown masked, never whole.
    expect(textOf(el, '[part=registration]')).to.contain('440113********');
    // 信用时 (the check-in) and 荣誉时 (entered by hand) apart.
    expect(textOf(el, '[part=credit-total]')).to.equal('2.5 小时');
    expect(textOf(el, '[part=honor-total]')).to.equal('1 小时');
    expect(textOf(el, '[part=hours-table] tbody')).to.contain('垃圾分类督导轮值');
    expect(textOf(el, '[part=hours-table] tbody')).to.contain('其他志愿服务');
    // Only 信用时 earn points: 2.5 h at the demo's rules.
    expect(Number(textOf(el, '[part=balance]'))).to.be.greaterThan(0);
    expect(textOf(el, '[part=points-history]')).to.contain('服务获得');
    await expect(el).to.be.accessible();

    const card = `[data-signup="${signup.id}"]`;
    await tabTo(el, `${card} [part=cancel-signup]`);
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el, `${card} [part=cancel-confirm]`), 'the confirmation');
    await expect(el).to.be.accessible();
    const heard = oneEvent(el, 'wushe-signup-cancelled');
    await sendKeys({ press: 'Enter' });
    const event = await heard;
    expect(event.detail.signupId).to.equal(signup.id);
    await waitForText(el, '[part=notice]', '已取消报名');
    await until(() => focused(el, '[part=notice]'), 'the notice');
    await settled(el);
    expect(textOf(el, card)).to.contain('已取消');
    expect($(el, `${card} [part=cancel-signup]`)).to.equal(null);
  });

  it('shows the printable certificate with the fields of the national record rules', async () => {
    const { mobile, volunteer } = await volunteerWithHours();
    await signedIn(mobile);
    const el = await mount({ issuer: '锦绣香江社区居民委员会' });
    (await findIn(el, '[part=show-certificate]')).click();
    const certificate = await findIn(el, '[part=certificate]');
    const text = certificate.textContent;
    expect(text).to.contain('志愿服务记录证明');
    expect(text).to.contain('林秀英');
    expect(text).to.contain(volunteer.code);
    expect(text).to.contain('440113********');
    expect(text).to.contain('番禺区南村镇锦绣香江社区');
    expect(text).to.contain('累计志愿服务时长 3.5 小时');
    expect(text).to.contain('信用时 2.5 小时、荣誉时 1 小时');
    expect(text).to.contain('垃圾分类督导');
    expect(textOf(el, '[part=issuer]')).to.contain('锦绣香江社区居民委员会');
    expect(text).to.contain('出具日期');
    expect(has(el, '[part=print]')).to.equal(true);
    // In print, everything but the certificate is hidden.
    const hidden = $$(el, '.no-print');
    expect(hidden.length).to.be.greaterThan(3);
    expect(hidden.some((each) => each.contains(certificate))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('corrects the registration, then withdraws consent', async () => {
    const { mobile } = await volunteerWithHours();
    await signedIn(mobile);
    const el = await mount();
    (await findIn(el, '[part=edit]')).click();
    await until(() => focused(el, '#edit-name'), 'the name field');
    const name = $<HTMLInputElement>(el, '#edit-name');
    name.value = '林秀英（修改）';
    name.dispatchEvent(new Event('input'));
    $<HTMLInputElement>(el, '#serviceAreas-education').click();
    const updated = oneEvent(el, 'wushe-volunteer-updated');
    (await findIn(el, '[part=save]')).click();
    expect((await updated).detail.name).to.equal('林秀英（修改）');
    expect((await updated).detail.serviceAreas).to.include('education');
    await waitForText(el, '[part=notice]', '已保存');
    await settled(el);
    expect(textOf(el, '[part=registration]')).to.contain('林秀英（修改）');

    (await findIn(el, '[part=withdraw]')).click();
    await until(() => focused(el, '#withdraw-confirm'), 'the confirmation');
    expect(textOf(el, '[part=confirm]')).to.contain('服务时长会保留');
    const withdrawn = oneEvent(el, 'wushe-consent-withdrawn');
    $(el, '#withdraw-confirm').click();
    expect((await withdrawn).detail.cancelledSignups).to.equal(1);
    await waitForText(el, '[part=notice]', '已撤回同意');
    await settled(el);
    await waitForText(el, '[part=state-empty]', '还没有登记为志愿者');
  });

  it('by keyboard: exports her data as a file, then erases it after a dialog, and signs out everywhere', async () => {
    const { mobile, volunteer } = await volunteerWithHours();
    await signedIn(mobile);
    const el = await mount();
    const other = await mount();
    await findIn(el, '[part=registration]', 10_000);

    await tabTo(el, '[part=export]');
    await sendKeys({ press: 'Enter' });
    await waitForText(el, '[part=notice]', '已导出您的数据');
    await until(() => focused(el, '[part=notice]'), 'the notice');
    const file = $<HTMLAnchorElement>(el, '[part=saved-file]');
    expect(file.download).to.match(/^wushe-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.href).to.match(/^blob:/);
    const exported = (await (await fetch(file.href)).json()) as {
      resident: { mobile: string };
      volunteer: { code: string; name: string };
    };
    expect(exported.resident.mobile).to.equal(mobile);
    expect(exported.volunteer).to.include({ code: volunteer.code, name: '林秀英' });
    await expect(el).to.be.accessible();

    // The dialog says what goes and what stays; Escape keeps everything.
    await tabTo(el, '[part=erase]');
    await sendKeys({ press: 'Enter' });
    const dialog = await findIn<HTMLDialogElement>(el, '[part=erase-dialog]');
    await until(() => dialog.open && focused(el, '[part=erase-keep]'), 'the dialog');
    expect(dialog.textContent).to.contain('将删除：您的姓名、手机号');
    expect(dialog.textContent).to.contain('将匿名保留：您的服务时长、捐赠记录和评价');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !has(el, '[part=erase-dialog]') && focused(el, '[part=erase]'), 'kept');
    expect(getResidentSession(await serverScope())).not.to.equal(undefined);

    await sendKeys({ press: 'Enter' });
    await until(() => focused(el, '[part=erase-keep]'), 'the dialog again');
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(el, '[part=erase-confirm]')).to.equal(true);
    const signedOut = oneEvent(el, 'wushe-resident-signed-out');
    await sendKeys({ press: 'Enter' });
    await signedOut;
    await waitForText(el, '[part=notice]', '您的个人信息已删除');
    await until(() => focused(el, '[part=notice]'), 'the notice');
    expect(has(el, '[part=saved-file]')).to.equal(false);
    // Every widget of the page signed out; the server ended her sessions.
    await findIn(el, '#sign-in-mobile');
    await findIn(other, '#sign-in-mobile');
    expect(getResidentSession(await serverScope())).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows live, without a reload, that she took the place when the person ahead cancelled', async () => {
    const { mobile, volunteer } = await volunteerWithHours();
    const { activityId, release } = await fullActivity();
    const waiting = await fromPage(`/v1/activities/${activityId}/signups`, {
      volunteerId: volunteer.id,
      name: '林秀英',
      mobile,
      consent: { policyVersion: '2026-01', agreed: true },
    });
    const signup = (await waiting.json()) as { id: string; status: string };
    expect(signup.status).to.equal('waitlisted');
    await signedIn(mobile);
    const el = await mount();
    const badge = `[data-signup="${signup.id}"] [part=badge]`;
    await waitForText(el, badge, '候补中');
    // The live stream is followed once her signups show; give it a moment to connect.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await release();
    await waitForText(el, badge, '已报名', 10_000);
    expect(textOf(el, `[data-signup="${signup.id}"]`)).not.to.contain('候补第');
    await expect(el).to.be.accessible();
  });

  it('tells why an erasure failed, closes its dialog and keeps her signed in', async () => {
    const recording = recorded as Recording;
    const signIn = recording.exchanges.find(
      (each) => each.request.method === 'POST' && each.request.url === '/v1/residents/sessions',
    )!;
    const scope = `${RECORDED_BASE_URL}|${DEMO_PUBLISHABLE_KEY}`;
    setResidentSession(scope, signIn.response.body as ResidentSession);
    const client = createReplayClient(recording, { writes: 'error', maxRetries: 0 });
    const el = await fixture<WusheMyVolunteering>(
      html`<wushe-my-volunteering .client=${client}></wushe-my-volunteering>`,
    );
    (await findIn(el, '[part=erase]', 10_000)).click();
    (await findIn(el, '[part=erase-confirm]')).click();
    await findIn(el, '[part=alert]');
    await until(() => focused(el, '[part=alert]'), 'the alert');
    expect(has(el, '[part=erase-dialog]')).to.equal(false);
    expect(getResidentSession(scope)).not.to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says so when the signed-in mobile is no volunteer', async () => {
    await signedIn(freshMobile());
    const el = await mount();
    await waitForText(el, '[part=state-empty]', '还没有登记为志愿者');
    await expect(el).to.be.accessible();
  });

  it('shares the sign-in with another widget, and signs both out', async () => {
    const { mobile } = await volunteerWithHours();
    await signedIn(mobile);
    const el = await mount();
    const other = await mount();
    await findIn(other, '[part=registration]');
    const heard = oneEvent(el, 'wushe-resident-signed-out');
    (await findIn(el, '[part=sign-out]')).click();
    await heard;
    await findIn(other, '#sign-in-mobile');
    expect(getResidentSession(await serverScope())).to.equal(undefined);
  });

  it('shows the offline state with a retry when the API cannot be reached', async () => {
    const session = await signInFromPage(freshMobile());
    const { publishableKey } = await realServer();
    const unreachable = 'http://127.0.0.1:9';
    setResidentSession(`${unreachable}|${publishableKey}`, session);
    const el = await mount({ apiBase: unreachable });
    await findIn(el, '[part=state-offline]', 15_000);
    expect(has(el, '[part=retry]')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks English and zh-HK, and keeps elder mode', async () => {
    const { mobile } = await volunteerWithHours();
    await signedIn(mobile);
    const en = await mount({ lang: 'en', elder: true });
    await waitForText(en, '[part=title]', 'My volunteering');
    await waitForText(en, '[part=hours-table] thead', 'Credit hours');
    expect(getComputedStyle($(en, '[part=base]')).fontSize).to.equal('20px');
    await expect(en).to.be.accessible();
    const hk = await mount({ lang: 'zh-HK' });
    await waitForText(hk, '[part=title]', '我的義工服務');
  });
});
