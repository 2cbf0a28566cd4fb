import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FollowUp, Page } from '@wushe/schema';
import { DemoIds } from '@wushe/sdk/fixtures';
import { staff } from '../../../test/real-server.js';
import {
  $,
  $$,
  answer,
  flaky,
  has,
  mount,
  radio,
  submit,
  SUBJECT,
  SURVEY,
  until,
  wait,
} from '../../../test/survey-helpers.js';

describe('<wushe-survey>: answering', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('is accessible', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('renders every question type: 好差评 levels, NPS with its ends, choices, text with a limit', async () => {
    const el = await mount();
    expect($(el, 'h2').textContent).to.equal('社区服务项目满意度评价');
    const levels = $$(el, '#q-overall .choice').map((label) => label.textContent.trim());
    expect(levels).to.deep.equal(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    expect(
      $$(el, '#q-overall input[type=radio]').map((input) => (input as HTMLInputElement).value),
    ).to.deep.equal(['5', '4', '3', '2', '1']);
    // Faces are decoration: hidden from screen readers, beside the words.
    expect(
      $$(el, '#q-overall svg.face').every((svg) => svg.getAttribute('aria-hidden') === 'true'),
    ).to.equal(true);
    expect($$(el, '#q-recommend input[type=radio]')).to.have.length(11);
    expect($(el, '#q-recommend').getAttribute('aria-describedby')).to.equal('q-recommend-ends');
    expect($(el, '#q-recommend-ends').textContent).to.contain(
      '0 分表示完全不可能，10 分表示非常可能',
    );
    expect($$(el, '#q-heard input[type=radio]')).to.have.length(4);
    expect($(el, '#q-heard legend').textContent).to.contain('（选填）');
    expect($$(el, '#q-best input[type=checkbox]')).to.have.length(5);
    expect($(el, '#q-best-hint').textContent).to.contain('最多选择 3 项');
    const comment = $(el, '#q-comment') as HTMLTextAreaElement;
    expect(comment.maxLength).to.equal(500);
    expect($(el, '[part=counter]').textContent.replace(/\s/g, '')).to.equal('0/500');
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await mount();
    const heard = oneEvent(el, 'wushe-survey-submitted');
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 60 && !el.shadowRoot!.activeElement?.matches(selector); i++) {
        await sendKeys({ press: 'Tab' });
      }
      expect(el.shadowRoot!.activeElement?.matches(selector), selector).to.equal(true);
    };
    await tabTo('input[name=q-overall]');
    await sendKeys({ press: 'Space' }); // 非常满意
    await sendKeys({ press: 'ArrowDown' }); // 满意
    await tabTo('input[name=q-recommend]');
    for (let i = 0; i < 9; i++) await sendKeys({ press: 'ArrowRight' });
    await tabTo('input[name=q-heard]');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo('input[name=q-best][value=timely]');
    await sendKeys({ press: 'Space' });
    await tabTo('#q-comment');
    await sendKeys({ type: '社工很耐心' });
    await tabTo('button[type=submit]');
    await sendKeys({ press: 'Enter' });
    const event = await heard;
    await el.updateComplete;
    expect(event.detail).to.include({
      surveyId: SURVEY,
      subjectId: SUBJECT,
      rating: 4,
      followUp: false,
    });
    expect(event.detail.responseId).to.match(/^rsp_/);
    expect(el.shadowRoot!.activeElement?.matches('.thanks h3')).to.equal(true);
    expect($(el, '.thanks h3').textContent).to.equal('感谢您的评价！');
    await expect(el).to.be.accessible();
  });

  it('puts an error on each unanswered required question, and keeps the answers', async () => {
    const el = await mount();
    await answer(el, { heard: 'wechat' });
    await submit(el);
    for (const id of ['overall', 'recommend']) {
      expect($(el, `#q-${id}-error`).textContent, id).to.equal('请选择一项');
      expect($(el, `#q-${id}`).getAttribute('aria-describedby'), id).to.contain(`q-${id}-error`);
    }
    expect($(el, '#q-heard-error')).to.equal(null);
    expect($(el, '[role=alert]').textContent).to.contain('有 2 处需要修改');
    expect(el.shadowRoot!.activeElement?.matches('input[name=q-overall]')).to.equal(true);
    expect(radio(el, 'heard', 'wechat').checked).to.equal(true);
    await expect(el).to.be.accessible();

    radio(el, 'overall', 3).click();
    await el.updateComplete;
    expect($(el, '#q-overall-error')).to.equal(null);
    expect($(el, '#q-recommend-error')).to.not.equal(null);
  });

  it("puts the server's error on the question it names", async () => {
    const el = await mount();
    // Over the question's own limit (500): only the server knows the survey's limits.
    await answer(el, { overall: 5, recommend: 10, comment: '好'.repeat(501) });
    await submit(el);
    expect($(el, '#q-comment-error').textContent).to.contain('500');
    expect($(el, '#q-comment').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#q-overall-error')).to.equal(null);
    expect(radio(el, 'overall', 5).checked).to.equal(true);
  });

  it('offers a follow-up call only after a low rating, with consent, and anonymous otherwise', async () => {
    const el = await mount();
    await answer(el, { overall: 4, recommend: 7 });
    expect($(el, '[part=follow-up]')).to.equal(null);
    radio(el, 'overall', 2).click();
    await until(() => has(el, '[part=follow-up]'), 'the follow-up contact');
    expect($(el, '[part=follow-up] legend').textContent).to.contain('希望工作人员联系您吗');
    await expect(el).to.be.accessible();

    // A contact without consent, and a mistyped mobile: both errors, on their fields.
    el.form.set('contact.name', '冯伯');
    el.form.set('contact.mobile', '1380013800');
    await submit(el);
    expect($(el, '#contact-mobile-error').textContent).to.contain('11 位手机号码');
    expect($(el, '#contact-consent-error').textContent).to.contain('同意');
    expect($(el, '#contact-consent').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    const heard = oneEvent(el, 'wushe-survey-submitted');
    el.form.set('contact.mobile', '13800138000');
    ($(el, '#contact-consent') as HTMLInputElement).click();
    await submit(el);
    expect((await heard).detail).to.include({ rating: 2, followUp: true });
    expect($(el, '.thanks').textContent).to.contain('社区工作人员会尽快打电话与您联系');
    // Staff see it among the follow-ups (the real server's, read with the secret key).
    const followUps = await staff<Page<FollowUp>>(
      'GET',
      `/v1/surveys/${SURVEY}/follow-ups?limit=100`,
    );
    const mine = followUps.body.data.find((each) => each.contact?.name === '冯伯');
    expect(mine).to.deep.include({ rating: 2, subjectId: SUBJECT });
    expect(mine!.contact).to.deep.equal({ name: '冯伯', mobile: '13800138000' });
  });

  it('sends no contact when the rating is not low, even if one was typed before', async () => {
    const el = await mount();
    await answer(el, { overall: 1, recommend: 0 });
    await until(() => has(el, '[part=follow-up]'), 'the follow-up contact');
    el.form.set('contact.name', '冯伯');
    await answer(el, { overall: 3 });
    expect($(el, '[part=follow-up]')).to.equal(null);
    const heard = oneEvent(el, 'wushe-survey-submitted');
    await submit(el);
    expect((await heard).detail.followUp).to.equal(false);
  });

  it('keeps the answers when sending fails, and sends them once the connection is back', async () => {
    const { state, client } = await flaky();
    const el = await mount(client);
    await answer(el, { overall: 5, recommend: 9, comment: '很好' });
    const failed = oneEvent(el, 'wushe-error');
    await submit(el);
    expect((await failed).detail.code).to.equal('connection_failed');
    expect($(el, '[role=alert]').textContent).to.contain('您填写的内容都还在');
    expect($(el, '[role=alert]').textContent).to.contain('网络已断开');
    expect(radio(el, 'overall', 5).checked).to.equal(true);
    expect(($(el, '#q-comment') as HTMLTextAreaElement).value).to.equal('很好');
    await expect(el).to.be.accessible();

    state.online = true;
    await submit(el);
    expect($(el, '.thanks h3').textContent).to.equal('感谢您的评价！');
  });

  it('keeps a draft across a reload, but never the contact', async () => {
    const first = await mount();
    await answer(first, { overall: 2, recommend: 3, comment: '等了很久' });
    first.form.set('contact.mobile', '13800138000');
    first.remove();
    const again = await mount();
    expect(radio(again, 'overall', 2).checked).to.equal(true);
    expect(($(again, '#q-comment') as HTMLTextAreaElement).value).to.equal('等了很久');
    expect($(again, 'form .notice').textContent).to.contain('已恢复');
    await until(() => has(again, '#contact-mobile'), 'the follow-up contact');
    expect(($(again, '#contact-mobile') as HTMLInputElement).value).to.equal('');
  });

  it('shows the thank-you state when this browser has answered already', async () => {
    const el = await mount();
    // A mere visit stores nothing: the token is made when the first answer is sent.
    expect(
      Object.keys(localStorage).filter((key) => key.startsWith('wushe.survey.')),
    ).to.deep.equal([]);
    await answer(el, { overall: 5, recommend: 10 });
    await submit(el);
    el.remove();
    const again = await mount();
    expect($(again, '.thanks h3').textContent).to.equal('您已经评价过这项服务，感谢参与');
    expect($(again, 'form')).to.equal(null);
    await expect(again).to.be.accessible();
    // Another subject is another rating (一事一评 is per subject).
    const other = await mount(undefined, { subject: DemoIds.smallSurveySubject });
    expect($(other, 'form')).to.not.equal(null);
  });

  it('counts the characters of a text answer, and announces politely what is left near the limit', async () => {
    const el = await mount();
    const comment = $(el, '#q-comment') as HTMLTextAreaElement;
    comment.focus();
    await sendKeys({ type: '服务很好' });
    await el.updateComplete;
    expect($(el, '[part=counter]').textContent.replace(/\s/g, '')).to.equal('4/500');
    await wait(800);
    expect($(el, '.question [aria-live=polite]').textContent.trim()).to.equal('');
    el.form.set('answers.comment', '好'.repeat(480));
    await el.updateComplete;
    comment.value = '好'.repeat(480);
    await sendKeys({ type: '很' });
    await wait(800);
    await el.updateComplete;
    expect($(el, '.question [aria-live=polite]').textContent.trim()).to.equal('还可以输入 19 字');
    expect($(el, '[part=counter]').classList.contains('near')).to.equal(true);
  });

  it('allows at most the choices a multiple-choice question permits', async () => {
    const el = await mount();
    for (const option of ['staff', 'timely', 'professional']) {
      ($(el, `input[name=q-best][value=${option}]`) as HTMLInputElement).click();
      await el.updateComplete;
    }
    expect(el.form.values['answers.best']).to.deep.equal(['staff', 'timely', 'professional']);
    expect(($(el, 'input[name=q-best][value=convenient]') as HTMLInputElement).disabled).to.equal(
      true,
    );
    ($(el, 'input[name=q-best][value=staff]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(($(el, 'input[name=q-best][value=convenient]') as HTMLInputElement).disabled).to.equal(
      false,
    );
  });
});
