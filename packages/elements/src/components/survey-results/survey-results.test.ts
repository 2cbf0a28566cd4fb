import { expect, fixture, html } from '@open-wc/testing';
import type { Survey, SurveyResults } from '@wushe/schema';
import type { WusheClient } from '@wushe/sdk';
import {
  createReplayClient,
  createReplayFetch,
  DemoIds,
  type ReplayClientOptions,
} from '@wushe/sdk/fixtures';
import withheld from '@wushe/sdk/recordings/survey-results-withheld.json' with { type: 'json' };
import recordedResults from '@wushe/sdk/recordings/survey-results.json' with { type: 'json' };
import { realServer } from '../../../test/real-server.js';
import './survey-results.js';
import type { WusheSurveyResults } from './survey-results.js';
import { until } from '../../../test/dom.js';

const SURVEY = DemoIds.survey;
const LARGE = DemoIds.surveySubject;
const SMALL = DemoIds.smallSurveySubject;

/** The results as the real server published them (recording `survey-results`), in a network state. */
const recorded = (options: ReplayClientOptions = {}) =>
  createReplayClient(recordedResults, options);
/** The demo seed (番禺区): a public project survey with 36 responses on one project and 6 on another. */
const DEMO = {
  survey: 'svy_pyProjectRating',
  large: 'prj_Wd5Ha2Jr7N',
  small: 'prj_jxSmartElderCare',
  private: 'svy_pyActivityRating',
};
const LEVELS: Record<number, string> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
};

