import { expect, oneEvent } from '@open-wc/testing';
import { createReplayClient, createReplayFetch, DemoIds } from '@wushe/sdk/fixtures';
import needsEmpty from '@wushe/sdk/recordings/needs-empty.json' with { type: 'json' };
import needsList from '@wushe/sdk/recordings/needs-list.json' with { type: 'json' };
import { defineElement } from '../../internal/define.js';
import { $, cards, has, make, recorded, settle, until } from '../../../test/needs-list-helpers.js';
import { textOf } from '../../../test/dom.js';
import { WusheNeedsList } from './needs-list.js';

/**
 * The recorded API behind a switch: while `failing`, every request fails as `mode` says (a 500
 * with a request id, or a lost connection); `listRequests` counts the list's requests.
 */
function failingTransport(mode: 'error' | 'offline') {
  const inner = createReplayFetch(needsList);
  const server = {
    failing: true,
    listRequests: 0,
    transport: undefined as unknown as typeof fetch,
  };
  server.transport = async (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    if (new URL(url).pathname === '/v1/needs') server.listRequests++;
    if (!server.failing) return inner(input, init);
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    const error = { code: 'internal_error', message: '服务器出错', requestId: 'req_testFailure' };
    return new Response(JSON.stringify({ error }), {
      status: 500,
      headers: { 'content-type': 'application/json' },
    });
  };
  return server;
}

describe('<wushe-needs-list>', () => {
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('is accessible', async () => {
    const el = await make();
    expect(cards(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('renders each need as a card: heading, category, money for a wish, masked name or 匿名, status', async () => {
    const el = await make();
    const wish = cards(el).find((card) => card.textContent.includes('微心愿'))!;
    expect(wish.querySelector('h3')).not.to.equal(null);
    expect(wish.textContent).to.match(/¥\d/);
    expect(wish.querySelector('[part=badge]')).not.to.equal(null);
    expect(wish.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-/);
    for (const card of cards(el)) expect(card.textContent).not.to.match(/1\d{10}/);
  });

  it('loads no dialog code and renders no dialog before one is opened', async () => {
    const el = await make();
    expect(has(el, 'dialog')).to.equal(false);
    const loaded = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/needs-list/dialogs/'));
    expect(loaded).to.deep.equal([]);
  });

  it('is accessible when empty, and invites a resident to post a need', async () => {
    const el = await make(createReplayClient(needsEmpty), { community: DemoIds.emptyCommunity });
    expect(textOf(el, '[part=state-empty]')).to.contain('暂无内容');
    expect(textOf(el, '[part=state]')).to.contain('发布需求');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the error state, reports wushe-error, and its retry button loads the list again', async () => {
    const server = failingTransport('error');
    const heard = oneEvent(document, 'wushe-error');
    const el = await make(recorded({ transport: server.transport, maxRetries: 0 }));
    expect((await heard).detail.status).to.equal(500);
    expect($(el, '[part=state]').getAttribute('role')).to.equal('alert');
    expect(textOf(el, '[part=state-error]')).to.contain('暂时无法加载');
    expect(textOf(el, '[part=request-id]')).to.contain('req_testFailure');
    expect(cards(el)).to.have.length(0);
    await expect(el).to.be.accessible();

    const before = server.listRequests;
    server.failing = false;
    $<HTMLButtonElement>(el, '[part=retry]').click();
    await until(() => cards(el).length > 0, 'the list after a retry');
    expect(server.listRequests).to.equal(before + 1);
    expect(has(el, '[part=state]')).to.equal(false);
    expect(el.remote.status).to.equal('ready');
  });

  it('shows the offline state, with a retry that brings the list back', async () => {
    const server = failingTransport('offline');
    const el = await make(recorded({ transport: server.transport, maxRetries: 0 }));
    expect(el.remote.status).to.equal('offline');
    expect(textOf(el, '[part=state-offline]')).to.contain('网络已断开');
    expect(has(el, '[part=state-error]')).to.equal(false);
    expect(has(el, '[part=request-id]')).to.equal(false);
    await expect(el).to.be.accessible();
    server.failing = false;
    $<HTMLButtonElement>(el, '[part=retry]').click();
    await until(() => cards(el).length > 0, 'the list after a retry');
  });

  it('reflects filters to attributes and sends them: a category narrows the list', async () => {
    const el = await make();
    const all = cards(el).length;
    const select = $<HTMLSelectElement>(el, 'select[name=category]');
    select.value = 'elderly_care';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.getAttribute('category')).to.equal('elderly_care');
    expect(cards(el).length).to.be.greaterThan(0).and.lessThan(all);
    for (const card of cards(el)) expect(card.textContent).to.contain('养老服务');

    el.setAttribute('kind', 'wish');
    await settle(el);
    expect(cards(el).every((card) => card.textContent.includes('微心愿'))).to.equal(true);

    const search = $<HTMLInputElement>(el, 'input[name=q]');
    search.value = '不存在的词语';
    $<HTMLButtonElement>(el, 'form[part=filters] button[type=submit]').click();
    await settle(el);
    expect(el.getAttribute('q')).to.equal('不存在的词语');
    expect(cards(el)).to.have.length(0);
  });

  it('renders in zh-HK and en', async () => {
    const hk = await make(recorded(), { lang: 'zh-HK' });
    await until(() => $(hk, 'h2').textContent.includes('需求清單'), 'zh-HK');
    const en = await make(recorded(), { lang: 'en' });
    await until(() => $(en, 'h2').textContent.includes('Community needs'), 'en');
    await until(() => has(en, '[part=card]'), 'cards');
    expect($(en, '[part=claim-button]').textContent).to.contain('Claim');
    expect($(en, '[part=post-button]').textContent).to.contain('Post a need');
    await expect(en).to.be.accessible();
  });

  it('grows text and targets in elder mode (适老化)', async () => {
    const el = await make(recorded(), { elder: true });
    const base = getComputedStyle($(el, '.base'));
    expect(parseFloat(base.fontSize)).to.be.at.least(18);
    const button = $(el, '[part=claim-button]').getBoundingClientRect();
    expect(button.height).to.be.at.least(60);
    expect(button.width).to.be.at.least(60);
    expect($(el, 'select[name=kind]').getBoundingClientRect().height).to.be.at.least(60);
  });

  it('survives being defined twice: a second copy of the bundle, or of the class', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // The entry again under another URL: a second <script> of the same bundle.
      await import(/* @vite-ignore */ `./needs-list.ts?again=${Date.now()}`);
      defineElement('wushe-needs-list', WusheNeedsList);
      defineElement('wushe-needs-list', class Copy extends WusheNeedsList {});
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('wushe-needs-list')).to.equal(WusheNeedsList);
    // The same version twice is harmless: nothing to warn about.
    expect(warnings).to.deep.equal([]);
    const el = await make();
    expect(el).to.be.instanceOf(WusheNeedsList);
    expect(cards(el).length).to.be.greaterThan(0);
  });
});
