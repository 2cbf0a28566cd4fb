import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, findIn, has, until, waitForText } from '../../../../elements/test/dom.js';
import { DEMO, call, postPendingNeed, staffToken } from '../../../test/real-server.js';
import { deepActive } from '../../../test/editor-test.js';
import {
  item,
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './review-queue.js';
import type { WusheReviewQueue } from './review-queue.js';
import type { WusheNeedReviewedEvent } from '../../events/wushe-need-reviewed.js';

interface Attrs extends WidgetAttrs {
  kind?: string;
}

const mount = (attrs: Attrs = {}) =>
  mountWidget<WusheReviewQueue>('wushe-review-queue', attrs, {
    kind: attrs.kind ?? 'needs_review',
  });

/** Whether the public needs list (a resident's publishable key) shows the need. */
async function isPublic(id: string): Promise<boolean> {
  const page = await call<{ data: { id: string }[] }>(
    'GET',
    `/v1/needs?community=${DEMO.jinxiu}&limit=100`,
    undefined,
    'publishable',
  );
  return page.body.data.some((need) => need.id === id);
}

describe('<wushe-review-queue>', () => {
  it('has no axe violations, loading and with needs', async () => {
    await postPendingNeed(DEMO.jinxiu, '上门修水龙头');
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    await expect(el).to.be.accessible();
    await findIn(el, '[part="item"]');
    await expect(el).to.be.accessible();
  });

  it('lists the needs awaiting review in the division, longest waiting first', async () => {
    const first = await postPendingNeed(DEMO.jinxiu, '陪同复诊');
    const second = await postPendingNeed(DEMO.jinxiu, '代购药品');
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    await findIn(el, item(second.id));
    const ids = $$(el, '[part="item"]').map((node) => node.dataset.id);
    expect(ids.indexOf(first.id)).to.be.lessThan(ids.indexOf(second.id));
    expect($(el, '[part="count"]').textContent).to.match(/共 \d+ 条待审核/);
  });

  it('approves a need by keyboard: it leaves the queue, is announced, and is public', async () => {
    const need = await postPendingNeed(DEMO.jinxiu, '楼道灯维修');
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    const approve = await findIn<HTMLButtonElement>(el, `${item(need.id)} [part="approve"]`);
    approve.focus();
    const reviewed = oneEvent<WusheNeedReviewedEvent>(el, 'wushe-need-reviewed');
    await sendKeys({ press: 'Enter' });
    const { detail } = await reviewed;
    expect(detail).to.deep.equal({
      needId: need.id,
      action: 'approve',
      status: 'open',
      hidden: false,
    });
    await until(() => !has(el, item(need.id)), 'the need to leave the queue');
    await waitForText(el, '[part="announcer"]', need.title);
    expect(await isPublic(need.id)).to.equal(true);
  });

  it('rejects with a reason written in the queue, by keyboard; the reason is required', async () => {
    const need = await postPendingNeed(DEMO.jinxiu, '重复提交的需求');
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    const reject = await findIn<HTMLButtonElement>(el, `${item(need.id)} [part="reject"]`);
    reject.focus();
    await sendKeys({ press: 'Enter' });
    const reason = await findIn<HTMLTextAreaElement>(el, `#reason-${need.id}`);
    await until(() => deepActive() === reason, 'the focus on the reason');
    await expect(el).to.be.accessible();
    // Without a reason nothing is sent.
    $<HTMLButtonElement>(el, `${item(need.id)} [part="confirm-reject"]`).click();
    expect(reason.validity.valueMissing).to.equal(true);
    await sendKeys({ type: '与另一条需求重复' });
    await sendKeys({ press: 'Tab' });
    const reviewed = oneEvent<WusheNeedReviewedEvent>(el, 'wushe-need-reviewed');
    await sendKeys({ press: 'Enter' });
    expect((await reviewed).detail).to.include({ action: 'reject', status: 'rejected' });
    const stored = await call<{ status: string; reason: string }>('GET', `/v1/needs/${need.id}`);
    expect(stored.body).to.include({ status: 'rejected', reason: '与另一条需求重复' });
    expect(await isPublic(need.id)).to.equal(false);
  });

  it('lists nothing outside the person’s scope, and keeps the reason when rejecting fails', async () => {
    const outside = await postPendingNeed(DEMO.otherCommunity, '南村村的需求');
    const need = await postPendingNeed(DEMO.jinxiu, '已被他人处理的需求');
    const el = await mount({ token: await staffToken('jinxiu.staff'), division: DEMO.nancun });
    await findIn(el, item(need.id));
    expect(has(el, item(outside.id))).to.equal(false);

    $<HTMLButtonElement>(el, `${item(need.id)} [part="reject"]`).click();
    const reason = await findIn<HTMLTextAreaElement>(el, `#reason-${need.id}`);
    reason.value = '信息不完整';
    // Someone else closed it meanwhile: the rejection is refused, the reason stays to send again.
    await call('PATCH', `/v1/needs/${need.id}`, { status: 'closed', reason: '重复' });
    $<HTMLButtonElement>(el, `${item(need.id)} [part="confirm-reject"]`).click();
    await findIn(el, `${item(need.id)} [part="action-error"]`);
    expect($<HTMLTextAreaElement>(el, `#reason-${need.id}`).value).to.equal('信息不完整');
    await expect(el).to.be.accessible();
  });

  it('hides a reported need by keyboard: it leaves the list and residents no longer see it', async () => {
    const need = await postPendingNeed(DEMO.jinxiu, '可疑的广告需求');
    await call('PATCH', `/v1/needs/${need.id}`, { status: 'open' });
    const report = await call(
      'POST',
      `/v1/needs/${need.id}/reports`,
      { reason: 'spam', reporterToken: `token-${need.id}-reporter` },
      'publishable',
    );
    expect(report.status).to.equal(201);
    expect(await isPublic(need.id)).to.equal(true);
    const el = await mount({ token: await staffToken('jinxiu.staff'), kind: 'needs_reported' });
    await waitForText(el, '[part="title"]', '被举报的需求');
    await waitForText(el, `${item(need.id)} [part="reports"]`, '被举报 1 次');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, `${item(need.id)} [part="hide"]`).focus();
    const reviewed = oneEvent<WusheNeedReviewedEvent>(el, 'wushe-need-reviewed');
    await sendKeys({ press: 'Enter' });
    expect((await reviewed).detail).to.deep.equal({
      needId: need.id,
      action: 'hide',
      status: 'open',
      hidden: true,
    });
    await until(() => !has(el, item(need.id)), 'the need to leave the list');
    await waitForText(el, '[part="announcer"]', '已隐藏');
    expect(await isPublic(need.id)).to.equal(false);
  });

  it('restores a reported need: public again, its reports settled', async () => {
    const need = await postPendingNeed(DEMO.jinxiu, '被误举报的需求');
    await call('PATCH', `/v1/needs/${need.id}`, { status: 'open' });
    for (const n of [1, 2, 3]) {
      await call(
        'POST',
        `/v1/needs/${need.id}/reports`,
        { reason: 'other', reporterToken: `token-${need.id}-r${n}` },
        'publishable',
      );
    }
    expect(await isPublic(need.id)).to.equal(false);
    const el = await mount({ token: await staffToken('jinxiu.staff'), kind: 'needs_reported' });
    await waitForText(el, `${item(need.id)} [part="reports"]`, '已对居民隐藏');
    expect($(el, `${item(need.id)} [part="hide"]`).textContent).to.contain('保持隐藏');
    $<HTMLButtonElement>(el, `${item(need.id)} [part="restore"]`).click();
    await until(() => !has(el, item(need.id)), 'the need to leave the list');
    expect(await isPublic(need.id)).to.equal(true);
  });

  it('shows the forbidden state when the server refuses the queue (403)', async () => {
    await showsForbidden('wushe-review-queue', '无权审核', DEMO.jinxiu);
  });

  it('shows the signed-out state for an ended session, and offline when unreachable', async () => {
    await showsSignedOutAndOffline(mount);
  });

  it('shows the empty state where nothing waits, in three locales and elder mode', async () => {
    const token = await staffToken('jinxiu.staff');
    // 里仁洞村: no resident posted there in this run.
    const empty = await mount({ token, division: '440113104005', lang: 'en' });
    await waitForText(empty, '[part="state-empty"]', 'No needs are awaiting review');
    const hk = await mount({ token, division: '440113104005', lang: 'zh-HK' });
    await waitForText(hk, '[part="title"]', '待審核的需求');
    const reported = await mount({ token, division: '440113104005', kind: 'needs_reported' });
    await waitForText(reported, '[part="state-empty"]', '暂无被举报的需求');
    const elder = await mount({ token, division: '440113104005', elder: true });
    await findIn(elder, '[part="state-empty"]');
    expect(parseFloat(getComputedStyle($(elder, '.base')).fontSize)).to.be.at.least(18);
    await expect(elder).to.be.accessible();
  });
});