const $ = (el: WusheSurveyResults, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const has = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const $$ = (root: ParentNode, selector: string) => [
  ...root.querySelectorAll<HTMLElement>(selector),
];

interface Attrs {
  survey?: string;
  subject?: string;
  lang?: string;
  elder?: boolean;
  theme?: string;
}

async function mount(client: WusheClient = recorded(), attrs: Attrs = {}) {
  const el = await fixture<WusheSurveyResults>(
    html`<wushe-survey-results
      survey=${attrs.survey ?? SURVEY}
      subject=${attrs.subject ?? LARGE}
      lang=${attrs.lang ?? 'zh-CN'}
      ?elder=${attrs.elder ?? false}
      theme=${attrs.theme ?? 'light'}
      .client=${client}
    ></wushe-survey-results>`,
  );
  await settle(el);
  return el;
}

async function settle(el: WusheSurveyResults) {
  await until(() => !['idle', 'loading'].includes(el.remote.status), 'loading');
  await el.updateComplete;
}

const percent = (value: number) => `${value.toFixed(1)}%`;
const score = (value: number) =>
  `${value > 0 ? '+' : value < 0 ? '-' : ''}${Math.abs(value).toFixed(1)}`;

/**
 * Reads every figure the widget shows and compares it with the API's results: n, CSAT and NPS with
 * their intervals, and per question the number who answered, the mean and each count of the
 * table screen readers get (the drawing shows the same rows).
 */
function expectShows(el: WusheSurveyResults, survey: Survey, results: SurveyResults) {
  expect($(el, '[part=count]').textContent).to.contain(`共 ${results.n} 份评价`);
  for (const [kind, estimate, format] of [
    ['csat', results.csat, percent],
    ['nps', results.nps, score],
  ] as const) {
    expect(estimate, kind).to.not.equal(null);
    expect($(el, `.${kind} .value`).textContent.trim(), kind).to.equal(format(estimate!.value));
    expect($(el, `.${kind} .interval`).textContent, kind).to.contain(
      `${format(estimate!.low)} 至 ${format(estimate!.high)}`,
    );
  }
  const sections = $$(el.shadowRoot!, 'section.question');
  expect(sections).to.have.length(survey.questions.length);
  survey.questions.forEach((question, i) => {
    const result = results.questions.find((each) => each.questionId === question.id)!;
    const section = sections[i]!;
    expect(section.querySelector('h3')!.textContent, question.id).to.equal(question.prompt);
    const meta = section.querySelector('.meta')!.textContent;
    expect(meta, question.id).to.contain(`${result.n} 人作答`);
    if (result.mean !== null)
      expect(meta, question.id).to.contain(`平均 ${result.mean.toFixed(2)} 分`);
    if (!result.distribution) return;
    const labelOf = (value: number | string) =>
      question.type === 'rating'
        ? LEVELS[value as number]!
        : 'options' in question
          ? question.options.find((option) => option.id === value)!.label
          : String(value);
    const shown = Object.fromEntries(
      $$(section, 'tbody tr').map((row) => [
        row.querySelector('th')!.textContent.trim(),
        Number(row.querySelector('td')!.textContent.trim()),
      ]),
    );
    const expected = Object.fromEntries(
      result.distribution.map((entry) => [labelOf(entry.value), entry.count]),
    );
    expect(shown, question.id).to.deep.equal(expected);
  });
}

describe('<wushe-survey-results>', () => {
  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it("shows n, CSAT and NPS with their 95% intervals, and each question's distribution, as the API gives them", async () => {
    const client = recorded();
    const el = await mount(client);
    const survey = await client.surveys.get({ id: SURVEY });
    const results = await client.surveys.results({ id: SURVEY, subject: LARGE });
    expect(results.n).to.equal(36);
    expect($(el, 'h2').textContent).to.equal('社区服务项目满意度评价：评价结果');
    expectShows(el, survey, results);
    // Written comments are not published.
    expect($$(el.shadowRoot!, 'section.question').at(-1)!.textContent).to.contain('不公开');
  });

  it('draws each distribution in SVG without inline styles, with a table for screen readers', async () => {
    const el = await mount();
    const rating = $$(el.shadowRoot!, 'section.question')[0]!;
    const chart = rating.querySelector('[part=chart]')!;
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    expect($$(chart, '.label').map((label) => label.textContent)).to.deep.equal(
      Object.values(LEVELS).reverse(),
    );
    const table = rating.querySelector('table')!;
    expect(table.classList.contains('visually-hidden')).to.equal(true);
    expect(table.querySelector('caption')!.textContent).to.contain('各选项人数');
    // Each bar's length is its share of those who answered, as an SVG attribute.
    const counts = $$(table, 'tbody td:nth-child(2)').map((cell) => Number(cell.textContent));
    const n = counts.reduce((sum, count) => sum + count, 0);
    const widths = $$(chart, 'rect.fill').map((rect) => Number(rect.getAttribute('width')));
    widths.forEach((width, i) => expect(width).to.be.closeTo((counts[i]! / n) * 100, 0.01));
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    // The intervals are drawn too, the observed value inside its band.
    const band = $(el, '.csat rect.band');
    const point = $(el, '.csat rect.point');
    const x = Number(point.getAttribute('x')) + 0.75;
    expect(x).to.be.within(
      Number(band.getAttribute('x')),
      Number(band.getAttribute('x')) + Number(band.getAttribute('width')),
    );
  });

  it('withholds every figure below 10 responses, and says why', async () => {
    const el = await mount(recorded(), { subject: SMALL });
    expect($(el, '[part=count]').textContent).to.contain('共 6 份评价');
    expect($(el, '[part=withheld]').textContent).to.contain('评价达到 10 份后才公布');
    expect($(el, '.figure')).to.equal(null);
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('withholds one question answered by fewer than 10, showing the rest', async () => {
    // Twelve responses on the real server, five of them saying how they heard (recorded).
    const el = await mount(createReplayClient(withheld), {
      subject: DemoIds.partlyAnsweredSubject,
    });
    const heard = $$(el.shadowRoot!, 'section.question')[2]!;
    expect(heard.querySelector('h3')!.textContent).to.contain('渠道');
    expect(heard.querySelector('.meta')!.textContent).to.contain('5 人作答');
    expect(heard.querySelector('[part=withheld]')!.textContent).to.contain('本题作答不足 10 人');
    expect(heard.querySelector('table')).to.equal(null);
    expect($(el, '.csat .value')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it("shows exactly the real server's results", async () => {
    const { apiBase, publishableKey } = await realServer();
    const read = async (path: string) => {
      const response = await fetch(`${apiBase}${path}`, {
        headers: { Authorization: `Bearer ${publishableKey}` },
      });
      expect(response.status, path).to.equal(200);
      return (await response.json()) as unknown;
    };
    const el = await fixture<WusheSurveyResults>(
      html`<wushe-survey-results
        api-base=${apiBase}
        publishable-key=${publishableKey}
        survey=${DEMO.survey}
        subject=${DEMO.large}
      ></wushe-survey-results>`,
    );
    await settle(el);
    const survey = (await read(`/v1/surveys/${DEMO.survey}`)) as Survey;
    const results = (await read(
      `/v1/surveys/${DEMO.survey}/results?subject=${DEMO.large}`,
    )) as SurveyResults;
    expect(results.n).to.be.at.least(36);
    expectShows(el, survey, results);
    await expect(el).to.be.accessible();
  });

  it('withholds the real server’s figures below 10 responses', async () => {
    const { apiBase, publishableKey } = await realServer();
    const el = await fixture<WusheSurveyResults>(
      html`<wushe-survey-results
        api-base=${apiBase}
        publishable-key=${publishableKey}
        survey=${DEMO.survey}
        subject=${DEMO.small}
      ></wushe-survey-results>`,
    );
    await settle(el);
    expect($(el, '[part=count]').textContent).to.contain('共 6 份评价');
    expect($(el, '[part=withheld]').textContent).to.contain('10 份');
    expect($(el, '.figure')).to.equal(null);
  });

  it('says so when the results are not public (403), without a pointless retry', async () => {
    const { apiBase, publishableKey } = await realServer();
    const el = await fixture<WusheSurveyResults>(
      html`<wushe-survey-results
        api-base=${apiBase}
        publishable-key=${publishableKey}
        survey=${DEMO.private}
      ></wushe-survey-results>`,
    );
    await settle(el);
    expect($(el, '[part=state-error]').textContent).to.contain('结果不公开');
    expect($(el, '[part=retry]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says when nobody has responded yet', async () => {
    const el = await mount(recorded(), { subject: DemoIds.unratedSubject });
    expect($(el, '[part=count]').textContent).to.contain('共 0 份评价');
    expect($(el, '[part=notice]').textContent).to.contain('还没有人评价');
    await expect(el).to.be.accessible();
  });

  it('shows loading, error and offline states, with a retry that loads again', async () => {
    const loading = await fixture<WusheSurveyResults>(
      html`<wushe-survey-results
        survey=${SURVEY}
        .client=${recorded({ state: 'loading' })}
      ></wushe-survey-results>`,
    );
    expect($(loading, '[role=status]').textContent).to.contain('正在加载');
    await expect(loading).to.be.accessible();
    const error = await mount(recorded({ state: 'error', maxRetries: 0 }));
    expect($(error, '[role=alert]').textContent).to.contain('暂时无法加载');
    await expect(error).to.be.accessible();

    const inner = createReplayFetch(recordedResults);
    const network = { up: false };
    const transport: typeof fetch = (input, init) =>
      network.up ? inner(input, init) : Promise.reject(new TypeError('Failed to fetch'));
    const offline = await mount(recorded({ transport, maxRetries: 0 }));
    expect($(offline, '[role=alert]').textContent).to.contain('网络已断开');
    await expect(offline).to.be.accessible();
    network.up = true;
    $(offline, '[part=retry]').click();
    await until(() => has(offline, '.csat .value'), 'the results after a retry');
  });

  it('renders in zh-HK and en', async () => {
    const hk = await mount(recorded(), { lang: 'zh-HK' });
    await until(() => $(hk, '.csat h3').textContent === '滿意率', 'zh-HK');
    expect(
      $$(hk.shadowRoot!, 'section.question')[0]!.querySelector('tbody th')!.textContent,
    ).to.equal('非常滿意');
    const en = await mount(recorded(), { lang: 'en' });
    await until(() => $(en, '.csat h3').textContent === 'Satisfaction (CSAT)', 'en');
    expect($(en, '[part=count]').textContent).to.contain('36 responses');
    expect($(en, '.csat .interval').textContent).to.contain('95% confidence interval');
    await expect(en).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await mount(recorded(), { theme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('grows text and targets in elder mode (适老化)', async () => {
    const el = await mount(recorded(), { elder: true });
    expect(parseFloat(getComputedStyle($(el, '.base')).fontSize)).to.be.at.least(18);
    expect(parseFloat(getComputedStyle($(el, '.chart .label')).fontSize)).to.be.at.least(18);
    const failed = await mount(recorded({ state: 'error', maxRetries: 0 }), {
      elder: true,
    });
    const retry = $(failed, '[part=retry]').getBoundingClientRect();
    expect(retry.height).to.be.at.least(60);
    expect(retry.width).to.be.at.least(60);
    await expect(el).to.be.accessible();
  });
});
