import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { IndicatorsReport } from '@wushe/schema';
import type { WusheClient } from '@wushe/sdk';
import { createReplayClient, type Recording, type ReplayClientOptions } from '@wushe/sdk/fixtures';
import notPublic from '@wushe/sdk/recordings/linkage-index-not-public.json' with { type: 'json' };
import recordedIndex from '@wushe/sdk/recordings/linkage-index.json' with { type: 'json' };
import { realServer, staff } from '../../../test/real-server.js';
import { withEditedAnswer } from '../../../test/story-clients.js';
import { $, $$, has, textOf, until } from '../../../test/dom.js';
import './linkage-index.js';
import type { WusheLinkageIndex } from './linkage-index.js';

const PANYU = '440113';
const NANCUN_TOWN = '440113104';
const INDEX_URL = '/v1/indicators?division=440113&series=monthly';

const recorded = (options: ReplayClientOptions = {}) => createReplayClient(recordedIndex, options);

interface Attrs {
  division?: string;
  from?: string;
  to?: string;
  lang?: string;
  elder?: boolean;
}

async function mount(client: WusheClient = recorded(), attrs: Attrs = {}) {
  const el = await fixture<WusheLinkageIndex>(
    html`<wushe-linkage-index
      division=${attrs.division ?? PANYU}
      from=${attrs.from ?? ''}
      to=${attrs.to ?? ''}
      lang=${attrs.lang ?? 'zh-CN'}
      ?elder=${attrs.elder ?? false}
      .client=${client}
    ></wushe-linkage-index>`,
  );
  await settle(el);
  return el;
}

async function settle(el: WusheLinkageIndex) {
  await until(() => !['idle', 'loading'].includes(el.remote.status), 'loading', 10_000);
  await el.updateComplete;
}

const report = () =>
  (recordedIndex as Recording).exchanges.find((exchange) => exchange.request.url === INDEX_URL)!
    .response.body as IndicatorsReport;

