import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, findIn, has, until, waitForText } from '../../../../elements/test/dom.js';
import { call, DEMO, staffToken } from '../../../test/real-server.js';
import { focusOn, tabTo } from '../../../test/editor-test.js';
import {
  item,
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './activity-editor.js';
import type { WusheActivityEditor } from './activity-editor.js';
import type { WusheEditorSavedEvent } from '../../events/wushe-editor-saved.js';

const TAG = 'wushe-activity-editor';

const mount = async (attrs: WidgetAttrs = {}) =>
  mountWidget<WusheActivityEditor>(TAG, {
    ...attrs,
    token: 'token' in attrs ? attrs.token : await staffToken('jinxiu.staff'),
  });

const root = (el: Element) => el.shadowRoot!;
const field = (el: Element, selector: string) =>
  $<HTMLInputElement>(el, `[part="form"] ${selector}`);

let made = 0;
/** An activity of 锦绣香江社区 next year, published through the API, with a title no other test uses. */
async function publish(capacity = 10): Promise<{ id: string; title: string }> {
  const title = `楼道清洁日 ${Date.now().toString(36)}${(made++).toString(36)}`;
  const answer = await call<{ id: string; title: string }>('POST', '/v1/activities', {
    communityId: DEMO.jinxiu,
    title,
    description: '',
    category: 'sanitation',
    location: '锦绣香江 5 栋',
    startsAt: '2027-03-06T01:00:00.000Z',
    endsAt: '2027-03-06T03:00:00.000Z',
    capacity,
  });
  if (answer.status !== 201) throw new Error(`publish: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/**
 * Types a `datetime-local` field by keyboard as Chromium's en-US field reads it (the test
 * browser's language): month, day, year, then (the year takes up to six digits) → to the hour,
 * the hour of 12, the minutes, A or P.
 */
async function typeTime(input: HTMLInputElement, local: string) {
  const [year, month, day, hour, minute] = local.split(/[-T:]/) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const hours = Number(hour);
  for (const digits of [month, day, year]) await sendKeys({ type: digits });
  await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ type: String(hours % 12 || 12).padStart(2, '0') });
  await sendKeys({ type: minute });
  await sendKeys({ type: hours < 12 ? 'A' : 'P' });
  await until(() => input.value === local, `${input.name} to read ${local}`);
}

describe('<wushe-activity-editor>', () => {
  it('has no axe violations: the list, the form and a cancellation asked', async () => {
    await publish();
    const el = await mount();
    await expect(el).to.be.accessible();
    await findIn(el, '[part="item"]');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="new"]').click();
    await findIn(el, '[part="form"]');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="cancel"]').click();
    (await findIn<HTMLButtonElement>(el, '[part="cancel-activity"]')).click();
    await findIn(el, '[part="confirm"]');
    await expect(el).to.be.accessible();
  });

  it('publishes an activity in the worker’s community by keyboard, in Beijing time', async () => {
    const el = await mount();
    await findIn(el, '[part="new"]');
    await tabTo(() => root(el).querySelector('[part="new"]'), 'the new button');
    await sendKeys({ press: 'Enter' });
    await focusOn(() => root(el).querySelector('#title'), 'the title');
    const title = `长者防诈骗讲座 ${Date.now().toString(36)}`;
    await sendKeys({ type: title });
    await tabTo(() => root(el).querySelector('#location'), 'the place');
    await sendKeys({ type: '锦绣香江社区党群服务中心' });
    await tabTo(() => root(el).querySelector('#startsAt'), 'the start');
    await typeTime(field(el, '#startsAt'), '2027-02-13T09:30');
    await tabTo(() => root(el).querySelector('#endsAt'), 'the end');
    await typeTime(field(el, '#endsAt'), '2027-02-13T11:00');
    await tabTo(() => root(el).querySelector('#capacity'), 'the places');
    await sendKeys({ type: '30' });
    const saved = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    await tabTo(() => root(el).querySelector('[part="save"]'), 'the save button');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail).to.include({ editor: 'activities', action: 'created' });
    await waitForText(el, item(detail.id), title);
    const stored = await call<{ communityId: string; startsAt: string; capacity: number }>(
      'GET',
      `/v1/activities/${detail.id}`,
    );
    expect(stored.body).to.include({
      communityId: DEMO.jinxiu,
      startsAt: '2027-02-13T01:30:00.000Z',
      capacity: 30,
    });
  });

  it('shows the contract’s rules on their fields and keeps what was typed', async () => {
    const el = await mount();
    (await findIn<HTMLButtonElement>(el, '[part="new"]')).click();
    const title = await findIn<HTMLInputElement>(el, '#title');
    title.value = '社区义诊';
    field(el, '#startsAt').value = '2027-02-13T11:00';
    field(el, '#endsAt').value = '2027-02-13T09:00';
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await findIn(el, '[part="form-error"]');
    for (const path of ['location', 'endsAt', 'capacity'])
      expect(field(el, `#${path}`).getAttribute('aria-invalid'), path).to.equal('true');
    expect(field(el, '#title').getAttribute('aria-invalid')).to.equal('false');
    expect(title.value).to.equal('社区义诊');
    await expect(el).to.be.accessible();
  });

  it('keeps the server’s refusal on the form: places below the confirmed signups', async () => {
    const activity = await publish(2);
    for (const [name, mobile] of [
      ['陈家明', '13700000001'],
      ['刘淑芬', '13700000002'],
    ] as const) {
      await call(
        'POST',
        `/v1/activities/${activity.id}/signups`,
        { name, mobile, consent: { policyVersion: '2026-01', agreed: true } },
        'publishable',
      );
    }
    const el = await mount();
    const edit = await findIn<HTMLButtonElement>(el, `${item(activity.id)} [part="edit"]`);
    edit.click();
    const capacity = await findIn<HTMLInputElement>(el, '#capacity');
    capacity.value = '1';
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await findIn(el, '[part="form-error"]');
    expect(capacity.value).to.equal('1');
    expect(has(el, `${item(activity.id)} [part="form"]`)).to.equal(true);
  });

  it('cancels an activity once confirmed, by keyboard; its signups are the server’s to tell', async () => {
    const activity = await publish();
    const el = await mount();
    await findIn(el, `${item(activity.id)} [part="cancel-activity"]`);
    await tabTo(
      () => root(el).querySelector(`${item(activity.id)} [part="cancel-activity"]`),
      'the cancel button',
    );
    await sendKeys({ press: 'Enter' });
    await focusOn(() => root(el).querySelector(`${item(activity.id)} [part="confirm"]`), 'confirm');
    const saved = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail).to.include({ id: activity.id, action: 'cancelled' });
    await waitForText(el, item(activity.id), '已取消');
    const stored = await call<{ status: string }>('GET', `/v1/activities/${activity.id}`);
    expect(stored.body.status).to.equal('cancelled');
  });

  it('refuses another community’s worker with the server’s 403', async () => {
    const el = await mount({ division: DEMO.otherCommunity });
    (await findIn<HTMLButtonElement>(el, '[part="new"]')).click();
    (await findIn<HTMLInputElement>(el, '#title')).value = '越权发布的活动';
    field(el, '#location').value = '别的社区';
    field(el, '#startsAt').value = '2027-02-13T09:00';
    field(el, '#endsAt').value = '2027-02-13T10:00';
    field(el, '#capacity').value = '5';
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await waitForText(el, '[part="form-error"]', '无权');
  });

  it('has the signed-out, offline and forbidden states; three languages and elder mode', async () => {
    await showsSignedOutAndOffline(mount);
    await showsForbidden(TAG, '无权', DEMO.jinxiu);
    const en = await mount({ lang: 'en' });
    await waitForText(en, '[part="title"]', 'Volunteer activities');
    const hk = await mount({ lang: 'zh-HK', elder: true });
    await waitForText(hk, '[part="title"]', '志願活動');
    expect(parseFloat(getComputedStyle($(hk, '.base')).fontSize)).to.be.at.least(18);
    await expect(hk).to.be.accessible();
  });
});
