import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@wushe/sdk';
import { $, findIn, has, textOf, until, waitForText } from '../../../../elements/test/dom.js';
import { call, DEMO, DEMO_FUND, realServer, staffToken } from '../../../test/real-server.js';
import { deepActive, focusOn, tabTo } from '../../../test/editor-test.js';
import {
  item,
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './call-desk.js';
import type { WusheCallDesk } from './call-desk.js';
import type { WusheCallUpdatedEvent } from '../../events/wushe-call-updated.js';

const mount = (attrs: WidgetAttrs = {}) =>
  mountWidget<WusheCallDesk>('wushe-call-desk', { division: DEMO.nancun, ...attrs });

const DAY = 86_400_000;
let serial = 0;

/** A call 南村镇 opens through the API, with two proposals of 锦绣香江长者会: its id and theirs. */
async function callWithProposals(street: string) {
  const title = `测试微创投 ${Date.now().toString(36)}${(serial++).toString(36)}`;
  const opened = await call<{ id: string }>(
    'POST',
    '/v1/calls',
    {
      divisionId: DEMO.nancun,
      title,
      kind: 'micro_venture',
      budgetFen: 10_000_000,
      proposalsCloseAt: new Date(Date.now() + 10 * DAY).toISOString(),
      needCategories: ['elderly_care'],
      rubric: [{ id: 'design', name: '项目设计', weight: 100, maxScore: 10 }],
    },
    street,
  );
  if (opened.status !== 201) throw new Error(`open: ${JSON.stringify(opened.body)}`);
  const member = await staffToken('jinxiu.elders');
  const proposals: string[] = [];
  for (const name of ['长者饭堂', '长者数码课堂']) {
    const made = await call<{ id: string }>(
      'POST',
      `/v1/calls/${opened.body.id}/proposals`,
      {
        organizationId: 'org_jxElders',
        title: name,
        summary: `${name}：面向锦绣香江社区长者的微创投项目。`,
        communityIds: [DEMO.jinxiu],
        budgetFen: 500_000,
      },
      member,
    );
    if (made.status !== 201) throw new Error(`propose: ${JSON.stringify(made.body)}`);
    proposals.push(made.body.id);
  }
  return { id: opened.body.id, title, proposals };
}

/** The desk showing the call `title`'s page. */
async function openPage(el: HTMLElement, id: string) {
  $<HTMLButtonElement>(el, `${item(id)} [part="view"]`).click();
  return findIn(el, '[part="call-page"]');
}

describe('<wushe-call-desk>', () => {
  it('has no axe violations, loading, listing, opening a call and on a call’s page', async () => {
    const el = await mount({ token: await staffToken('nancun.staff') });
    await expect(el).to.be.accessible();
    await findIn(el, '[part="item"]');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="create"]').click();
    await findIn(el, '[part="open-form"]');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.open-form button.secondary:last-of-type').click();
    await openPage(el, 'call_pyVenture2026');
    await findIn(el, '[part="result"]');
    await expect(el).to.be.accessible();
  });

  it('opens a call by keyboard: a refused field shown at the field with what was typed kept, then opened', async () => {
    const token = await staffToken('nancun.staff');
    const el = await mount({ token });
    const create = await findIn(el, '[part="create"]');
    create.focus();
    await sendKeys({ press: 'Enter' });
    await focusOn(() => $(el, '#open-form-title'), 'the form’s heading');
    // The budget the schema refuses (no yuan amount) is shown at its field.
    await tabTo(() => $(el, '#title'), 'the title');
    const title = `长者微创投 ${Date.now().toString(36)}`;
    await sendKeys({ type: title });
    await tabTo(() => $(el, '#budgetFen'), 'the budget');
    await sendKeys({ type: '三十万' });
    await tabTo(() => $(el, '#opensAt'), 'the opening date');
    // The opening date starts as today in Beijing time.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect($<HTMLInputElement>(el, '#opensAt').value).to.equal(today);
    await tabTo(() => $(el, '#proposalsCloseAt'), 'the closing date');
    const closes = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    $<HTMLInputElement>(el, '#proposalsCloseAt').value = closes;
    $<HTMLInputElement>(el, 'input[name="category"][value="elderly_care"]').click();
    // A fourth criterion, then removed again: the example rubric's three stay as typed.
    $<HTMLButtonElement>(el, '[part="add-criterion"]').click();
    await focusOn(() => $(el, '#rubric-4-name'), 'the new criterion');
    expect(el.shadowRoot!.querySelectorAll('[part="criterion"]')).to.have.length(4);
    $<HTMLButtonElement>(el, '[data-key="4"] [part="remove-criterion"]').click();
    await until(() => !has(el, '[data-key="4"]'), 'the criterion removed');
    $<HTMLButtonElement>(el, '[part="open-call"]').click();
    await findIn(el, '#budgetFen[aria-invalid="true"]');
    expect(deepActive() === $(el, '#budgetFen'), 'the focus on the budget').to.equal(true);
    expect($<HTMLInputElement>(el, '#title').value).to.equal(title);
    expect($<HTMLInputElement>(el, '#budgetFen').value).to.equal('三十万');
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '#budgetFen').value = '300000';
    const opened = oneEvent<WusheCallUpdatedEvent>(el, 'wushe-call-updated');
    $<HTMLButtonElement>(el, '[part="open-call"]').click();
    const { detail } = await opened;
    expect(detail.action).to.equal('opened');
    await waitForText(el, '[part="call-id"]', detail.callId);
    await waitForText(el, '[part="announcer"]', '已开启征集');
    const stored = await call<{
      budgetFen: number;
      opensAt: string;
      proposalsCloseAt: string;
      rubric: { name: string; weight: number }[];
      weights: { reviewers: number; votes: number };
      divisionId: string;
    }>('GET', `/v1/calls/${detail.callId}`);
    expect(stored.body.budgetFen).to.equal(30_000_000);
    // The opening date is the start of its day, the closing date the end of its day, in Beijing.
    expect(stored.body.opensAt).to.equal(
      new Date(Date.parse(`${today}T00:00:00+08:00`)).toISOString(),
    );
    expect(textOf(el, '[part="call-dates"]')).to.contain('开始').and.to.contain('截止');
    expect(stored.body.proposalsCloseAt).to.equal(
      new Date(Date.parse(`${closes}T23:59:00+08:00`)).toISOString(),
    );
    expect(stored.body.rubric.map((criterion) => criterion.name)).to.deep.equal([
      '需求调研',
      '项目设计',
      '预期成效',
    ]);
    expect(stored.body.weights).to.deep.equal({ reviewers: 70, votes: 30 });
    expect(stored.body.divisionId).to.equal(DEMO.nancun);
  });

  it('closes a call after confirming, shows the server’s ranking, approves the first and pays it', async () => {
    const street = await staffToken('nancun.staff');
    const { id, proposals } = await callWithProposals(street);
    const el = await mount({ token: street });
    await findIn(el, item(id));
    await openPage(el, id);
    await findIn(el, '[part="votes-hidden"]');
    expect(has(el, '[part="result"]')).to.equal(false);
    expect(has(el, '[part="approve"]')).to.equal(false);
    $<HTMLButtonElement>(el, '[part="close"]').click();
    await focusOn(() => $(el, '[part="confirm-close"]'), 'the confirmation');
    const closed = oneEvent<WusheCallUpdatedEvent>(el, 'wushe-call-updated');
    await sendKeys({ press: 'Enter' });
    expect((await closed).detail.action).to.equal('closed');
    await findIn(el, '[part="result"]');
    const server = await call<{ proposals: { id: string; result: { rank: number } }[] }>(
      'GET',
      `/v1/calls/${id}`,
    );
    // The order and ranks shown are the server's.
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
    expect(shown.map((card) => card.dataset.id)).to.deep.equal(
      server.body.proposals.map((p) => p.id),
    );
    expect($(el, `${item(proposals[0]!)} [part="rank"]`).textContent).to.contain('第');
    await expect(el).to.be.accessible();

    const first = server.body.proposals[0]!.id;
    const fund = $<HTMLSelectElement>(el, `#approve-fund-${first}`);
    fund.value = DEMO_FUND;
    const approved = oneEvent<WusheCallUpdatedEvent>(el, 'wushe-call-updated');
    $<HTMLButtonElement>(el, `${item(first)} [part="approve"]`).click();
    const project = (await approved).detail.projectId!;
    expect(project).to.match(/^prj_/);
    await focusOn(() => $(el, `#amountFen-${first}`), 'the amount to pay');
    expect($<HTMLSelectElement>(el, `#disburse-fund-${first}`).value).to.equal(DEMO_FUND);

    // More than the fund holds: said in words, nothing paid.
    await sendKeys({ type: '99999999' });
    $<HTMLButtonElement>(el, `${item(first)} [part="disburse"]`).click();
    await waitForText(el, `${item(first)} [part="refusal"]`, '余额不够');
    expect($<HTMLInputElement>(el, `#amountFen-${first}`).value).to.equal('99999999');
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, `#amountFen-${first}`).value = '12.5';
    const funded = oneEvent<WusheCallUpdatedEvent>(el, 'wushe-call-updated');
    $<HTMLButtonElement>(el, `${item(first)} [part="disburse"]`).click();
    const paid = (await funded).detail;
    expect(paid.action).to.equal('funded');
    await waitForText(el, `${item(first)} [part="paid"]`, '12.50');
    const page = await call<{ money: { usedFen: number } }>(
      'GET',
      `/v1/projects/${project}`,
      undefined,
      'publishable',
    );
    expect(page.body.money.usedFen).to.equal(1250);
  });

  it('says a quiet project cannot be paid, in words', async () => {
    const street = await staffToken('nancun.staff');
    const { id } = await callWithProposals(street);
    await call('POST', `/v1/calls/${id}/close`, {}, street);
    const { apiBase } = await realServer();
    // The real server, except that the payment is refused as the server refuses a quiet project.
    const client = createClient({
      baseUrl: apiBase,
      staffToken: street,
      maxRetries: 0,
      fetch: (input, init) =>
        String(input instanceof Request ? input.url : input).includes('/disbursements')
          ? Promise.resolve(
              new Response(
                JSON.stringify({
                  error: {
                    code: 'project_quiet',
                    message: 'quiet',
                    issues: [{ path: ['projectId'], code: 'project_quiet', message: '200 天' }],
                  },
                }),
                { status: 409, headers: { 'Content-Type': 'application/json' } },
              ),
            )
          : fetch(input, init),
    });
    const el = await mount({ token: street });
    (el as unknown as { client: unknown }).client = client;
    await findIn(el, item(id));
    await openPage(el, id);
    const approve = await findIn(el, '[part="approve"]');
    approve.click();
    const amount = await findIn<HTMLInputElement>(el, '[part="amount"]');
    amount.value = '100';
    $<HTMLButtonElement>(el, '[part="disburse"]').click();
    await waitForText(el, '[part="refusal"]', '180 天');
  });

  it('shows the forbidden state when the server refuses the list (403)', async () => {
    await showsForbidden('wushe-call-desk', '无权', DEMO.nancun);
  });

  it('shows the signed-out state for an ended session, and offline when unreachable', async () => {
    await showsSignedOutAndOffline(mount);
  });

  it('reads in zh-HK and en, and in elder mode', async () => {
    const token = await staffToken('nancun.staff');
    const en = await mount({ token, lang: 'en' });
    await waitForText(en, '[part="title"]', 'Calls for proposals');
    const hk = await mount({ token, lang: 'zh-HK' });
    await waitForText(hk, '[part="title"]', '創投徵集');
    const elder = await mount({ token, elder: true });
    await findIn(elder, '[part="item"]');
    expect(parseFloat(getComputedStyle($(elder, '.base')).fontSize)).to.be.at.least(18);
    await expect(elder).to.be.accessible();
  });
});
