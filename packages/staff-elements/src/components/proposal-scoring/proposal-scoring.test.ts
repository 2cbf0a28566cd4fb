import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, findIn, has, until, waitForText } from '../../../../elements/test/dom.js';
import { call, staffToken } from '../../../test/real-server.js';
import { deepActive, focusOn } from '../../../test/editor-test.js';
import {
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './proposal-scoring.js';
import type { WusheProposalScoring } from './proposal-scoring.js';
import type { WusheProposalScoredEvent } from '../../events/wushe-proposal-scored.js';

const mount = (attrs: WidgetAttrs = {}) =>
  mountWidget<WusheProposalScoring>('wushe-proposal-scoring', attrs);

/** The demo reviewer's proposals still to score, as the API lists them. */
async function toScore(token: string): Promise<string[]> {
  const page = await call<{ data: { id: string }[] }>(
    'GET',
    '/v1/staff/queue?kind=proposals_to_score&limit=50',
    undefined,
    token,
  );
  return page.body.data.map((item) => item.id);
}

/** The score fields of the proposal `id`, in the rubric's order. */
const fieldsOf = (el: HTMLElement, id: string) =>
  $$<HTMLInputElement>(el, `[part="item"][data-id="${id}"] [part="score"]`);

describe('<wushe-proposal-scoring>', () => {
  it('has no axe violations, loading and with proposals', async () => {
    const el = await mount({ token: await staffToken('panyu.reviewer') });
    await expect(el).to.be.accessible();
    await findIn(el, '[part="item"]');
    await expect(el).to.be.accessible();
  });

  it('scores a proposal by keyboard: every criterion, submitted, announced and gone from the list', async () => {
    const token = await staffToken('panyu.reviewer');
    const el = await mount({ token });
    const first = await findIn(el, '[part="item"]');
    const id = first.dataset.id!;
    const fields = fieldsOf(el, id);
    expect(fields.length).to.be.at.least(2);
    // Each field says its range, from the call's rubric.
    const range = el.shadowRoot!.getElementById(`${fields[0]!.id}-range`)!;
    expect(range.textContent).to.match(/0–\d+ 分/);
    fields[0]!.focus();
    for (const [index] of fields.entries()) {
      await focusOn(() => fieldsOf(el, id)[index]!, `score ${index + 1}`);
      await sendKeys({ type: String(index + 5) });
      await sendKeys({ press: 'Tab' });
    }
    expect(deepActive()).to.equal($(el, `[data-id="${id}"] [part="submit"]`));
    const scored = oneEvent<WusheProposalScoredEvent>(el, 'wushe-proposal-scored');
    await sendKeys({ press: 'Enter' });
    const { detail } = await scored;
    expect(detail.proposalId).to.equal(id);
    expect(Object.values(detail.scores)).to.deep.equal(fields.map((_, index) => index + 5));
    expect(detail.normalized).to.be.within(0, 1);
    await until(() => !has(el, `[data-id="${id}"]`), 'the proposal to leave the list');
    await waitForText(el, '[part="announcer"]', '已提交评分');
    expect(await toScore(token)).not.to.include(id);
  });

  it('shows a score the server refuses at its field, keeps what was typed, and stores nothing', async () => {
    const token = await staffToken('panyu.reviewer');
    const el = await mount({ token });
    const item = await findIn(el, '[part="item"]');
    const id = item.dataset.id!;
    const fields = fieldsOf(el, id);
    fields.forEach((field, index) => {
      field.value = index === 0 ? '999' : '1';
    });
    $<HTMLButtonElement>(el, `[data-id="${id}"] [part="submit"]`).click();
    await findIn(el, `[data-id="${id}"] [part="field-error"]`);
    const refused = fieldsOf(el, id)[0]!;
    expect(refused.getAttribute('aria-invalid')).to.equal('true');
    expect(refused.value).to.equal('999');
    expect(refused.getAttribute('aria-describedby')).to.contain('issue-scores-');
    expect(fieldsOf(el, id)[1]!.getAttribute('aria-invalid')).to.equal('false');
    expect(await toScore(token)).to.include(id);
    await expect(el).to.be.accessible();
  });

  it('shows the forbidden state when the server refuses the list (403)', async () => {
    await showsForbidden('wushe-proposal-scoring', '无权评审');
  });

  it('shows the signed-out state for an ended session, and offline when unreachable', async () => {
    await showsSignedOutAndOffline(mount);
  });

  it('shows the empty state to staff who review no call, in three locales and elder mode', async () => {
    const token = await staffToken('jinxiu.staff');
    const en = await mount({ token, lang: 'en' });
    await waitForText(en, '[part="state-empty"]', 'No proposal is waiting');
    const hk = await mount({ token, lang: 'zh-HK' });
    await waitForText(hk, '[part="title"]', '創投評審');
    const elder = await mount({ token: await staffToken('panyu.reviewer'), elder: true });
    await findIn(elder, '[part="item"]');
    expect(parseFloat(getComputedStyle($(elder, '.base')).fontSize)).to.be.at.least(18);
    await expect(elder).to.be.accessible();
  });
});
