import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@wushe/sdk';
import { $, $$, findIn, has, until, waitForText } from '../../../../elements/test/dom.js';
import { DEMO, call, realServer, staffToken } from '../../../test/real-server.js';
import { deepActive } from '../../../test/editor-test.js';
import {
  item,
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './follow-ups.js';
import type { WusheFollowUps } from './follow-ups.js';
import { overdueFirst, type FollowUpItem } from './api.js';
import type { WusheFollowUpRecordedEvent } from '../../events/wushe-follow-up-recorded.js';

const mount = (attrs: WidgetAttrs = {}) => mountWidget<WusheFollowUps>('wushe-follow-ups', attrs);

let counter = 0;
/** A resident rates 锦绣香江社区's 垃圾分类 shift `rating` (the activity survey): a new 差评. */
async function lowRating(rating: 1 | 2): Promise<string> {
  const token = `followup${Date.now().toString(36)}${(counter++).toString(36)}xxxxxxxx`;
  const answer = await call<{ id: string }>(
    'POST',
    '/v1/surveys/svy_pyActivityRating/responses',
    {
      respondentToken: token,
      subjectId: 'act_jxSortingShift',
      answers: [{ questionId: 'overall', value: rating }],
    },
    'publishable',
  );
  if (answer.status !== 201) throw new Error(`respond: ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}

/** The follow-ups the API lists for 锦绣香江社区's worker. */
async function listed(token: string) {
  const page = await call<{ data: FollowUpItem[] }>(
    'GET',
    '/v1/staff/queue?kind=follow_ups&limit=50',
    undefined,
    token,
  );
  return page.body.data;
}

describe('<wushe-follow-ups>', () => {
  it('has no axe violations, loading and with follow-ups', async () => {
    await lowRating(1);
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    await expect(el).to.be.accessible();
    await findIn(el, '[part="item"]');
    await expect(el).to.be.accessible();
  });

  it('lists the division’s low ratings overdue first, each with its deadline', async () => {
    const id = await lowRating(2);
    const token = await staffToken('jinxiu.staff');
    const el = await mount({ token });
    await findIn(el, item(id));
    const shown = $$(el, '[part="item"]');
    const late = shown.map((node) => node.hasAttribute('data-overdue'));
    // Every overdue one comes before every one still in time.
    expect(late.indexOf(false) === -1 || late.lastIndexOf(true) < late.indexOf(false)).to.equal(
      true,
    );
    const fresh = $(el, item(id));
    expect(fresh.querySelector('[part="due"]')!.textContent).to.match(/请于 .+ 前回访/);
    // The API's own answer for the weekends-only note: shown exactly where no calendar covers it.
    const api = (await listed(token)).find((one) => one.id === id)!;
    expect(fresh.querySelector('[part="weekends-only"]') !== null).to.equal(!api.calendarKnown);
    expect($(el, '[part="count"]').textContent).to.match(/共 \d+ 条待回访，其中 \d+ 条已逾期/);
  });

  it('puts the overdue first, the most urgent deadline next', () => {
    const base = {
      kind: 'follow_ups',
      communityId: DEMO.jinxiu,
      streetId: DEMO.nancun,
      surveyId: 'svy_x',
      subjectId: 'act_x',
      rating: 1,
      calendarKnown: true,
    } as const;
    const sorted = overdueFirst([
      { ...base, id: 'rsp_a', since: '2026-12-01T00:00:00Z', dueOn: '2026-12-22', overdue: false },
      { ...base, id: 'rsp_b', since: '2026-11-02T00:00:00Z', dueOn: '2026-11-23', overdue: true },
      { ...base, id: 'rsp_c', since: '2026-11-20T00:00:00Z', dueOn: '2026-12-11', overdue: false },
      { ...base, id: 'rsp_d', since: '2026-11-01T00:00:00Z', dueOn: '2026-11-20', overdue: true },
    ]);
    expect(sorted.map((one) => one.id)).to.deep.equal(['rsp_d', 'rsp_b', 'rsp_c', 'rsp_a']);
  });

  it('records a follow-up by keyboard: it leaves the list, is announced and is stored', async () => {
    const id = await lowRating(1);
    const token = await staffToken('jinxiu.staff');
    const el = await mount({ token });
    const record = await findIn<HTMLButtonElement>(el, `${item(id)} [part="record"]`);
    record.focus();
    await sendKeys({ press: 'Enter' });
    const first = await findIn<HTMLInputElement>(el, `#outcome-${id}-resolved`);
    await until(() => deepActive() === first, 'the focus on the first outcome');
    await expect(el).to.be.accessible();
    // Arrow keys pick the outcome, Tab reaches the notes; without notes nothing is sent.
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLInputElement>(el, `#outcome-${id}-explained`).checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const notes = $<HTMLTextAreaElement>(el, `#notes-${id}`);
    expect(deepActive()).to.equal(notes);
    $<HTMLButtonElement>(el, `${item(id)} [part="confirm"]`).click();
    expect(notes.validity.valueMissing).to.equal(true);
    await sendKeys({ type: '已电话回访，说明了活动时间调整的原因。' });
    await sendKeys({ press: 'Tab' });
    const recorded = oneEvent<WusheFollowUpRecordedEvent>(el, 'wushe-follow-up-recorded');
    await sendKeys({ press: 'Enter' });
    const { detail } = await recorded;
    expect(detail.responseId).to.equal(id);
    expect(detail.outcome).to.equal('explained');
    expect(detail.followUpId).to.match(/^fup_/);
    await until(() => !has(el, item(id)), 'the rating to leave the list');
    await waitForText(el, '[part="announcer"]', '已登记回访');
    expect((await listed(token)).some((one) => one.id === id)).to.equal(false);
    // Recorded once: the API refuses a second record.
    const again = await call('POST', `/v1/staff/follow-ups/${id}`, {
      outcome: 'resolved',
      notes: '再次登记',
    });
    expect(again.status).to.equal(409);
  });

  it('tells a record refused outside the person’s scope, on the rating itself', async () => {
    const id = await lowRating(2);
    const refusing = () =>
      Promise.resolve(
        new Response(
          JSON.stringify({ error: { code: 'forbidden', message: 'no', requestId: 'req_x' } }),
          { status: 403, headers: { 'Content-Type': 'application/json' } },
        ),
      );
    const { apiBase } = await realServer();
    const realFetch = globalThis.fetch.bind(globalThis);
    // The list as the real server gives it; the record refused as for another community.
    const client = createClient({
      baseUrl: apiBase,
      staffToken: await staffToken('jinxiu.staff'),
      fetch: (input, init) => (init?.method === 'POST' ? refusing() : realFetch(input, init)),
    });
    const el = await fixture<WusheFollowUps>(
      html`<wushe-follow-ups division=${DEMO.jinxiu} .client=${client}></wushe-follow-ups>`,
    );
    const record = await findIn<HTMLButtonElement>(el, `${item(id)} [part="record"]`);
    record.click();
    const notes = await findIn<HTMLTextAreaElement>(el, `#notes-${id}`);
    notes.value = '已回访';
    $<HTMLButtonElement>(el, `${item(id)} [part="confirm"]`).click();
    await waitForText(el, `${item(id)} [part="action-error"]`, '无权回访');
    await expect(el).to.be.accessible();
  });

  it('shows the forbidden state when the server refuses the list (403)', async () => {
    await showsForbidden('wushe-follow-ups', '无权回访', DEMO.jinxiu);
  });

  it('shows the signed-out state for an ended session, and offline when unreachable', async () => {
    await showsSignedOutAndOffline(mount);
  });

  it('shows the empty state where nothing waits, in three locales and elder mode', async () => {
    const token = await staffToken('jinxiu.staff');
    // 里仁洞村: outside jinxiu.staff's scope, so nothing of it is in the list.
    const empty = await mount({ token, division: '440113104005', lang: 'en' });
    await waitForText(empty, '[part="state-empty"]', 'No low ratings are waiting');
    const hk = await mount({ token, division: '440113104005', lang: 'zh-HK' });
    await waitForText(hk, '[part="title"]', '待回訪的差評');
    const elder = await mount({ token, division: '440113104005', elder: true });
    await findIn(elder, '[part="state-empty"]');
    expect(parseFloat(getComputedStyle($(elder, '.base')).fontSize)).to.be.at.least(18);
    await expect(elder).to.be.accessible();
  });
});
