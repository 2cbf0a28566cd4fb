import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@wushe/sdk';
import { $, findIn, until, waitForText } from '../../../../elements/test/dom.js';
import { call, postPendingNeed, realServer, staffToken } from '../../../test/real-server.js';
import { deepActive, focusOn, tabTo } from '../../../test/editor-test.js';
import {
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './organization-desk.js';
import type { WusheOrganizationDesk } from './organization-desk.js';
import type { WusheOrganizationActedEvent } from '../../events/wushe-organization-acted.js';

/** The demo's 锦绣香江长者会, its 助餐 resource, and its member. */
const ELDERS = 'org_jxElders';
const MEALS = 'res_jxEldersMeals';
const MEMBER = 'jinxiu.elders';

const mount = async (attrs: WidgetAttrs = {}) =>
  mountWidget<WusheOrganizationDesk>('wushe-organization-desk', {
    token: await staffToken(MEMBER),
    ...attrs,
  });

const needCard = (id: string) => `[part="need"][data-id="${id}"]`;
const callCard = (id: string) => `[part="call"][data-id="${id}"]`;

/** A resident's need in 锦绣香江社区, approved and matched by staff to the elders' 助餐 resource. */
async function matchedNeed(title: string): Promise<{ id: string; title: string }> {
  const need = await postPendingNeed('440113104001', title);
  const approved = await call('PATCH', `/v1/needs/${need.id}`, { status: 'open' });
  if (approved.status !== 200) throw new Error(`approve: ${JSON.stringify(approved.body)}`);
  const matched = await call('POST', `/v1/needs/${need.id}/matches`, { resourceId: MEALS });
  if (matched.status !== 201) throw new Error(`match: ${JSON.stringify(matched.body)}`);
  return need;
}

/** A call of 南村镇 the district opens now, closing in a week. */
async function openCall(title: string): Promise<string> {
  const opened = await call<{ id: string }>('POST', '/v1/calls', {
    divisionId: '440113104',
    title,
    kind: 'micro_venture',
    budgetFen: 5_000_000,
    proposalsCloseAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    needCategories: ['elderly_care'],
    rubric: [{ id: 'design', name: '项目设计', weight: 100, maxScore: 10 }],
  });
  if (opened.status !== 201) throw new Error(`open call: ${JSON.stringify(opened.body)}`);
  return opened.body.id;
}

const typeInto = async (el: WusheOrganizationDesk, selector: string, text: string) => {
  await tabTo(() => el.shadowRoot!.querySelector(selector), selector);
  await sendKeys({ type: text });
};

describe('<wushe-organization-desk>', () => {
  it('has no axe violations, loading and with the desk of the member’s organization', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await waitForText(el, '[part="organization"]', '锦绣香江长者会');
    await findIn(el, '[part="call"]');
    await expect(el).to.be.accessible();
  });

  it('claims a need matched to the organization by keyboard: announced, and the need names it', async () => {
    const need = await matchedNeed('独居长者午餐没人送');
    const el = await mount();
    const claim = await findIn<HTMLButtonElement>(el, `${needCard(need.id)} [part="claim"]`);
    claim.focus();
    const acted = oneEvent<WusheOrganizationActedEvent>(el, 'wushe-organization-acted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await acted;
    expect(detail).to.deep.equal({ organizationId: ELDERS, action: 'claim', needId: need.id });
    await waitForText(el, `${needCard(need.id)} [part="claimed"]`, '已由本机构认领');
    await waitForText(el, '[part="announcer"]', '已认领');
    await focusOn(() => $(el, `${needCard(need.id)} h4`), 'the need’s heading');
    const stored = await call<{ status: string; claim: { claimantName: string } }>(
      'GET',
      `/v1/needs/${need.id}`,
    );
    expect(stored.body.status).to.equal('claimed');
    expect(stored.body.claim.claimantName).to.equal('锦绣香江长者会');
    await expect(el).to.be.accessible();
  });

  it('proposes a project for a claimed need by keyboard; the budget in yuan is sent as fen', async () => {
    const need = await matchedNeed('长者需要上门探访');
    await call('POST', `/v1/needs/${need.id}/organization-claims`, { organizationId: ELDERS });
    const callId = await openCall(`锦绣香江长者微创投 ${Date.now().toString(36)}`);
    const el = await mount();
    const start = await findIn<HTMLButtonElement>(
      el,
      `${callCard(callId)} [part="start-proposal"]`,
    );
    start.focus();
    await sendKeys({ press: 'Enter' });
    await focusOn(() => el.shadowRoot!.querySelector('#title'), 'the project title');
    await sendKeys({ type: '长者上门探访计划' });
    await sendKeys({ press: 'Tab' });
    const select = $<HTMLSelectElement>(el, '#needIds');
    expect(deepActive()).to.equal(select);
    const option = [...select.options].findIndex((each) => each.value === need.id);
    for (let press = 0; press < option; press++) await sendKeys({ press: 'ArrowDown' });
    expect(select.value).to.equal(need.id);
    await typeInto(el, '#budgetFen', '12,000.50');
    await typeInto(el, '#summary', '每周两次上门探访独居长者，陪伴聊天并及时转介社工。');
    await tabTo(() => $(el, '[part="submit-proposal"]'), 'the submit button');
    await expect(el).to.be.accessible();
    const acted = oneEvent<WusheOrganizationActedEvent>(el, 'wushe-organization-acted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await acted;
    expect(detail.action).to.equal('propose');
    await waitForText(
      el,
      `[part="proposal"][data-id="${detail.proposalId}"] [part="progress"]`,
      '已提交',
    );
    const stored = await call<{
      proposals: { id: string; budgetFen: number; needIds: string[] }[];
    }>('GET', `/v1/calls/${callId}`);
    expect(stored.body.proposals).to.have.length(1);
    expect(stored.body.proposals[0]).to.include({ id: detail.proposalId, budgetFen: 1_200_050 });
    expect(stored.body.proposals[0]!.needIds).to.deep.equal([need.id]);
  });

  it('shows refusals at their fields and the closed call above them, and keeps what was typed', async () => {
    const callId = await openCall(`即将关闭的征集 ${Date.now().toString(36)}`);
    const el = await mount();
    (await findIn<HTMLButtonElement>(el, `${callCard(callId)} [part="start-proposal"]`)).click();
    await typeInto(el, '#title', '短');
    await typeInto(el, '#budgetFen', '一万');
    $<HTMLButtonElement>(el, '[part="submit-proposal"]').click();
    await findIn(el, '#issue-budgetFen');
    expect($(el, '#title').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#budgetFen').getAttribute('aria-invalid')).to.equal('true');
    await until(() => deepActive() === $(el, '#title'), 'the focus on the first refused field');
    expect($<HTMLInputElement>(el, '#budgetFen').value).to.equal('一万');
    await expect(el).to.be.accessible();

    // The call closes meanwhile: the server refuses at the call, nothing typed is lost.
    const closed = await call('POST', `/v1/calls/${callId}/close`, {});
    expect(closed.status).to.equal(200);
    $<HTMLInputElement>(el, '#title').value = '长者助餐扩展计划';
    $<HTMLInputElement>(el, '#budgetFen').value = '8000';
    $<HTMLTextAreaElement>(el, '#summary').value = '在现有助餐点基础上，新增两个送餐片区。';
    $<HTMLButtonElement>(el, '[part="submit-proposal"]').click();
    await findIn(el, `${callCard(callId)} [part="form-error"]`);
    expect($<HTMLInputElement>(el, '#title').value).to.equal('长者助餐扩展计划');
    expect($<HTMLTextAreaElement>(el, '#summary').value).to.contain('新增两个送餐片区');
    const stored = await call<{ proposals: unknown[] }>('GET', `/v1/calls/${callId}`);
    expect(stored.body.proposals).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('lets a district admin pick among the organizations of the division', async () => {
    const el = await mount({ token: await staffToken('panyu.admin') });
    const picker = await findIn<HTMLSelectElement>(el, '[part="picker"] select');
    const other = [...picker.options].find((each) => each.value !== picker.value)!;
    picker.value = other.value;
    picker.dispatchEvent(new Event('change'));
    await waitForText(el, '[part="organization"]', other.textContent.trim());
    await expect(el).to.be.accessible();
  });

  it('shows the forbidden state when the server refuses the desk (403)', async () => {
    await showsForbidden('wushe-organization-desk', '无权查看', '440113104001');
  });

  it('shows the signed-out state for an ended session, and offline when unreachable', async () => {
    await showsSignedOutAndOffline(mount);
  });

  it('shows the empty state where there is no organization, in three locales and elder mode', async () => {
    // Every community of the demo has organizations: the list is answered empty, the rest real.
    const { apiBase } = await realServer();
    const realFetch = globalThis.fetch.bind(globalThis);
    const noOrganizations = createClient({
      baseUrl: apiBase,
      staffToken: await staffToken('panyu.admin'),
      maxRetries: 0,
      fetch: (input, init) =>
        new URL(input instanceof Request ? input.url : input).pathname === '/v1/organizations'
          ? Promise.resolve(
              new Response(JSON.stringify({ data: [], nextCursor: null }), {
                headers: { 'Content-Type': 'application/json' },
              }),
            )
          : realFetch(input, init),
    });
    const empty = await fixture<WusheOrganizationDesk>(
      html`<wushe-organization-desk
        division="440113104001"
        lang="en"
        .client=${noOrganizations}
      ></wushe-organization-desk>`,
    );
    await waitForText(empty, '[part="state-empty"]', 'no social organization');
    await expect(empty).to.be.accessible();
    const hk = await mount({ lang: 'zh-HK' });
    await waitForText(hk, '[part="title"]', '機構工作台');
    const elder = await mount({ elder: true });
    await findIn(elder, '[part="call"]');
    expect(parseFloat(getComputedStyle($(elder, '.base')).fontSize)).to.be.at.least(18);
    await expect(elder).to.be.accessible();
  });
});
