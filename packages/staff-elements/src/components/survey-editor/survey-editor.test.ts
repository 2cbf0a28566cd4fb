import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, findIn, waitForText } from '../../../../elements/test/dom.js';
import { call, DEMO, staffToken } from '../../../test/real-server.js';
import { focusOn, tabTo } from '../../../test/editor-test.js';
import {
  item,
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './survey-editor.js';
import type { WusheSurveyEditor } from './survey-editor.js';
import type { WusheEditorSavedEvent } from '../../events/wushe-editor-saved.js';

const TAG = 'wushe-survey-editor';

const mount = async (attrs: WidgetAttrs = {}) =>
  mountWidget<WusheSurveyEditor>(TAG, {
    ...attrs,
    token: 'token' in attrs ? attrs.token : await staffToken('jinxiu.staff'),
  });

const root = (el: Element) => el.shadowRoot!;
/** A field of the open form by its id (a question's ids have dots: `questions.0.prompt`). */
const byId = (el: Element, id: string) =>
  root(el).querySelector<HTMLInputElement>(`[part="form"] [id="${id}"]`);

let made = 0;
const unique = (title: string) => `${title} ${Date.now().toString(36)}${(made++).toString(36)}`;

/** A survey of 锦绣香江社区 made through the API and answered once, so its questions are frozen. */
async function answeredSurvey(): Promise<{ id: string; title: string }> {
  const created = await call<{ id: string; title: string }>('POST', '/v1/surveys', {
    communityId: DEMO.jinxiu,
    title: unique('社区食堂满意度'),
    description: '',
    subjectType: 'community_service',
    questions: [{ id: 'q1', type: 'rating', prompt: '您对社区食堂满意吗？', required: true }],
    resultsPublic: false,
  });
  if (created.status !== 201) throw new Error(`survey: ${JSON.stringify(created.body)}`);
  const answer = await call(
    'POST',
    `/v1/surveys/${created.body.id}/responses`,
    {
      respondentToken: `rt_${Date.now().toString(36)}${made}xxxxxxxxxxxx`,
      subjectId: DEMO.jinxiu,
      answers: [{ questionId: 'q1', value: 3 }],
    },
    'publishable',
  );
  if (answer.status !== 201) throw new Error(`answer: ${JSON.stringify(answer.body)}`);
  return created.body;
}

describe('<wushe-survey-editor>', () => {
  it('has no axe violations: the list, the form and a second question', async () => {
    await answeredSurvey();
    const el = await mount();
    await expect(el).to.be.accessible();
    await findIn(el, '[part="item"]');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="new"]').click();
    await findIn(el, '[part="form"]');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="add-question"]').click();
    await findIn(el, '[data-question="1"]');
    await expect(el).to.be.accessible();
  });

  it('creates a survey of the worker’s community by keyboard', async () => {
    const el = await mount();
    await findIn(el, '[part="new"]');
    await tabTo(() => root(el).querySelector('[part="new"]'), 'the new button');
    await sendKeys({ press: 'Enter' });
    await focusOn(() => byId(el, 'title'), 'the title');
    const title = unique('党群服务中心满意度');
    await sendKeys({ type: title });
    await tabTo(() => byId(el, 'questions.0.prompt'), 'the first question');
    await sendKeys({ type: '您对党群服务中心的服务满意吗？' });
    await tabTo(() => root(el).querySelector('[part="add-question"]'), 'add a question');
    await sendKeys({ press: 'Enter' });
    await focusOn(() => byId(el, 'questions.1.type'), 'the second question’s kind');
    await sendKeys({ press: 'End' });
    await tabTo(() => byId(el, 'questions.1.prompt'), 'the second question');
    await sendKeys({ type: '您还有什么建议？' });
    const saved = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    await tabTo(() => root(el).querySelector('[part="save"]'), 'the save button');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail).to.include({ editor: 'surveys', action: 'created' });
    await waitForText(el, item(detail.id), title);
    const stored = await call<{ communityId: string; questions: { id: string; type: string }[] }>(
      'GET',
      `/v1/surveys/${detail.id}`,
    );
    expect(stored.body.communityId).to.equal(DEMO.jinxiu);
    expect(stored.body.questions.map((q) => `${q.id}:${q.type}`)).to.deep.equal([
      'q1:rating',
      'q2:text',
    ]);
  });

  it('publishes a new version when an answered survey’s questions change, as the API defines', async () => {
    const survey = await answeredSurvey();
    const el = await mount();
    (await findIn<HTMLButtonElement>(el, `${item(survey.id)} [part="edit"]`)).click();
    await waitForText(el, '[part="frozen"]', '第 2 版');
    $<HTMLButtonElement>(el, '[part="add-question"]').click();
    await findIn(el, '[data-question="1"]');
    const prompt = byId(el, 'questions.1.prompt')!;
    prompt.value = '饭菜口味如何？';
    prompt.dispatchEvent(new InputEvent('input'));
    const saved = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    $<HTMLButtonElement>(el, '[part="save"]').click();
    const { detail } = await saved;
    expect(detail.id).not.to.equal(survey.id);
    await waitForText(el, item(detail.id), '第 2 版');
    await waitForText(el, item(survey.id), '已由新版本取代');
    const old = await call<{ open: boolean; replacedById: string }>(
      'GET',
      `/v1/surveys/${survey.id}`,
    );
    expect(old.body).to.include({ open: false, replacedById: detail.id });
  });

  it('shows the contract’s rules on their fields and keeps what was typed', async () => {
    const el = await mount();
    (await findIn<HTMLButtonElement>(el, '[part="new"]')).click();
    const title = await findIn<HTMLInputElement>(el, '#title');
    title.value = '未写题目的调查';
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await findIn(el, '[part="form-error"]');
    expect(byId(el, 'questions.0.prompt')!.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-invalid')).to.equal('false');
    expect(title.value).to.equal('未写题目的调查');
    await expect(el).to.be.accessible();
  });

  it('has the signed-out, offline and forbidden states; three languages and elder mode', async () => {
    await showsSignedOutAndOffline(mount);
    await showsForbidden(TAG, '无权', DEMO.jinxiu);
    const en = await mount({ lang: 'en' });
    await waitForText(en, '[part="title"]', 'Satisfaction surveys');
    const hk = await mount({ lang: 'zh-HK', elder: true });
    await waitForText(hk, '[part="title"]', '滿意度調查');
    expect(parseFloat(getComputedStyle($(hk, '.base')).fontSize)).to.be.at.least(18);
    await expect(hk).to.be.accessible();
  });
});
