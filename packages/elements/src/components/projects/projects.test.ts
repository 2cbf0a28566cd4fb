import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WusheClient } from '@wushe/sdk';
import { $, $$, has, textOf, until } from '../../../test/dom.js';
import { failingServer, loaded, onServer } from '../../../test/linkage-helpers.js';
import { realServer, staff } from '../../../test/real-server.js';
import './projects.js';
import type { WusheProjects } from './projects.js';

/** 番禺区南村镇锦绣香江社区 in the demo seed: four projects, 南村镇's open and closed calls. */
const COMMUNITY = '440113104001';
const OPEN_CALL = 'call_pyMicroVenture2026';
const COMPLETED = 'prj_jxPoetryHeritage';

interface Attrs {
  division?: string;
  lang?: string;
  elder?: boolean;
  pageSize?: number;
  project?: string;
}

async function make(client?: WusheClient, attrs: Attrs = {}): Promise<WusheProjects> {
  const el = await fixture<WusheProjects>(
    html`<wushe-projects
      division=${attrs.division ?? COMMUNITY}
      lang=${attrs.lang ?? 'zh-CN'}
      page-size=${attrs.pageSize ?? 20}
      project=${attrs.project ?? ''}
      ?elder=${attrs.elder ?? false}
      .client=${client ?? (await onServer())}
    ></wushe-projects>`,
  );
  await loaded(el);
  if (!attrs.project) {
    await until(() => !['idle', 'loading'].includes(el.calls.status), 'the calls', 15_000);
  }
  await el.updateComplete;
  return el;
}

/** A project's money as the real server of the test run answers it now. */
async function moneyNow(id: string): Promise<{ raisedFen: number; usedFen: number }> {
  const { apiBase, publishableKey } = await realServer();
  const answer = await fetch(`${apiBase}/v1/projects/${id}`, {
    headers: { Authorization: `Bearer ${publishableKey}` },
  });
  return ((await answer.json()) as { money: { raisedFen: number; usedFen: number } }).money;
}

/** Fen as the widget writes them in zh-CN: `¥1,200` or `¥1,200.50`. */
const yuan = (fen: number) =>
  `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: fen % 100 ? 2 : 0 })}`;

const cards = (el: WusheProjects) => $$(el, 'article[part=card]');
const call = (el: WusheProjects, id: string) =>
  $$(el, 'section[part=call]').find((section) =>
    section.getAttribute('aria-labelledby')?.endsWith(id),
  )!;
const active = (el: WusheProjects) => el.shadowRoot!.activeElement as HTMLElement | null;
/** This browser forgets that it voted in the call, but keeps its respondent token. */
function forgetVote(callId: string) {
  const key = `wushe.call.${callId}`;
  const kept = JSON.parse(localStorage.getItem(key)!) as { token: string };
  localStorage.setItem(key, JSON.stringify({ token: kept.token, answered: false }));
}