describe('<wushe-linkage-index>', () => {
  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('shows five panels, each indicator against its target with its score and source', async () => {
    const el = await mount();
    expect($$(el, '[part=panel] h3').map((h) => h.textContent.trim())).to.deep.equal([
      '社区',
      '社会工作者',
      '社区社会组织',
      '社区志愿者',
      '社区公益慈善资源',
    ]);
    const district = report().divisions[0]!;
    const items = $$(el, '[part=indicator]');
    expect(items.length).to.equal(district.indicators.length);
    const volunteers = district.indicators.find(
      (i) => i.id === 'volunteers_per_hundred_residents',
    )!;
    const item = items.find((li) => li.textContent.includes('每百名居民注册志愿者'))!;
    expect(item.textContent).to.contain('model-community rules');
    expect(item.querySelector('[part=score]')!.textContent).to.contain(
      `得分 ${volunteers.score} / 5`,
    );
  });

  it('lists the projects by kind and status as a table', async () => {
    const el = await mount();
    const projects = report().divisions[0]!.indicators.find(
      (i) => i.id === 'projects_by_kind_status',
    )!;
    expect(projects.breakdown!.length).to.be.greaterThan(0);
    const item = $$(el, '[part=indicator]').find((li) =>
      li.textContent.includes('项目（按类型和状态）'),
    )!;
    expect(item.querySelectorAll('[part=breakdown] tbody tr').length).to.equal(
      projects.breakdown!.length,
    );
  });

  it('draws each month in SVG without inline styles, with a table of the same figures', async () => {
    const el = await mount();
    const hours = report().divisions[0]!.indicators.find((i) => i.id === 'volunteer_hours')!;
    const item = $$(el, '[part=indicator]').find((li) => li.textContent.includes('志愿服务时长'))!;
    expect(item.querySelector('svg[aria-hidden=true] polyline')).not.to.equal(null);
    const rows = [...item.querySelectorAll('[part=trend-table] tbody tr')];
    expect(rows.length).to.equal(hours.series!.length);
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
  });

  it('withholds satisfaction below 10 responses and says why', async () => {
    const community = withEditedAnswer(recordedIndex, INDEX_URL, (body: IndicatorsReport) => {
      const csat = body.divisions[0]!.indicators.find((i) => i.id === 'csat')!;
      Object.assign(csat, {
        value: null,
        numerator: null,
        denominator: 6,
        interval: null,
        withheld: true,
        score: null,
      });
    });
    const el = await mount(createReplayClient(community));
    const item = $$(el, '[part=indicator]').find((li) => li.textContent.includes('满意率'))!;
    expect(item.querySelector('[part=withheld]')!.textContent).to.contain('仅 6 份评价');
    await expect(el).to.be.accessible();
  });

  it('says where the holiday calendar is not entered, and when a period has no data', async () => {
    const el = await mount(recorded(), {
      division: '440113104001',
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(textOf(el, '[part=calendar-notice]')).to.contain('尚未录入');
    expect(textOf(el, '[part=empty]')).to.contain('暂无数据');
    expect(textOf(el, 'h2')).to.contain('锦绣香江社区');
    await expect(el).to.be.accessible();
    const known = await mount();
    expect(has(known, '[part=calendar-notice]')).to.equal(false);
  });

  it('drills down district → street → community by keyboard, and back', async () => {
    const el = await mount();
    const drill = $$(el, '[part=drill]').find((b) => b.textContent.trim() === '南村镇')!;
    drill.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(el, 'h2').startsWith('南村镇'), 'the street');
    await until(() => el.shadowRoot!.activeElement === $(el, 'h2'), 'focus on the heading');
    expect(textOf(el, '[part=breadcrumb]')).to.contain('番禺区');
    $$(el, '[part=drill]')
      .find((b) => b.textContent.trim() === '锦绣香江社区')!
      .focus();
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(el, 'h2').startsWith('锦绣香江社区'), 'the community');
    expect(has(el, '[part=below]')).to.equal(false);
    await expect(el).to.be.accessible();
    $(el, '[part=breadcrumb] button').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(el, 'h2').startsWith('番禺区'), 'back to the district');
    expect(has(el, '[part=breadcrumb]')).to.equal(false);
  });

  it('says so when the index is not public (403), without a pointless retry', async () => {
    const el = await mount(createReplayClient(notPublic));
    expect(textOf(el, '[part=state-error]')).to.contain('尚未公开');
    expect(has(el, '[part=retry]')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows loading, error and offline states', async () => {
    const loading = await fixture<WusheLinkageIndex>(
      html`<wushe-linkage-index
        division=${PANYU}
        .client=${recorded({ state: 'loading' })}
      ></wushe-linkage-index>`,
    );
    expect(textOf(loading, '[role=status]')).to.contain('正在加载');
    await expect(loading).to.be.accessible();
    const error = await mount(recorded({ state: 'error', maxRetries: 0 }));
    expect(textOf(error, '[role=alert]')).to.contain('暂时无法加载');
    const offline = await mount(recorded({ state: 'offline', maxRetries: 0 }));
    expect(textOf(offline, '[role=alert]')).to.contain('网络已断开');
    await expect(offline).to.be.accessible();
  });

  it('renders in zh-HK', async () => {
    const hk = await mount(recorded(), { lang: 'zh-HK' });
    await until(() => $$(hk, '[part=panel] h3')[3]?.textContent.trim() === '社區志願者', 'zh-HK');
  });

  it('says when the figures were computed, in Beijing time, in each locale', async () => {
    // The recording's computedAt is 2026-11-22T02:00Z: 10:00 in Beijing.
    expect(report().computedAt).to.equal('2026-11-22T02:00:00.000Z');
    const cn = await mount();
    expect(textOf(cn, '[part=computed-at]')).to.match(/^数据更新于 2026年11月22日 10:00$/);
    const hk = await mount(recorded(), { lang: 'zh-HK' });
    await until(() => textOf(hk, '[part=computed-at]').startsWith('數據更新於 '), 'zh-HK');
    const en = await mount(recorded(), { lang: 'en' });
    await until(
      () => /^Figures as of Nov 22, 2026, 10:00\sAM$/.test(textOf(en, '[part=computed-at]')),
      'en',
    );
  });

  it('renders in en, accessibly', async () => {
    const en = await mount(recorded(), { lang: 'en' });
    await until(() => $$(en, '[part=panel] h3')[0]?.textContent.trim() === 'Community', 'en');
    await expect(en).to.be.accessible();
  });

  it('grows text in elder mode (适老化)', async () => {
    const elder = await mount(recorded(), { elder: true });
    expect(getComputedStyle($(elder, '.base')).fontSize).to.equal('20px');
    await expect(elder).to.be.accessible();
  });

  it("shows the real server's index once the district makes it public", async () => {
    const { apiBase, publishableKey } = await realServer();
    const closed = await fixture<WusheLinkageIndex>(
      html`<wushe-linkage-index
        api-base=${apiBase}
        publishable-key=${publishableKey}
        division=${NANCUN_TOWN}
      ></wushe-linkage-index>`,
    );
    await settle(closed);
    expect(textOf(closed, '[part=state-error]')).to.contain('尚未公开');
    expect((await staff('PATCH', '/v1/settings', { publicIndicators: true })).status).to.equal(200);
    try {
      const el = await fixture<WusheLinkageIndex>(
        html`<wushe-linkage-index
          api-base=${apiBase}
          publishable-key=${publishableKey}
          division=${NANCUN_TOWN}
        ></wushe-linkage-index>`,
      );
      await settle(el);
      expect(textOf(el, 'h2')).to.contain('南村镇');
      expect($$(el, '[part=panel]').length).to.equal(5);
      await expect(el).to.be.accessible();
    } finally {
      await staff('PATCH', '/v1/settings', { publicIndicators: false });
    }
  });
});
