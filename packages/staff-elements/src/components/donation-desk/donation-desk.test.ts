import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, findIn, has, until, waitForText } from '../../../../elements/test/dom.js';
import { call, fundRaised, pledge, staffToken } from '../../../test/real-server.js';
import { deepActive } from '../../../test/editor-test.js';
import {
  item,
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './donation-desk.js';
import type { WusheDonationDesk } from './donation-desk.js';
import type { WusheDonationSettledEvent } from '../../events/wushe-donation-settled.js';

const mount = (attrs: WidgetAttrs = {}) =>
  mountWidget<WusheDonationDesk>('wushe-donation-desk', attrs);

describe('<wushe-donation-desk>', () => {
  it('has no axe violations, loading and with pledges', async () => {
    await pledge(5_000);
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    await expect(el).to.be.accessible();
    await findIn(el, '[part="item"]');
    await expect(el).to.be.accessible();
  });

  it('confirms a pledge by keyboard with the bank reference: the fund moves once', async () => {
    const pending = await pledge(12_300);
    const before = await fundRaised();
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    const confirm = await findIn<HTMLButtonElement>(el, `${item(pending.id)} [part="confirm"]`);
    expect($(el, item(pending.id)).textContent).to.contain(pending.reference);
    expect($(el, `${item(pending.id)} [part="amount"]`).textContent).to.contain('123');
    confirm.focus();
    await sendKeys({ press: 'Enter' });
    const reference = await findIn<HTMLInputElement>(el, `#reference-${pending.id}`);
    await until(() => deepActive() === reference, 'the focus on the bank reference');
    await expect(el).to.be.accessible();
    // The reference is required: nothing is sent without it.
    $<HTMLButtonElement>(el, `${item(pending.id)} [part="confirm-paid"]`).click();
    expect(reference.validity.valueMissing).to.equal(true);
    await sendKeys({ type: 'BANK-20261206-0001' });
    const settled = oneEvent<WusheDonationSettledEvent>(el, 'wushe-donation-settled');
    await sendKeys({ press: 'Enter' });
    expect((await settled).detail).to.deep.include({
      donationId: pending.id,
      status: 'succeeded',
      amountFen: 12_300,
    });
    await until(() => !has(el, item(pending.id)), 'the pledge to leave the desk');
    await waitForText(el, '[part="announcer"]', '已确认到账');
    expect(await fundRaised()).to.equal(before + 12_300);
    const stored = await call<{ status: string }>('GET', `/v1/donations/${pending.id}`);
    expect(stored.body.status).to.equal('succeeded');
  });

  it('marks a pledge failed: the fund does not move', async () => {
    const pending = await pledge(800);
    const before = await fundRaised();
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    (await findIn<HTMLButtonElement>(el, `${item(pending.id)} [part="mark-failed"]`)).click();
    await until(() => !has(el, item(pending.id)), 'the pledge to leave the desk');
    expect(await fundRaised()).to.equal(before);
    const stored = await call<{ status: string }>('GET', `/v1/donations/${pending.id}`);
    expect(stored.body.status).to.equal('failed');
  });

  it('shows the settling error on the pledge and keeps the reference typed', async () => {
    const pending = await pledge(900);
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    (await findIn<HTMLButtonElement>(el, `${item(pending.id)} [part="confirm"]`)).click();
    const reference = await findIn<HTMLInputElement>(el, `#reference-${pending.id}`);
    reference.value = 'BANK-LATE';
    // Settled elsewhere meanwhile: 409 donation_not_pending.
    await call('POST', `/v1/donations/${pending.id}/confirm`, { providerReference: 'X' });
    $<HTMLButtonElement>(el, `${item(pending.id)} [part="confirm-paid"]`).click();
    await findIn(el, `${item(pending.id)} [part="action-error"]`);
    expect($<HTMLInputElement>(el, `#reference-${pending.id}`).value).to.equal('BANK-LATE');
  });

  it('shows the forbidden and signed-out states, and offline when unreachable', async () => {
    await showsForbidden('wushe-donation-desk', '无权确认');
    await showsSignedOutAndOffline(mount);
  });

  it('shows the empty state where nothing waits, in three locales and elder mode', async () => {
    const token = await staffToken('jinxiu.staff');
    // 里仁洞村 has no fund.
    const empty = await mount({ token, division: '440113104005', lang: 'en' });
    await waitForText(empty, '[part="state-empty"]', 'No pledges are waiting');
    const hk = await mount({ token, division: '440113104005', lang: 'zh-HK' });
    await waitForText(hk, '[part="title"]', '待確認的捐贈');
    const elder = await mount({ token, division: '440113104005', elder: true });
    await findIn(elder, '[part="state-empty"]');
    expect(parseFloat(getComputedStyle($(elder, '.base')).fontSize)).to.be.at.least(18);
    await expect(elder).to.be.accessible();
  });
});
