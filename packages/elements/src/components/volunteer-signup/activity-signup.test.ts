import { expect, oneEvent } from '@open-wc/testing';
import type { Activity, Page } from '@wushe/schema';
import { createReplayClient, DemoIds } from '@wushe/sdk/fixtures';
import activitySignup from '@wushe/sdk/recordings/activity-signup.json' with { type: 'json' };
import { realServer, staff } from '../../../test/real-server.js';
import { createActivity, fullActivity } from '../../../test/full-activity.js';
import { signInFromPage } from '../../../test/resident-sign-in.js';
import { setResidentSession } from '../../internal/resident-session.js';
import {
  $,
  byKeyboard,
  COMMUNITY,
  fill,
  focused,
  freshMobile,
  input,
  mount,
  submit,
  until,
} from '../../../test/volunteer-signup-harness.js';

/** The community's activities as the real server of the test run lists them now. */
async function activityNow(id: string): Promise<Activity> {
  const listed = await staff<Page<Activity>>('GET', `/v1/activities?community=${COMMUNITY}`);
  return listed.body.data.find((activity) => activity.id === id)!;
}

describe('<wushe-volunteer-signup activity>', () => {
  beforeEach(() => sessionStorage.clear());

  it('signs up for an activity with the keyboard alone, showing the places left', async function () {
    this.timeout(60_000);
    const server = await realServer();
    const open = await activityNow(DemoIds.activity);
    const left = open.capacity - open.signedUp;
    expect(left).to.be.greaterThan(1);
    const el = await mount(undefined, { server, activity: open.id });
    expect($(el, 'h2').textContent).to.equal(open.title);
    expect($(el, '.places').textContent).to.contain(`还剩 ${left} 个名额`);
    expect($(el, '#idNumber')).to.equal(null);
    await expect(el).to.be.accessible();
    // Sent empty: the focus goes to the first field to fix.
    await byKeyboard(el, [['button[type=submit]', 'Enter']]);
    await until(() => focused(el, '#name'), 'the focus on the first error');
    expect(input(el, '#name').getAttribute('aria-invalid')).to.equal('true');
    const heard = oneEvent(el, 'wushe-activity-signup');
    await byKeyboard(el, [
      ['#name', '陈小明'],
      ['#mobile', freshMobile()],
      ['#consent', 'Space'],
      ['button[type=submit]', 'Enter'],
    ]);
    expect((await heard).detail.status).to.equal('confirmed');
    await el.updateComplete;
    expect($(el, '.success h3').textContent).to.contain('报名成功');
    expect(focused(el, '.success h3')).to.equal(true);
    // The next person, by keyboard too: the places left count this signup.
    await byKeyboard(el, [['.success button', 'Enter']]);
    await until(() => focused(el, '#name'), 'the empty form');
    expect($(el, '.places').textContent).to.contain(`还剩 ${left - 1} 个名额`);
  });

  it('puts a signup for a full activity on the waitlist, with its position', async function () {
    this.timeout(60_000);
    const server = await realServer();
    const full = await activityNow(DemoIds.fullActivity);
    const el = await mount(undefined, { server, activity: full.id });
    expect($(el, '.places').textContent).to.contain(
      `名额已满，报名后将进入候补（已有 ${full.waitlisted} 人候补）`,
    );
    const mobile = freshMobile();
    await fill(el, { name: '陈小明', mobile, consent: true });
    await submit(el);
    expect($(el, '.success h3').textContent).to.contain(`您排在第 ${full.waitlisted + 1} 位`);
    await expect(el).to.be.accessible();

    const again = await mount(undefined, { server, activity: full.id });
    await fill(again, { name: '陈小明', mobile, consent: true });
    await submit(again);
    expect($(again, '[role=alert]').textContent).to.contain('无需重复报名');
  });

  it('shows live the places left, and that a signed-in resident waiting took the place', async function () {
    this.timeout(60_000);
    const server = await realServer();
    const { activityId, release } = await fullActivity();
    const mobile = freshMobile();
    // She is signed in on this page (the page's shared resident sign-in), then signs up here.
    const session = await signInFromPage(mobile);
    setResidentSession(`${server.apiBase}|${server.publishableKey}`, session);
    const el = await mount(undefined, { server, activity: activityId });
    await fill(el, { name: '何嘉欣', mobile, consent: true });
    await submit(el);
    expect($(el, '.success h3').textContent).to.contain('您排在第 1 位');
    // A page without her sign-in sees only the places: public, never who.
    const other = await mount(undefined, { server, activity: activityId });
    expect($(other, '.places').textContent).to.contain('已有 1 人候补');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await release();
    await until(() => $(el, '.success h3').textContent.includes('报名成功'), 'her place', 10_000);
    await until(
      () =>
        $(other, '.places').textContent.includes('名额已满') &&
        !$(other, '.places').textContent.includes('人候补'),
      'the places, live',
      10_000,
    );
    await expect(el).to.be.accessible();
    localStorage.clear();
  });

  it('says an activity is cancelled, and why, and offers no form', async function () {
    this.timeout(60_000);
    const server = await realServer();
    const id = await createActivity({ title: '社区义剪（测试取消）', capacity: 5, inDays: 30 });
    const cancelled = await staff<Activity>('PATCH', `/v1/activities/${id}`, {
      status: 'cancelled',
      cancelReason: '台风预警',
    });
    expect(cancelled.body.status).to.equal('cancelled');
    const el = await mount(undefined, { server, activity: id });
    await expect(el).to.be.accessible();
    expect($(el, '.places').textContent).to.contain('活动已取消：台风预警');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('says when the activity is not found (ended, or none), accessibly', async () => {
    // Not among the community's upcoming activities, as the real server listed them.
    const el = await mount(createReplayClient(activitySignup), { activity: 'act_doesNotExist' });
    expect($(el, '[role=alert]').textContent).to.contain('没有找到这个活动');
    expect($(el, 'button').textContent.trim()).to.equal('重试');
    await expect(el).to.be.accessible();
  });

  it('renders in en and in elder mode', async () => {
    const el = await mount(createReplayClient(activitySignup), {
      activity: DemoIds.fullActivity,
      lang: 'en',
      elder: true,
    });
    await until(() => $(el, 'button[type=submit]').textContent.trim() === 'Sign up', 'en');
    expect($(el, '.places').textContent).to.contain('Full — you will be on the waitlist');
    expect($(el, 'dt').textContent).to.equal('Time');
    expect($(el, 'button[type=submit]').getBoundingClientRect().height).to.be.at.least(60);
    await expect(el).to.be.accessible();
  });

  it("shows the real server's places left, then its waitlist position", async function () {
    // The first test of a run to ask starts the shared server (PGlite and the demo seed: seconds).
    this.timeout(60_000);
    const server = await realServer();
    const listed = await staff<Page<Activity>>('GET', `/v1/activities?community=${COMMUNITY}`);
    const byId = (id: string) => listed.body.data.find((activity) => activity.id === id)!;
    const open = byId('act_jxElderVisits');
    const el = await mount(undefined, { server, activity: open.id });
    expect($(el, 'h2').textContent).to.equal(open.title);
    expect($(el, '.places').textContent).to.contain(`还剩 ${open.capacity - open.signedUp} 个名额`);

    const full = byId('act_jxPoetryKids');
    expect(full.signedUp).to.equal(full.capacity);
    const waiting = await mount(undefined, { server, activity: full.id });
    expect($(waiting, '.places').textContent).to.contain(`已有 ${full.waitlisted} 人候补`);
    const heard = oneEvent(waiting, 'wushe-activity-signup');
    await fill(waiting, { name: '何嘉欣', mobile: freshMobile(), consent: true });
    await submit(waiting);
    const { detail } = await heard;
    expect(detail.status).to.equal('waitlisted');
    expect(detail.waitlistPosition).to.be.greaterThan(full.waitlisted);
    expect($(waiting, '.success h3').textContent).to.contain(
      `您排在第 ${detail.waitlistPosition} 位`,
    );
    const after = await staff<Page<Activity>>('GET', `/v1/activities?community=${COMMUNITY}`);
    const now = after.body.data.find((activity) => activity.id === full.id)!;
    expect(now.waitlisted).to.be.at.least(detail.waitlistPosition);
  });
});
