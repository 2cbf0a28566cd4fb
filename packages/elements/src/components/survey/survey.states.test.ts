import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Survey } from '@wushe/schema';
import { createReplayClient, type ReplayClientOptions } from '@wushe/sdk/fixtures';
import surveyAnswered from '@wushe/sdk/recordings/survey-answered.json' with { type: 'json' };
import surveyRecording from '@wushe/sdk/recordings/survey.json' with { type: 'json' };
import { withEditedAnswer } from '../../../test/story-clients.js';
import { realServer, staff } from '../../../test/real-server.js';
import type { WusheSurvey } from './survey.js';
import {
  $,
  $$,
  answer,
  has,
  mount,
  radio,
  settle,
  submit,
  SUBJECT,
  SURVEY,
  until,
} from '../../../test/survey-helpers.js';

/** The survey as the real server answered it (recording `survey`), in a network state. */
const recorded = (options: ReplayClientOptions = {}) =>
  createReplayClient(surveyRecording, options);

describe('<wushe-survey>: one response per subject, states, locales, elder mode', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('is accessible in the thank-you state', async () => {
    const el = await mount();
    await answer(el, { overall: 5, recommend: 10 });
    await submit(el);
    expect(has(el, '.thanks')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('blocks a second response on the real server, showing the thank-you state (409)', async function () {
    this.timeout(30_000); // the first test to ask starts the server (PGlite: a few seconds)
    const { apiBase, publishableKey } = await realServer();
    const survey = 'svy_pyProjectRating';
    const subject = 'prj_jxPoetryHeritage';
    const path = `/v1/surveys/${survey}/results?subject=${subject}`;
    const before = await staff<{ n: number }>('GET', path);
    const real = () =>
      fixture<WusheSurvey>(
        html`<wushe-survey
          api-base=${apiBase}
          publishable-key=${publishableKey}
          survey=${survey}
          subject=${subject}
        ></wushe-survey>`,
      );
    const first = await real();
    await settle(first);
    radio(first, 'overall', 4).click();
    radio(first, 'recommend', 8).click();
    const heard = oneEvent(first, 'wushe-survey-submitted');
    await submit(first);
    expect((await heard).detail.subjectId).to.equal(subject);
    first.remove();

    // The browser forgets that it answered (its reply was lost) but keeps its token.
    const key = `wushe.survey.${survey}.${subject}`;
    const kept = JSON.parse(localStorage.getItem(key)!) as { token: string };
    localStorage.setItem(key, JSON.stringify({ token: kept.token, answered: false }));
    const second = await real();
    await settle(second);
    radio(second, 'overall', 1).click();
    radio(second, 'recommend', 0).click();
    let submitted = false;
    second.addEventListener('wushe-survey-submitted', () => (submitted = true));
    await submit(second);
    expect($(second, '.thanks h3').textContent).to.equal('您已经评价过这项服务，感谢参与');
    expect(submitted).to.equal(false);
    await expect(second).to.be.accessible();
    const after = await staff<{ n: number }>('GET', path);
    expect(after.body.n).to.equal(before.body.n + 1);
  });

  it('says so for a closed survey, an unknown one, and a widget set up without a subject', async () => {
    const ended = withEditedAnswer(surveyRecording, `/v1/surveys/${SURVEY}`, (survey: Survey) => {
      survey.open = false;
    });
    const closed = await mount(createReplayClient(ended));
    expect($(closed, '[part=notice]').textContent).to.contain('这项评价已经结束');
    expect($(closed, 'form')).to.equal(null);
    await expect(closed).to.be.accessible();
    const unknown = await mount(createReplayClient(surveyAnswered), {
      survey: 'svy_doesNotExist',
    });
    expect($(unknown, '[part=state-error]').textContent).to.contain('没有找到这项评价');
    expect(has(unknown, '[part=retry]')).to.equal(false);
    const bare = await fixture<WusheSurvey>(html`<wushe-survey survey=${SURVEY}></wushe-survey>`);
    expect($(bare, '[role=alert]').textContent).to.contain('缺少 survey 或 subject');
    await expect(bare).to.be.accessible();
  });

  it('shows loading, then error and offline states with a retry, accessibly', async () => {
    const loading = await fixture<WusheSurvey>(
      html`<wushe-survey
        survey=${SURVEY}
        subject=${SUBJECT}
        .client=${recorded({ state: 'loading' })}
      ></wushe-survey>`,
    );
    expect($(loading, '[role=status]').textContent).to.contain('正在加载');
    await expect(loading).to.be.accessible();
    const error = await mount(recorded({ state: 'error', maxRetries: 0 }));
    expect($(error, '[role=alert]').textContent).to.contain('暂时无法加载');
    expect($(error, '[part=retry]').textContent.trim()).to.equal('重试');
    await expect(error).to.be.accessible();
    const offline = await mount(recorded({ state: 'offline' }), {
      theme: 'dark',
    });
    expect($(offline, '[role=alert]').textContent).to.contain('网络已断开');
    await expect(offline).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await mount(recorded(), { theme: 'dark' });
    await answer(el, { overall: 1 });
    await until(() => has(el, '[part=follow-up]'), 'the follow-up contact');
    await expect(el).to.be.accessible();
  });

  it('renders in zh-HK and en', async () => {
    const hk = await mount(recorded(), { lang: 'zh-HK' });
    await until(() => $(hk, 'button[type=submit]').textContent.trim() === '提交評價', 'zh-HK');
    expect($$(hk, '#q-overall .choice').map((label) => label.textContent.trim())).to.deep.equal([
      '非常滿意',
      '滿意',
      '基本滿意',
      '不滿意',
      '非常不滿意',
    ]);
    const en = await mount(recorded(), { lang: 'en' });
    await until(() => $(en, 'button[type=submit]').textContent.trim() === 'Submit', 'en');
    expect($(en, '#q-overall .choice').textContent.trim()).to.equal('Very satisfied');
    await until(() => $(en, '#q-heard legend').textContent.includes('(optional)'), 'en wording');
    await answer(en, { heard: 'wechat' });
    await submit(en);
    expect($(en, '#q-overall-error').textContent).to.equal('Choose one');
    await expect(en).to.be.accessible();
  });

  it('grows text and targets in elder mode (适老化)', async () => {
    const el = await mount(recorded(), { elder: true });
    expect(parseFloat(getComputedStyle($(el, '.base')).fontSize)).to.be.at.least(18);
    const targets = [
      ...$$(el, '#q-overall .choice'),
      ...$$(el, '#q-recommend .choice'),
      ...$$(el, '#q-best .choice'),
      $(el, '#q-comment'),
      $(el, 'button[type=submit]'),
    ];
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent).to.be.at.least(60);
      expect(box.width, target.textContent).to.be.at.least(60);
    }
    await answer(el, { overall: 1 });
    await until(() => has(el, '#contact-mobile'), 'the follow-up contact');
    expect($(el, '#contact-mobile').getBoundingClientRect().height).to.be.at.least(60);
    expect($(el, '.follow-up .check').getBoundingClientRect().height).to.be.at.least(60);
  });
});
