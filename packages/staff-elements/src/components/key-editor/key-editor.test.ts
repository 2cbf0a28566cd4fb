import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, findIn, has, textOf, until, waitForText } from '../../../../elements/test/dom.js';
import { call, staffToken } from '../../../test/real-server.js';
import { focusOn, refusingClient, tabTo } from '../../../test/editor-test.js';
import { mountWidget, type WidgetAttrs } from '../../../test/widget-test.js';
import './key-editor.js';
import type { WusheKeyEditor } from './key-editor.js';
import type { WusheEditorSavedEvent } from '../../events/wushe-editor-saved.js';

const mount = async (attrs: WidgetAttrs = {}) =>
  mountWidget<WusheKeyEditor>('wushe-key-editor', {
    ...attrs,
    division: '440113',
    token: 'token' in attrs ? attrs.token : await staffToken('panyu.admin'),
  });

const storedKeys = async () =>
  (await call<{ data: { id: string; revokedAt: string | null }[] }>('GET', '/v1/keys')).body.data;

describe('<wushe-key-editor>', () => {
  it('has no axe violations: the list, the form, an issued key', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await findIn(el, '[part="item"]');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="new"]').click();
    await findIn(el, '[part="form"]');
    await expect(el).to.be.accessible();
  });

  it('issues a secret key by keyboard: shown once with copy, then never again', async () => {
    const el = await mount();
    await findIn(el, '[part="item"]');
    await tabTo(() => el.shadowRoot!.querySelector('[part="new"]'), 'the new-key button');
    await sendKeys({ press: 'Enter' });
    await focusOn(() => el.shadowRoot!.querySelector('input[value="publishable"]'), 'the kind');
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLInputElement>(el, 'input[value="secret"]').checked).to.equal(true);
    await until(() => !has(el, '#origins'), 'a secret key to take no origins');
    const issued = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    await tabTo(() => el.shadowRoot!.querySelector('[part="save"]'), 'the save button');
    await sendKeys({ press: 'Enter' });
    const { detail } = await issued;
    expect(detail).to.include({ editor: 'keys', action: 'created' });
    expect(JSON.stringify(detail)).not.to.contain('sk_');
    const secret = await findIn<HTMLInputElement>(el, '[part="secret"]');
    expect(secret.value).to.match(/^sk_live_/);
    await focusOn(() => el.shadowRoot!.querySelector('[part="secret"]'), 'the key shown once');
    await expect(el).to.be.accessible();
    expect((await storedKeys()).some((key) => key.id === detail.id)).to.equal(true);
    // Stored: gone from the page for good, the key listed by its first characters only.
    await tabTo(() => el.shadowRoot!.querySelector('[part="stored"]'), 'the stored button');
    await sendKeys({ press: 'Enter' });
    await until(() => !has(el, '[part="secret"]'), 'the key to be gone');
    expect(el.shadowRoot!.innerHTML).not.to.contain(secret.value);
    expect(textOf(el, `[data-id="${detail.id}"] [part="item-title"]`)).to.match(/^sk_live_\w+…$/);
    const again = await mount();
    await findIn(again, `[data-id="${detail.id}"]`);
    expect(has(again, '[part="secret"]')).to.equal(false);
  });

  it('shows the request schema’s issue on the origins and keeps what was typed', async () => {
    const el = await mount();
    (await findIn<HTMLButtonElement>(el, '[part="new"]')).click();
    const origins = await findIn<HTMLTextAreaElement>(el, '#origins');
    origins.focus();
    await sendKeys({ type: 'www.panyu.gov.cn' });
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await findIn(el, '[part="field-error"]');
    expect(origins.getAttribute('aria-invalid')).to.equal('true');
    expect(origins.value).to.equal('www.panyu.gov.cn');
    await expect(el).to.be.accessible();
    // No origin at all: the contract's too_few_items on `origins`.
    origins.value = '';
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await waitForText(el, '[part="field-error"]', '1');
    // Fixed, it is issued: a publishable key bound to the origin.
    origins.value = 'https://www.panyu.gov.cn';
    const issued = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await issued;
    expect((await findIn<HTMLInputElement>(el, '[part="secret"]')).value).to.match(/^pk_live_/);
  });

  it('revokes a key after confirming in place, by keyboard', async () => {
    const created = await call<{ id: string }>('POST', '/v1/keys', { kind: 'secret' });
    const el = await mount();
    const revoke = await findIn<HTMLButtonElement>(
      el,
      `[data-id="${created.body.id}"] [part="revoke"]`,
    );
    revoke.focus();
    await sendKeys({ press: 'Enter' });
    await focusOn(
      () => el.shadowRoot!.querySelector(`[data-id="${created.body.id}"] [part="confirm"]`),
      'the confirm button',
    );
    const revoked = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    await sendKeys({ press: 'Enter' });
    expect((await revoked).detail.action).to.equal('revoked');
    await waitForText(el, `[data-id="${created.body.id}"]`, '已作废');
    const stored = (await storedKeys()).find((key) => key.id === created.body.id);
    expect(stored?.revokedAt).to.be.a('string');
  });

  it('is forbidden to a community worker; signed out and offline have their states', async () => {
    const worker = await mount({ token: await staffToken('jinxiu.staff') });
    await waitForText(worker, '[part="state-forbidden"]', '无权');
    expect(has(worker, '[part="new"]')).to.equal(false);
    await expect(worker).to.be.accessible();
    const ended = await mount({ token: 'st_ended-or-never-was' });
    await findIn(ended, '[part="state-signed-out"]');
    const offline = await mount({ apiBase: 'http://127.0.0.1:9', token: 'st_x' });
    await findIn(offline, '[part="state-offline"]', 20_000);
    const refused = await fixture<WusheKeyEditor>(
      html`<wushe-key-editor division="440113" .client=${refusingClient()}></wushe-key-editor>`,
    );
    await findIn(refused, '[part="state-forbidden"]');
  });

  it('speaks three languages and has elder mode', async () => {
    const en = await mount({ lang: 'en' });
    await waitForText(en, '[part="title"]', 'API keys');
    const hk = await mount({ lang: 'zh-HK' });
    await waitForText(hk, '[part="new"]', '簽發密鑰');
    const elder = await mount({ elder: true });
    await findIn(elder, '[part="item"]');
    expect(parseFloat(getComputedStyle($(elder, '.base')).fontSize)).to.be.at.least(18);
    await expect(elder).to.be.accessible();
  });
});
