import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { roundToHalfHours } from '@wushe/schema';
import { $, $$, findIn, until, waitForText } from '../../../../elements/test/dom.js';
import { call, staffToken } from '../../../test/real-server.js';
import { deepActive } from '../../../test/editor-test.js';
import {
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './hours-recorder.js';
import type { WusheHoursRecorder } from './hours-recorder.js';
import type { WusheHoursRecordedEvent } from '../../events/wushe-hours-recorded.js';

/** The demo's 长者义剪日 in 锦绣香江社区, eight days ago, with three registered volunteers. */
const HAIRCUT = 'act_Rb8Tz1Kq5W';
const LI_ZHIQIANG = 'vol_pyLiZhiqiang';

interface Attrs extends WidgetAttrs {
  activityId?: string;
}

const mount = (attrs: Attrs = {}) =>
  mountWidget<WusheHoursRecorder>('wushe-hours-recorder', attrs, {
    'activity-id': attrs.activityId ?? '',
  });

interface Hours {
  servedHalfHours: number;
  records: { activityId: string | null; minutes: number; source: string }[];
}
const hoursOf = async (volunteer: string) =>
  (await call<Hours>('GET', `/v1/volunteers/${volunteer}/hours`)).body;

describe('<wushe-hours-recorder>', () => {
  it('has no axe violations, loading, with activities and with a check-in list', async () => {
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    await expect(el).to.be.accessible();
    await findIn(el, `option[value="${HAIRCUT}"]`);
    await expect(el).to.be.accessible();
    el.activityId = HAIRCUT;
    await findIn(el, '[part="item"]');
    await expect(el).to.be.accessible();
  });

  it('records a check-in by keyboard: the rounding shows as typed, and the time bank gets it', async () => {
    const before = await hoursOf(LI_ZHIQIANG);
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    const picker = await findIn<HTMLSelectElement>(el, `[part="activity"]`);
    await findIn(el, `option[value="${HAIRCUT}"]`);
    picker.focus();
    while (picker.value !== HAIRCUT) await sendKeys({ press: 'ArrowDown' });
    await until(() => el.activityId === HAIRCUT, 'the activity to be picked');
    const rowOf = () => $$(el, '[part="item"]').find((row) => row.textContent.includes('李志强'));
    await until(() => rowOf() !== undefined, 'the check-in row of 李志强');
    const rows = rowOf()!;
    const minutes = rows.querySelector<HTMLInputElement>('[part="minutes"]')!;
    // The activity's length is proposed; typing shows the rounding of SPEC §2 at once.
    expect(minutes.value).to.equal('150');
    minutes.focus();
    minutes.select();
    await sendKeys({ type: '100' });
    const credited = rows.querySelector('[part="credited"]')!;
    expect(credited.textContent).to.contain(`计入 ${roundToHalfHours(100) / 2} 小时`);
    expect(credited.textContent).to.contain('1.5');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(rows.querySelector('[part="record"]'));
    const recorded = oneEvent<WusheHoursRecordedEvent>(el, 'wushe-hours-recorded');
    await sendKeys({ press: 'Enter' });
    expect((await recorded).detail).to.deep.include({
      volunteerId: LI_ZHIQIANG,
      activityId: HAIRCUT,
      minutes: 100,
      halfHours: 3,
      source: 'check_in',
    });
    await waitForText(el, '[part="announcer"]', '李志强 1.5 小时');
    const after = await hoursOf(LI_ZHIQIANG);
    expect(after.servedHalfHours).to.equal(before.servedHalfHours + 3);
    expect(after.records[0]).to.include({ activityId: HAIRCUT, minutes: 100, source: 'check_in' });
  });

  it('records a manual entry, sent as manual; the volunteer id is checked before sending', async () => {
    const before = await hoursOf(LI_ZHIQIANG);
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    const id = await findIn<HTMLInputElement>(el, '[part="volunteer-id"]');
    const form = $<HTMLFormElement>(el, '[part="manual"]');
    id.value = '李志强';
    expect(form.checkValidity()).to.equal(false);
    id.value = LI_ZHIQIANG;
    $<HTMLInputElement>(el, '#content').value = '社区环境清洁';
    const minutes = $<HTMLInputElement>(el, '#minutes-manual');
    minutes.focus();
    await sendKeys({ type: '10' });
    expect($(el, '#credited-manual').textContent).to.contain('计入 0 小时');
    const recorded = oneEvent<WusheHoursRecordedEvent>(el, 'wushe-hours-recorded');
    $<HTMLButtonElement>(el, '[part="record-manual"]').click();
    expect((await recorded).detail).to.deep.include({
      minutes: 10,
      halfHours: 0,
      source: 'manual',
    });
    const after = await hoursOf(LI_ZHIQIANG);
    expect(after.records[0]).to.include({ minutes: 10, source: 'manual' });
    expect(after.servedHalfHours).to.equal(before.servedHalfHours);
  });

  it('shows why a manual entry was refused, and keeps it', async () => {
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    const id = await findIn<HTMLInputElement>(el, '[part="volunteer-id"]');
    id.value = 'vol_doesNotExist';
    $<HTMLInputElement>(el, '#content').value = '社区环境清洁';
    $<HTMLInputElement>(el, '#minutes-manual').value = '60';
    $<HTMLButtonElement>(el, '[part="record-manual"]').click();
    await findIn(el, '[part="manual"] ~ [part="action-error"]');
    expect(id.value).to.equal('vol_doesNotExist');
    await expect(el).to.be.accessible();
  });

  it('shows the forbidden and signed-out states, and offline when unreachable', async () => {
    await showsForbidden('wushe-hours-recorder', '无权登记');
    await showsSignedOutAndOffline(mount);
  });

  it('shows the empty state where no activity took place, in three locales and elder mode', async () => {
    const token = await staffToken('jinxiu.staff');
    const empty = await mount({ token, division: '440113104005', lang: 'en' });
    await waitForText(empty, '[part="state-empty"]', 'No activity of the last 30 days');
    expect($(empty, '[part="rounding"]').textContent).to.contain('up to 15 minutes count nothing');
    const hk = await mount({ token, division: '440113104005', lang: 'zh-HK' });
    await waitForText(hk, '[part="title"]', '義工服務時數登記');
    const elder = await mount({ token, division: '440113104005', elder: true });
    await findIn(elder, '[part="state-empty"]');
    expect(parseFloat(getComputedStyle($(elder, '.base')).fontSize)).to.be.at.least(18);
    await expect(elder).to.be.accessible();
  });
});
