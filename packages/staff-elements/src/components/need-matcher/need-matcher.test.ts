import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@wushe/sdk';
import { $, findIn, waitForText } from '../../../../elements/test/dom.js';
import { call, postPendingNeed, realServer, staffToken } from '../../../test/real-server.js';
import { deepActive, focusOn, tabTo } from '../../../test/editor-test.js';
import {
  item,
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './need-matcher.js';
import type { WusheNeedMatcher } from './need-matcher.js';
import type { WusheNeedMatchedEvent } from '../../events/wushe-need-matched.js';

const mount = (attrs: WidgetAttrs = {}) =>
  mountWidget<WusheNeedMatcher>('wushe-need-matcher', attrs);

/** A resident's 养老服务 need in 锦绣香江社区, approved by staff: open, matched to no resource. */
async function openNeed(title: string): Promise<string> {
  const need = await postPendingNeed('440113104001', title);
  const approved = await call('PATCH', `/v1/needs/${need.id}`, { status: 'open' });
  if (approved.status !== 200) throw new Error(`approve: ${JSON.stringify(approved.body)}`);
  return need.id;
}

const matchesOf = async (id: string) =>
  (await call<{ data: { organizationName: string }[] }>('GET', `/v1/needs/${id}/matches`)).body
    .data;

describe('<wushe-need-matcher>', () => {
  it('has no axe violations, loading and with needs', async () => {
    const id = await openNeed('独居长者需要助餐');
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    await expect(el).to.be.accessible();
    await findIn(el, `${item(id)} [part="unmatched"]`);
    await expect(el).to.be.accessible();
  });

  it('matches a need to a resource by keyboard: announced, stored, and the organization shown', async () => {
    const id = await openNeed('长者午餐无人送');
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    const start = await findIn<HTMLButtonElement>(el, `${item(id)} [part="match"]`);
    start.focus();
    await sendKeys({ press: 'Enter' });
    await focusOn(() => el.shadowRoot!.querySelector('#q'), 'the search words');
    await sendKeys({ type: '助餐' });
    await sendKeys({ press: 'Enter' });
    await findIn(el, `${item(id)} [part="resource"]`);
    await expect(el).to.be.accessible();
    const first = () => el.shadowRoot!.querySelector<HTMLInputElement>('[name="resourceId"]');
    await tabTo(first, 'the first resource');
    // Without a resource picked nothing is sent.
    $<HTMLButtonElement>(el, `${item(id)} [part="confirm"]`).click();
    expect(first()!.validity.valueMissing).to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(first()!.checked).to.equal(true);
    await tabTo(() => el.shadowRoot!.querySelector('#note'), 'the note');
    await sendKeys({ type: '请尽快联系' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal($(el, `${item(id)} [part="confirm"]`));
    const matched = oneEvent<WusheNeedMatchedEvent>(el, 'wushe-need-matched');
    await sendKeys({ press: 'Enter' });
    const { detail } = await matched;
    expect(detail.needId).to.equal(id);
    expect(detail.matchId).to.match(/^mtc_/);
    expect(detail.resourceId).to.match(/^res_/);
    await waitForText(el, `${item(id)} [part="matched-to"]`, '已对接');
    await waitForText(el, '[part="announcer"]', '已通知');
    const stored = await matchesOf(id);
    expect(stored).to.have.length(1);
    expect($(el, `${item(id)} [part="matched-to"]`).textContent).to.contain(
      stored[0]!.organizationName,
    );
  });

  it('shows the server’s refusal at the resources, and keeps what was picked', async () => {
    const id = await openNeed('长者需要上门探访');
    const { apiBase } = await realServer();
    const realFetch = globalThis.fetch.bind(globalThis);
    const paused = () =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            error: {
              code: 'resource_paused',
              message: '该资源已暂停',
              requestId: 'req_x',
              issues: [
                { path: ['resourceId'], code: 'resource_not_published', message: '该资源已暂停' },
              ],
            },
          }),
          { status: 409, headers: { 'Content-Type': 'application/json' } },
        ),
      );
    // The lists as the real server gives them; the match refused as for a resource just paused.
    const client = createClient({
      baseUrl: apiBase,
      staffToken: await staffToken('jinxiu.staff'),
      maxRetries: 0,
      fetch: (input, init) => (init?.method === 'POST' ? paused() : realFetch(input, init)),
    });
    const el = await fixture<WusheNeedMatcher>(
      html`<wushe-need-matcher division="440113104001" .client=${client}></wushe-need-matcher>`,
    );
    (await findIn<HTMLButtonElement>(el, `${item(id)} [part="match"]`)).click();
    const radio = await findIn<HTMLInputElement>(el, `${item(id)} [name="resourceId"]`);
    radio.click();
    $<HTMLButtonElement>(el, `${item(id)} [part="confirm"]`).click();
    await waitForText(el, `${item(id)} [part="field-error"]`, '该资源已暂停');
    expect($(el, '[part="resources"]').getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>(el, `${item(id)} [name="resourceId"]`).checked).to.equal(true);
    expect(await matchesOf(id)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the forbidden state when the server refuses the list (403)', async () => {
    await showsForbidden('wushe-need-matcher', '无权对接', '440113104001');
  });

  it('shows the signed-out state for an ended session, and offline when unreachable', async () => {
    await showsSignedOutAndOffline(mount);
  });

  it('shows the empty state where no need is open, in three locales and elder mode', async () => {
    const token = await staffToken('jinxiu.staff');
    // 繁华社区: no needs in the demo data.
    const empty = await mount({ token, division: '440113001003', lang: 'en' });
    await waitForText(empty, '[part="state-empty"]', 'No needs are waiting');
    const hk = await mount({ token, lang: 'zh-HK' });
    await waitForText(hk, '[part="title"]', '供需對接');
    const elder = await mount({ token, elder: true });
    await findIn(elder, '[part="item"]');
    expect(parseFloat(getComputedStyle($(elder, '.base')).fontSize)).to.be.at.least(18);
    await expect(elder).to.be.accessible();
  });
});