describe('<wushe-projects>', function () {
  // The first test to ask starts the real server (PGlite: a few seconds on a busy machine).
  this.timeout(30_000);

  beforeEach(() => {
    localStorage.clear();
  });

  it('is accessible', async () => {
    const el = await make();
    expect(cards(el).length).to.be.greaterThan(0);
    expect(has(el, '[part=vote-button]')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is used with the keyboard alone: a vote in the open call, a project page, and back', async () => {
    const el = await make();
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    const first = active(el)!;
    expect(first.getAttribute('part')).to.equal('vote-button');
    const proposal = first.closest('li')!.dataset.id!;
    const cast = oneEvent(el, 'wushe-vote-cast');
    await sendKeys({ press: 'Enter' });
    const { detail } = await cast;
    expect(detail).to.include({ callId: OPEN_CALL, proposalId: proposal });
    await el.updateComplete;
    const section = call(el, OPEN_CALL);
    expect(section.querySelector('[part=vote-status]')!.textContent).to.contain('已投票给');
    expect(section.querySelector('[part=vote-button]')).to.equal(null);
    // Counts stay hidden while the call is open.
    expect(section.querySelector('[part=result]')).to.equal(null);

    // Tab on to the first project's "view project" button, open it, and come back.
    for (let i = 0; i < 40 && active(el)?.getAttribute('part') !== 'open-button'; i++) {
      await sendKeys({ press: 'Tab' });
    }
    const opener = active(el)!;
    const id = opener.closest('article')!.dataset.id!;
    await sendKeys({ press: 'Enter' });
    await until(() => el.detail.status === 'ready', 'the project page');
    await until(() => active(el)?.id === 'project-title', 'focus on the project title');
    expect(el.getAttribute('project')).to.equal(id);
    await sendKeys({ press: 'Shift+Tab' });
    expect(active(el)?.getAttribute('part')).to.equal('back-button');
    await sendKeys({ press: 'Enter' });
    await until(() => cards(el).length > 0, 'the list again');
    await until(() => active(el)?.closest('article')?.dataset.id === id, 'focus back on the card');
    expect(el.hasAttribute('project')).to.equal(false);
  });

  it("refuses a household's second vote with the server's words, and counts it once", async () => {
    const el = await make();
    const section = () => call(el, OPEN_CALL);
    section().querySelector<HTMLButtonElement>('[part=vote-button]')!.click();
    await until(() => has(el, '[part=vote-status]'), 'the first vote');
    el.remove();

    // The browser forgot it voted (its reply was lost) but kept its token: the server refuses.
    forgetVote(OPEN_CALL);
    const again = await make();
    let heard = false;
    again.addEventListener('wushe-vote-cast', () => (heard = true));
    const refused = oneEvent(again, 'wushe-error');
    call(again, OPEN_CALL).querySelectorAll<HTMLButtonElement>('[part=vote-button]')[1]!.click();
    expect((await refused).detail.code).to.equal('already_voted');
    await again.updateComplete;
    const alert = call(again, OPEN_CALL).querySelector('[part=vote-refused]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('已经在这次征集中投过票');
    expect(call(again, OPEN_CALL).querySelector('[part=vote-button]')).to.equal(null);
    expect(heard).to.equal(false);
    await expect(again).to.be.accessible();
  });

  it('offers no vote in a call whose opening is still ahead', async () => {
    const day = 86_400_000;
    const upcoming = await staff<{ id: string }>('POST', '/v1/calls', {
      divisionId: '440113104',
      title: `下月开始的微创投 ${Date.now().toString(36)}`,
      kind: 'micro_venture',
      budgetFen: 1_000_000,
      opensAt: new Date(Date.now() + 5 * day).toISOString(),
      proposalsCloseAt: new Date(Date.now() + 30 * day).toISOString(),
      needCategories: ['elderly_care'],
      rubric: [{ id: 'design', name: '项目设计', weight: 100, maxScore: 10 }],
    });
    expect(upcoming.status).to.equal(201);
    const el = await make();
    expect(call(el, OPEN_CALL), 'the open call').to.not.equal(undefined);
    expect(call(el, upcoming.body.id), 'the call not open yet').to.equal(undefined);
  });

  it('shows the closed call’s ranking with its votes and scores', async () => {
    const el = await make();
    const closed = $$(el, 'section[part=call]').find((section) =>
      section.textContent.includes('征集结果'),
    )!;
    const results = [...closed.querySelectorAll('[part=result]')].map((r) => r.textContent);
    expect(results.length).to.be.at.least(3);
    expect(results[0]).to.contain('第 1 名');
    expect(results[0]).to.match(/\d+ 票/);
    expect(closed.querySelector('[part=vote-button]')).to.equal(null);
  });

  it("shows a completed project's money in yuan, its progress, its satisfaction results and the form to rate it", async () => {
    const el = await make(undefined, { project: COMPLETED });
    await until(() => el.detail.status === 'ready', 'the project page');
    // The fund's total moves with other tests' donations: the figures are the API's, in yuan.
    const money = await moneyNow(COMPLETED);
    const shown = textOf(el, '[part=money]').replace(/\s+/g, '');
    expect(money.usedFen).to.be.greaterThan(0);
    expect(shown).to.contain(`已筹集${yuan(money.raisedFen)}`);
    expect(shown).to.contain(`已使用${yuan(money.usedFen)}`);
    expect($$(el, '[part=update]')).to.have.length(2);
    expect(textOf(el, '[part=update]')).to.contain('结项展演');
    await until(() => has(el, 'wushe-survey-results'), 'the results widget');
    // Its code is loaded with the page of a completed project.
    await customElements.whenDefined('wushe-survey-results');
    const results = $<HTMLElement & { remote: { status: string } }>(el, 'wushe-survey-results');
    await until(() => results.remote.status === 'ready', 'the satisfaction results', 15_000);
    expect(results.getAttribute('subject')).to.equal(COMPLETED);
    // Beside them, the form residents rate it with (一事一评), the results' survey.
    await customElements.whenDefined('wushe-survey');
    const rating = $<HTMLElement & { shadowRoot: ShadowRoot }>(el, '[part=rating] wushe-survey');
    expect(rating.getAttribute('subject')).to.equal(COMPLETED);
    expect(rating.getAttribute('survey')).to.equal(results.getAttribute('survey'));
    await until(
      () => rating.shadowRoot.querySelector('input[type=radio]') !== null,
      'the rating form',
      15_000,
    );
    await expect(el).to.be.accessible();
  });

  it("shows each project's money raised and used in the list, as its page has it", async () => {
    const el = await make();
    const card = cards(el).find((each) => each.dataset.id === COMPLETED)!;
    const money = await moneyNow(COMPLETED);
    const shown = (part: string) =>
      card.querySelector(`[part=${part}]`)!.textContent.replace(/\s+/g, '');
    expect(shown('raised')).to.equal(`已筹集${yuan(money.raisedFen)}`);
    expect(shown('used')).to.equal(`已使用${yuan(money.usedFen)}`);
    await expect(el).to.be.accessible();
  });

  it('filters by kind and status, and pages as the API does', async () => {
    const el = await make(undefined, { pageSize: 2 });
    expect(cards(el)).to.have.length(2);
    $<HTMLButtonElement>(el, '[part=load-more]').click();
    await until(() => cards(el).length > 2, 'the second page');
    expect(textOf(el, '[part=live]')).to.match(/已加载 \d+ 个项目/);

    const select = $<HTMLSelectElement>(el, 'select[name=kind]');
    select.value = 'micro_venture';
    select.dispatchEvent(new Event('change'));
    await until(() => el.getAttribute('kind') === 'micro_venture', 'the kind reflected');
    await loaded(el);
    expect(cards(el).length).to.be.greaterThan(0);
    for (const card of cards(el)) expect(card.textContent).to.contain('微创投');

    el.kind = undefined;
    el.status = 'rejected';
    await loaded(el);
    expect(textOf(el, '[part=state-empty]')).to.contain('暂无内容');
  });

  it('shows the error state with the request id, and its retry loads again', async () => {
    const server = await failingServer('error');
    const el = await make(server.client);
    expect($(el, '[part=state]').getAttribute('role')).to.equal('alert');
    expect(textOf(el, '[part=request-id]')).to.contain('req_testFailure');
    await expect(el).to.be.accessible();
    server.failing = false;
    $<HTMLButtonElement>(el, '[part=retry]').click();
    await until(() => cards(el).length > 0, 'the list after a retry');
    await until(() => has(el, '[part=call]'), 'the calls after the same retry');
  });

  it('shows the offline state', async () => {
    const server = await failingServer('offline');
    const el = await make(server.client);
    expect(el.remote.status).to.equal('offline');
    expect(textOf(el, '[part=state-offline]')).to.contain('网络已断开');
  });

  it('renders in zh-HK and en, and grows text and targets in elder mode', async () => {
    const hk = await make(undefined, { lang: 'zh-HK' });
    await until(() => textOf(hk, 'h2') === '社區項目', 'the zh-HK heading');
    const en = await make(undefined, { lang: 'en', elder: true });
    await until(() => textOf(en, 'h2') === 'Community projects', 'the English heading');
    const base = getComputedStyle($(en, '[part=base]'));
    expect(parseFloat(base.fontSize)).to.be.at.least(18);
    const vote = $(en, '[part=vote-button]').getBoundingClientRect();
    expect(vote.height).to.be.at.least(60);
    expect(vote.width).to.be.at.least(60);
    await expect(en).to.be.accessible();
  });
});
