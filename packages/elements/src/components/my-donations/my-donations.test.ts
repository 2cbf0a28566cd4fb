import { expect } from '@open-wc/testing';
import { $$, findIn, has, textOf, waitForText } from '../../../test/dom.js';
import {
  definesOnce,
  donate,
  mount,
  mountOffline,
  signedIn,
  signInByKeyboard,
} from '../../../test/my-lists-harness.js';
import { staff } from '../../../test/real-server.js';
import { freshMobile } from '../../../test/resident-sign-in.js';

describe('<wushe-my-donations>', () => {
  beforeEach(() => localStorage.clear());

  it('is accessible', async () => {
    const el = await mount('wushe-my-donations');
    expect(has(el, '#sign-in-mobile')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('does not throw when defined twice, or when a second copy of it loads', async () => {
    const copy = new URL('./my-donations.component.ts?copy', import.meta.url).href;
    await definesOnce('wushe-my-donations', copy, 'WusheMyDonations');
  });

  it('by keyboard: signs in and sees each donation with its fund, amount in 元, status and receipt', async () => {
    const mobile = freshMobile();
    const pledged = await donate(mobile, 5_050);
    const confirmed = await donate(mobile, 20_000, '黄伟明');
    expect((await staff('POST', `/v1/donations/${confirmed.id}/confirm`, {})).status).to.equal(200);
    const el = await mount('wushe-my-donations');
    await signInByKeyboard(el, mobile);

    expect($$(el, '[part=donation]').map((each) => each.dataset.donation)).to.deep.equal([
      confirmed.id,
      pledged.id,
    ]);
    const card = (id: string, part: string) => textOf(el, `[data-donation="${id}"] [part=${part}]`);
    expect(card(confirmed.id, 'amount')).to.equal('¥200');
    expect(card(confirmed.id, 'badge')).to.equal('已到账');
    expect(card(confirmed.id, 'receipt')).to.equal('已申请，抬头：黄伟明');
    expect(card(pledged.id, 'amount')).to.equal('¥50.50');
    expect(card(pledged.id, 'badge')).to.equal('待确认到账');
    expect(card(pledged.id, 'receipt')).to.contain('未申请');
    expect(textOf(el, `[data-donation="${pledged.id}"] h3`)).to.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('reads the list again when a donation is made on the page', async () => {
    const mobile = freshMobile();
    await signedIn(mobile);
    const el = await mount('wushe-my-donations');
    await findIn(el, '[part=state-empty]');
    const donation = await donate(mobile, 10_000);
    document.body.dispatchEvent(
      new CustomEvent('wushe-donation-created', {
        detail: { donation },
        bubbles: true,
        composed: true,
      }),
    );
    await findIn(el, `[data-donation="${donation.id}"]`);
  });

  it('says so when the signed-in mobile gave nothing', async () => {
    await signedIn(freshMobile());
    const el = await mount('wushe-my-donations');
    await waitForText(el, '[part=state]', '还没有捐赠记录');
    await expect(el).to.be.accessible();
  });

  it('shows the offline state with a retry when the API cannot be reached', async () => {
    const el = await mountOffline('wushe-my-donations');
    await expect(el).to.be.accessible();
  });

  it('speaks English and zh-HK, and keeps elder mode', async () => {
    const mobile = freshMobile();
    const donation = await donate(mobile, 3_000, 'Wong Siu Ming');
    await signedIn(mobile);
    const en = await mount('wushe-my-donations', { lang: 'en', elder: true });
    await waitForText(en, '[part=title]', 'My donations');
    await waitForText(en, `[data-donation="${donation.id}"] [part=amount]`, 'CN¥30');
    await waitForText(en, `[data-donation="${donation.id}"] [part=receipt]`, 'Wong Siu Ming');
    expect(getComputedStyle($$(en, '[part=base]')[0]!).fontSize).to.equal('20px');
    await expect(en).to.be.accessible();
    const hk = await mount('wushe-my-donations', { lang: 'zh-HK' });
    await waitForText(hk, `[data-donation="${donation.id}"] [part=badge]`, '待確認到賬');
  });
});
