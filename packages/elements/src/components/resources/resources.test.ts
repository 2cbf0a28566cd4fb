import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WusheClient } from '@wushe/sdk';
import { $, $$, has, textOf, until } from '../../../test/dom.js';
import { failingServer, loaded, onServer } from '../../../test/linkage-helpers.js';
import './resources.js';
import type { WusheResources } from './resources.js';

/** 番禺区南村镇锦绣香江社区 and its street, in the demo seed. */
const COMMUNITY = '440113104001';
const STREET = '440113104';

interface Attrs {
  division?: string;
  lang?: string;
  elder?: boolean;
  pageSize?: number;
}

async function make(client?: WusheClient, attrs: Attrs = {}): Promise<WusheResources> {
  const el = await fixture<WusheResources>(
    html`<wushe-resources
      division=${attrs.division ?? COMMUNITY}
      lang=${attrs.lang ?? 'zh-CN'}
      page-size=${attrs.pageSize ?? 20}
      ?elder=${attrs.elder ?? false}
      .client=${client ?? (await onServer())}
    ></wushe-resources>`,
  );
  await loaded(el);
  return el;
}

const cards = (el: WusheResources) => $$(el, 'article[part=card]');

describe('<wushe-resources>', function () {
  // The first test to ask starts the real server (PGlite: a few seconds on a busy machine).
  this.timeout(30_000);

  it('is accessible', async () => {
    const el = await make();
    expect(cards(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('is used with the keyboard alone: a filter, the next page, a contact', async () => {
    const el = await make(undefined, { pageSize: 2 });
    expect(cards(el)).to.have.length(2);
    // Tab from the search box past its button to the category filter, and choose 养老服务.
    $<HTMLInputElement>(el, 'input[name=q]').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('category');
    const select = $<HTMLSelectElement>(el, 'select[name=category]');
    const wanted = [...select.options].findIndex((option) => option.value === 'elderly_care');
    for (let i = 0; i < wanted; i++) await sendKeys({ press: 'ArrowDown' });
    await until(() => el.category === 'elderly_care', 'the category chosen by keys');
    await loaded(el);
    expect(cards(el).length).to.be.greaterThan(0);
    for (const card of cards(el)) expect(card.textContent).to.contain('养老服务');

    // Back to all categories, then the next page by the keyboard: focus lands on its first card.
    el.category = undefined;
    await loaded(el);
    $<HTMLButtonElement>(el, '[part=load-more]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => cards(el).length > 2, 'the second page');
    expect(el.shadowRoot!.activeElement).to.equal(cards(el)[2]);
    expect(textOf(el, '[part=live]')).to.match(/已加载 \d+ 项服务资源/);
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(link.getAttribute('part')).to.equal('contact');
    expect(link.href).to.match(/^tel:[\d+]+$/);
  });

  it("shows each resource's category, target groups, capacity, schedule and the organization's public contact", async () => {
    const el = await make();
    const meals = cards(el).find((card) => card.dataset.id === 'res_jxEldersMeals')!;
    expect(meals.querySelector('h3')!.textContent).to.equal('长者助餐与上门探访');
    const text = meals.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('养老服务');
    expect(text).to.contain('锦绣香江长者会');
    expect(text).to.contain('长者');
    expect(text).to.contain('每月 40 户');
    expect(text).to.contain('每周一、三、五 11:00–13:00');
    expect(meals.querySelector('a[part=contact]')!.getAttribute('href')).to.match(/^tel:\d+$/);
    // The paused resource is not public.
    expect(cards(el).some((card) => card.dataset.id === 'res_jxPatrolEscort')).to.equal(false);
  });

  it('searches in Chinese as the needs list does, and filters by target group', async () => {
    const el = await make(undefined, { division: STREET });
    const all = cards(el).length;
    const input = $<HTMLInputElement>(el, 'input[name=q]');
    input.value = '托管';
    $<HTMLFormElement>(el, 'form[part=filters]').requestSubmit();
    await until(() => el.q === '托管', 'the search');
    await loaded(el);
    expect(el.getAttribute('q')).to.equal('托管');
    expect(cards(el).map((card) => card.dataset.id)).to.deep.equal(['res_pyHomeworkClub']);

    el.q = undefined;
    el.group = 'children';
    await loaded(el);
    expect(cards(el).length).to.be.greaterThan(0).and.lessThan(all);
    for (const card of cards(el)) expect(card.textContent).to.contain('儿童');

    el.q = '不存在的服务';
    await loaded(el);
    expect(textOf(el, '[part=state-empty]')).to.contain('暂无内容');
    await expect(el).to.be.accessible();
  });

  it('shows the error state with the request id and wushe-error, and its retry loads again', async () => {
    const server = await failingServer('error');
    const heard = oneEvent(document, 'wushe-error');
    const el = await make(server.client);
    expect((await heard).detail.status).to.equal(500);
    expect($(el, '[part=state]').getAttribute('role')).to.equal('alert');
    expect(textOf(el, '[part=request-id]')).to.contain('req_testFailure');
    await expect(el).to.be.accessible();
    server.failing = false;
    $<HTMLButtonElement>(el, '[part=retry]').click();
    await until(() => cards(el).length > 0, 'the list after a retry');
  });

  it('shows the offline state, with a retry that brings the list back', async () => {
    const server = await failingServer('offline');
    const el = await make(server.client);
    expect(el.remote.status).to.equal('offline');
    expect(textOf(el, '[part=state-offline]')).to.contain('网络已断开');
    expect(has(el, '[part=request-id]')).to.equal(false);
    server.failing = false;
    $<HTMLButtonElement>(el, '[part=retry]').click();
    await until(() => cards(el).length > 0, 'the list after a retry');
  });

  it('renders in zh-HK and en, and grows text and targets in elder mode', async () => {
    const hk = await make(undefined, { lang: 'zh-HK' });
    await until(() => textOf(hk, 'h2') === '服務資源清單', 'the zh-HK heading');
    const en = await make(undefined, { lang: 'en', elder: true });
    await until(() => textOf(en, 'h2') === 'Community services', 'the English heading');
    const base = getComputedStyle($(en, '[part=base]'));
    expect(parseFloat(base.fontSize)).to.be.at.least(18);
    expect(parseFloat(base.lineHeight) / parseFloat(base.fontSize)).to.be.at.least(1.3);
    const button = $(en, 'form button').getBoundingClientRect();
    expect(button.height).to.be.at.least(60);
    await expect(en).to.be.accessible();
  });
});
