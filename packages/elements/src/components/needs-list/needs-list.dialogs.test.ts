import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createReplayClient } from '@wushe/sdk/fixtures';
import needsConflict from '@wushe/sdk/recordings/needs-conflict.json' with { type: 'json' };
import {
  $,
  focused,
  has,
  isOpen,
  live,
  make,
  onServer,
  openDialog,
  recorded,
  type,
  until,
} from '../../../test/needs-list-helpers.js';

describe('<wushe-needs-list> dialogs', () => {
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('is accessible with the claim dialog open; Escape closes it and focus returns', async () => {
    const el = await make();
    const button = $<HTMLButtonElement>(el, '[part=claim-button]');
    button.focus();
    const dialog = await openDialog(el, 'claim', button);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the dialog to close');
    expect(focused(el) === button).to.equal(true);
  });

  // The first test of this file to open the post dialog: its code is not loaded yet.
  it('loads a dialog on first open: its button is busy meanwhile, then focus lands in it', async () => {
    const el = await make();
    const button = $<HTMLButtonElement>(el, '[part=post-button]');
    const busy: (string | null)[] = [];
    const watcher = new MutationObserver(() => busy.push(button.getAttribute('aria-busy')));
    watcher.observe(button, { attributes: true, attributeFilter: ['aria-busy'] });
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => isOpen(el, 'post'), 'dialog');
    watcher.disconnect();
    expect(busy).to.deep.equal(['true', null]);
    expect(button.disabled).to.equal(false);
    expect($(el, 'dialog.post').contains(focused(el))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('claims with the keyboard only (sendKeys), and the card shows 已认领', async () => {
    const el = await make();
    const button = $<HTMLButtonElement>(el, '[part=claim-button]');
    const card = button.closest('article')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => isOpen(el, 'claim'), 'dialog');
    const dialog = $<HTMLDialogElement>(el, 'dialog.claim');
    expect(dialog.contains(focused(el))).to.equal(true);
    await sendKeys({ press: 'Tab' });
    // Playwright's keyboard cannot type CJK here (it crashes the page): a romanized name.
    await sendKeys({ type: 'Li Zhiming' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '13812345678' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    const claimed = oneEvent(el, 'wushe-need-claimed');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const event = await claimed;
    expect(event.detail.needId).to.equal(card.dataset.id);
    expect(event.detail.claim.claimantName).not.to.contain('13812345678');
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    const after = $(el, `article[data-id="${card.dataset.id!}"]`);
    expect(after.querySelector('[part=badge]')!.textContent).to.contain('已认领');
    expect(after.querySelector('[part=claim-button]')).to.equal(null);
    await until(() => focused(el) === after, 'focus on the claimed card');
    expect(live(el)).to.contain('认领成功');
  });

  it('tells the resident when someone else just claimed it (409), and keeps the values', async () => {
    const el = await make(createReplayClient(needsConflict));
    const button = $<HTMLButtonElement>(el, '[part=claim-button]');
    const id = button.closest('article')!.dataset.id!;
    const dialog = await openDialog(el, 'claim', button);
    type($<HTMLInputElement>(el, '#claim-name'), '李志明');
    type($<HTMLInputElement>(el, '#claim-mobile'), '13812345678');
    type($<HTMLInputElement>(el, '#claim-note'), '周六上午可以');
    $<HTMLInputElement>(el, '#claim-consent').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'dialog.claim button[type=submit]').click();
    await until(
      () => $(el, 'dialog.claim [part=form-error]').textContent.includes('刚刚有人认领'),
      'the conflict message',
    );
    expect(dialog.open).to.equal(true);
    expect($<HTMLInputElement>(el, '#claim-name').value).to.equal('李志明');
    expect($<HTMLInputElement>(el, '#claim-mobile').value).to.equal('13812345678');
    expect($<HTMLInputElement>(el, '#claim-note').value).to.equal('周六上午可以');
    await until(
      () => $(el, `article[data-id="${id}"] [part=badge]`).textContent.includes('已认领'),
      'the card to show 已认领',
    );
    expect($<HTMLButtonElement>(el, 'dialog.claim button[type=submit]').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('reports a need with a token kept in localStorage', async () => {
    localStorage.removeItem('wushe.reporterToken');
    const el = await make();
    await openDialog(el, 'report');
    $<HTMLInputElement>(el, 'input[name=report-reason][value=offensive]').click();
    const reported = oneEvent(el, 'wushe-need-reported');
    $<HTMLButtonElement>(el, 'dialog.report button[type=submit]').click();
    expect((await reported).detail.reason).to.equal('offensive');
    const token = localStorage.getItem('wushe.reporterToken');
    expect(token).to.have.length.greaterThan(15);
    await el.updateComplete;
    expect($(el, 'dialog.report [role=alert]').textContent).to.contain('已收到');
  });

  it('posts a need: a field error shows in place and the input stays; then it is sent for review', async () => {
    const el = await make(await onServer());
    await openDialog(el, 'post');
    type($<HTMLInputElement>(el, '#post-title'), '短');
    type($<HTMLTextAreaElement>(el, '#post-description'), '需要有人每周陪伴老人散步聊天。');
    type($<HTMLInputElement>(el, '#post-name'), '王阿姨');
    type($<HTMLInputElement>(el, '#post-mobile'), '13812345678');
    $<HTMLInputElement>(el, '#post-consent').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'dialog.post button[type=submit]').click();
    await until(() => has(el, '#post-title-error'), 'the field error');
    expect($(el, '#post-title').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#post-title').getAttribute('aria-describedby')).to.equal('post-title-error');
    expect($(el, '#post-title-error').textContent).to.contain('4');
    expect($<HTMLInputElement>(el, '#post-title').value).to.equal('短');
    await until(() => focused(el) === $(el, '#post-title'), 'focus on the bad field');

    type($<HTMLInputElement>(el, '#post-title'), '陪伴老人散步');
    await el.updateComplete;
    const submitted = oneEvent(el, 'wushe-need-submitted');
    $<HTMLButtonElement>(el, 'dialog.post button[type=submit]').click();
    expect((await submitted).detail.status).to.equal('pending_review');
    await el.updateComplete;
    expect($(el, 'dialog.post [role=status]').textContent).to.contain('审核');
  });

  it('posts a need with the keyboard only, and focus comes back to the post button', async () => {
    const el = await make(await onServer());
    const button = $<HTMLButtonElement>(el, '[part=post-button]');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => isOpen(el, 'post'), 'dialog');
    const dialog = $<HTMLDialogElement>(el, 'dialog.post');
    // Focus starts on the kind (服务需求); then category, title, description.
    expect(focused(el)?.getAttribute('name')).to.equal('post-kind');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('post-category');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Walk with Grandma Wang' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Someone to walk with her twice a week, mornings.' });
    await sendKeys({ press: 'Tab' }); // 匿名发布
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Wang Fang' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '13812345678' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // consent
    const submitted = oneEvent(el, 'wushe-need-submitted');
    await sendKeys({ press: 'Tab' }); // 取消
    await sendKeys({ press: 'Tab' }); // 提交
    await sendKeys({ press: 'Enter' });
    const need = (await submitted).detail;
    expect(need.title).to.equal('Walk with Grandma Wang');
    expect(need.status).to.equal('pending_review');
    await until(() => dialog.contains(focused(el)) && focused(el)?.tagName === 'BUTTON', 'close');
    expect(live(el)).to.contain('审核');
    await sendKeys({ press: 'Enter' });
    await until(() => !dialog.open, 'the dialog to close');
    expect(focused(el) === button).to.equal(true);
  });

  it('posts a wish with its value typed in yuan', async () => {
    const el = await make(await onServer());
    await openDialog(el, 'post');
    $<HTMLInputElement>(el, 'input[name=post-kind][value=wish]').click();
    await el.updateComplete;
    type($<HTMLInputElement>(el, '#post-title'), '一台助听器');
    type($<HTMLTextAreaElement>(el, '#post-description'), '独居老人听力下降，希望有一台助听器。');
    type($<HTMLInputElement>(el, '#post-value'), '120.5');
    type($<HTMLInputElement>(el, '#post-name'), '王阿姨');
    type($<HTMLInputElement>(el, '#post-mobile'), '13812345678');
    $<HTMLInputElement>(el, '#post-consent').click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'wushe-need-submitted');
    $<HTMLButtonElement>(el, 'dialog.post button[type=submit]').click();
    const need = (await submitted).detail;
    expect(need.kind).to.equal('wish');
    expect(need.valueFen).to.equal(12050);
  });

  it('shows the dialogs in English once their wording has loaded', async () => {
    const el = await make(recorded(), { lang: 'en' });
    await until(() => $(el, '[part=claim-button]').textContent.includes('Claim'), 'en');
    await openDialog(el, 'claim');
    await until(() => $(el, '#claim-title').textContent.startsWith('Claim “'), 'the en title');
    expect($(el, 'label[for=claim-note]').textContent).to.equal('Note (optional)');
    await expect(el).to.be.accessible();
  });
});
