import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { requestExamples } from '@wushe/schema/examples';
import { $, $$, findIn, has, textOf, until, waitForText } from '../../../test/dom.js';
import {
  definesOnce,
  mount,
  mountOffline,
  postNeed,
  review,
  signedIn,
  signInByKeyboard,
  tabTo,
} from '../../../test/my-lists-harness.js';
import { freshMobile, fromPage } from '../../../test/resident-sign-in.js';
import type { WusheMyNeeds } from './my-needs.js';

/** The timeline's steps as a resident reads them, reached and ahead. */
const steps = (el: WusheMyNeeds, needId: string) =>
  $$(el, `[data-need="${needId}"] [part~=step]`).map((step) => ({
    name: step.querySelector('.step-name')!.textContent.trim(),
    ahead: step.classList.contains('ahead'),
  }));

describe('<wushe-my-needs>', () => {
  beforeEach(() => localStorage.clear());

  it('is accessible', async () => {
    const el = await mount('wushe-my-needs');
    expect(has(el, '#sign-in-mobile')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('does not throw when defined twice, or when a second copy of it loads', async () => {
    const copy = new URL('./my-needs.component.ts?copy', import.meta.url).href;
    await definesOnce('wushe-my-needs', copy, 'WusheMyNeeds');
  });

  it('by keyboard: signs in, opens a need’s timeline and sees it move on; a rejection shows its reason', async () => {
    const mobile = freshMobile();
    const approved = await postNeed(mobile, '陪伴独居老人聊天');
    const rejected = await postNeed(mobile, '帮忙代购香烟和白酒');
    await review(rejected.id, 'rejected', '不属于社区服务范围');
    const el = await mount('wushe-my-needs');

    await signInByKeyboard(el, mobile);

    // Newest first: the rejected one, with its reason in words, then the one waiting for review.
    const cards = $$(el, '[part=need]');
    expect(cards.map((card) => card.dataset.need)).to.deep.equal([rejected.id, approved.id]);
    expect(textOf(el, `[data-need="${rejected.id}"] [part=badge]`)).to.equal('未通过审核');
    expect(textOf(el, `[data-need="${rejected.id}"] [part=reason]`)).to.contain(
      '不属于社区服务范围',
    );
    expect(textOf(el, `[data-need="${approved.id}"] [part=badge]`)).to.equal('待审核');
    await expect(el).to.be.accessible();

    const toggle = `[data-need="${approved.id}"] [part=toggle]`;
    await tabTo(el, toggle);
    expect($(el, toggle).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await until(() => has(el, `#timeline-${approved.id}`), 'the timeline');
    expect($(el, toggle).getAttribute('aria-expanded')).to.equal('true');
    expect(steps(el, approved.id)).to.deep.equal([
      { name: '已提交，等待社区审核', ahead: false },
      { name: '待审核', ahead: true },
      { name: '待认领', ahead: true },
      { name: '待完成', ahead: true },
    ]);
    await expect(el).to.be.accessible();

    // Staff approve it and an organization claims it; she reads the list again.
    await review(approved.id, 'open');
    const claimed = await fromPage(`/v1/needs/${approved.id}/claims`, requestExamples.claimNeed);
    expect(claimed.status).to.equal(201);
    await tabTo(el, '[part=refresh]');
    await sendKeys({ press: 'Enter' });
    await until(
      () => steps(el, approved.id).length === 4 && !steps(el, approved.id)[2]!.ahead,
      'the claim',
    );
    expect(steps(el, approved.id).map((step) => step.name)).to.deep.equal([
      '已提交，等待社区审核',
      '审核通过，已在需求清单公开',
      '已被认领',
      '待完成',
    ]);
    expect(textOf(el, `#timeline-${approved.id} [part=claimant]`)).to.equal(
      `认领人：社会组织 ${requestExamples.claimNeed.claimant.name}`,
    );
    expect(textOf(el, `[data-need="${approved.id}"] [part=badge]`)).to.equal('已认领');
  });

  it('reads the list again when a need is posted on the page', async () => {
    const mobile = freshMobile();
    await signedIn(mobile);
    const el = await mount('wushe-my-needs');
    await waitForText(el, '[part=state-empty]', '');
    const need = await postNeed(mobile, '周末陪老人散步');
    document.body.dispatchEvent(
      new CustomEvent('wushe-need-submitted', { detail: need, bubbles: true, composed: true }),
    );
    await findIn(el, `[data-need="${need.id}"]`);
  });

  it('says so when the signed-in mobile posted no need', async () => {
    await signedIn(freshMobile());
    const el = await mount('wushe-my-needs');
    await waitForText(el, '[part=state]', '还没有发布过需求');
    await expect(el).to.be.accessible();
  });

  it('shows the offline state with a retry when the API cannot be reached', async () => {
    const el = await mountOffline('wushe-my-needs');
    await expect(el).to.be.accessible();
  });

  it('speaks English and zh-HK, and keeps elder mode', async () => {
    const mobile = freshMobile();
    const need = await postNeed(mobile, '陪伴独居老人下棋');
    await signedIn(mobile);
    const en = await mount('wushe-my-needs', { lang: 'en', elder: true });
    await waitForText(en, '[part=title]', 'My needs');
    await waitForText(en, `[data-need="${need.id}"] [part=badge]`, 'Awaiting review');
    expect(getComputedStyle($(en, '[part=base]')).fontSize).to.equal('20px');
    await expect(en).to.be.accessible();
    const hk = await mount('wushe-my-needs', { lang: 'zh-HK' });
    await waitForText(hk, `[data-need="${need.id}"] [part=toggle]`, '查看進度');
  });
});
