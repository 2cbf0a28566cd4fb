import { expect, oneEvent } from '@open-wc/testing';
import { createFixtureClient, FixtureScenario } from '@wushe/sdk/fixtures';
import { defineElement } from '../../internal/define.js';
import { $, cards, has, make, settle, until } from '../../../test/needs-list-helpers.js';
import { WusheNeedsList } from './needs-list.js';

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
    expect(wish.querySelector('[part=status]')).not.to.equal(null);
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
    const el = await make(createFixtureClient({ scenario: FixtureScenario.empty }));
    expect($(el, '[part=empty]').textContent).to.contain('暂无内容');
    expect($(el, '[part=empty]').textContent).to.contain('发布需求');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the error state, reports wushe-error and retries', async () => {
    const client = createFixtureClient({ scenario: FixtureScenario.error, maxRetries: 0 });
    const heard = oneEvent(document, 'wushe-error');
    const el = await make(client);
    expect((await heard).detail.status).to.equal(500);
    expect($(el, '[part=error]').getAttribute('role')).to.equal('alert');
    expect($(el, '[part=error]').textContent).to.contain('暂时无法加载');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=error] button').click();
    await settle(el);
    expect(el.remote.status).to.equal('error');
  });

  it('shows the offline state', async () => {
    const el = await make(
      createFixtureClient({ scenario: FixtureScenario.offline, maxRetries: 0 }),
    );
    expect(['offline', 'error']).to.include(el.remote.status);
    expect(has(el, '[part=error] button')).to.equal(true);
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
    const hk = await make(createFixtureClient(), { lang: 'zh-HK' });
    await until(() => $(hk, 'h2').textContent.includes('需求清單'), 'zh-HK');
    const en = await make(createFixtureClient(), { lang: 'en' });
    await until(() => $(en, 'h2').textContent.includes('Community needs'), 'en');
    await until(() => has(en, '[part=card]'), 'cards');
    expect($(en, '[part=claim-button]').textContent).to.contain('Claim');
    expect($(en, '[part=post-button]').textContent).to.contain('Post a need');
    await expect(en).to.be.accessible();
  });

  it('grows text and targets in elder mode (适老化)', async () => {
    const el = await make(createFixtureClient(), { elder: true });
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
