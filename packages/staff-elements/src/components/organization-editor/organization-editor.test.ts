import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { creditCodeCheckChar } from '@wushe/schema';
import { $, findIn, has, until, waitForText } from '../../../../elements/test/dom.js';
import { call, DEMO, staffToken } from '../../../test/real-server.js';
import { focusOn, refusingClient, tabTo } from '../../../test/editor-test.js';
import { mountWidget, type WidgetAttrs } from '../../../test/widget-test.js';
import './organization-editor.js';
import type { WusheOrganizationEditor } from './organization-editor.js';
import type { WusheEditorSavedEvent } from '../../events/wushe-editor-saved.js';

interface Attrs extends WidgetAttrs {
  login?: string;
}

const mount = async (attrs: Attrs = {}) =>
  mountWidget<WusheOrganizationEditor>('wushe-organization-editor', {
    ...attrs,
    token: 'token' in attrs ? attrs.token : await staffToken(attrs.login ?? 'jinxiu.staff'),
  });

/** A valid credit code no other test uses: 17 characters and the contract's check character. */
function freshCreditCode(): string {
  const first17 = `5244011${Date.now().toString().slice(-9)}${Math.floor(Math.random() * 10)}`;
  return `${first17}${creditCodeCheckChar(first17)!}`;
}

const root = (el: Element) => el.shadowRoot!;

describe('<wushe-organization-editor>', () => {
  it('has no axe violations: the list and the form', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await findIn(el, '[part="new"]');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="new"]').click();
    await findIn(el, '[part="form"]');
    await expect(el).to.be.accessible();
  });

  it('checks the credit code as it is typed, with the contract’s validator', async () => {
    const el = await mount();
    (await findIn<HTMLButtonElement>(el, '[part="new"]')).click();
    const code = await findIn<HTMLInputElement>(el, '#creditCode');
    code.focus();
    const valid = freshCreditCode();
    const wrongCheck = `${valid.slice(0, 17)}${valid.endsWith('0') ? '1' : '0'}`;
    await sendKeys({ type: wrongCheck });
    await waitForText(el, '[part="field-error"]', '逐位核对');
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: valid.slice(17) });
    await until(() => !has(el, '[part="field-error"]'), 'the issue to go');
    expect(code.getAttribute('aria-invalid')).to.equal('false');
  });

  it('registers an organization in the worker’s community by keyboard', async () => {
    const el = await mount();
    await findIn(el, '[part="new"]');
    await tabTo(() => root(el).querySelector('[part="new"]'), 'the new button');
    await sendKeys({ press: 'Enter' });
    await focusOn(() => root(el).querySelector('#name'), 'the name');
    const name = `锦绣香江书画社 ${Date.now().toString(36)}`;
    await sendKeys({ type: name });
    await tabTo(() => root(el).querySelector('#category'), 'the category');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLSelectElement>(el, '#category').value).to.equal('culture');
    await tabTo(() => root(el).querySelector('#creditCode'), 'the credit code');
    await sendKeys({ type: freshCreditCode() });
    const saved = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    await tabTo(() => root(el).querySelector('[part="save"]'), 'the save button');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail).to.include({ editor: 'organizations', action: 'created' });
    await waitForText(el, `[data-id="${detail.id}"]`, name);
    const listed = await call<{ data: { id: string; communityId: string }[] }>(
      'GET',
      `/v1/organizations?community=${DEMO.jinxiu}&limit=100`,
    );
    expect(listed.body.data.find((org) => org.id === detail.id)?.communityId).to.equal(DEMO.jinxiu);
  });

  it('shows the contract’s rules on their fields: a 社区社会组织 needs a category, kept typing', async () => {
    const el = await mount();
    (await findIn<HTMLButtonElement>(el, '[part="new"]')).click();
    const name = await findIn<HTMLInputElement>(el, '#name');
    name.value = '未分类的组织';
    $<HTMLInputElement>(el, 'input[value="filed"]').click();
    await until(() => !has(el, '#creditCode'), 'a filed group to take no credit code');
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await findIn(el, '[part="form-error"]');
    expect($(el, '#category').getAttribute('aria-invalid')).to.equal('true');
    expect(name.value).to.equal('未分类的组织');
    await expect(el).to.be.accessible();
  });

  it('refuses another community’s worker with the server’s 403, shown on the form', async () => {
    // 南村镇's whole street is outside jinxiu.staff's community.
    const el = await mount({ division: DEMO.otherCommunity });
    (await findIn<HTMLButtonElement>(el, '[part="new"]')).click();
    (await findIn<HTMLInputElement>(el, '#name')).value = '越权登记的组织';
    $<HTMLInputElement>(el, 'input[value="filed"]').click();
    const category = $<HTMLSelectElement>(el, '#category');
    category.value = 'service';
    await until(() => !has(el, '#creditCode'), 'filed');
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await waitForText(el, '[part="form-error"]', '无权');
  });

  it('has the signed-out, offline and forbidden states; three languages and elder mode', async () => {
    const ended = await mount({ token: 'st_ended-or-never-was' });
    await findIn(ended, '[part="state-signed-out"]');
    const offline = await mount({ apiBase: 'http://127.0.0.1:9', token: 'st_x' });
    await findIn(offline, '[part="state-offline"]', 20_000);
    const refused = await fixture<WusheOrganizationEditor>(
      html`<wushe-organization-editor
        division="440113"
        .client=${refusingClient()}
      ></wushe-organization-editor>`,
    );
    await findIn(refused, '[part="state-forbidden"]');
    const en = await mount({ lang: 'en' });
    await waitForText(en, '[part="title"]', 'Organizations');
    const hk = await mount({ lang: 'zh-HK', elder: true });
    await waitForText(hk, '[part="title"]', '社會組織');
    expect(parseFloat(getComputedStyle($(hk, '.base')).fontSize)).to.be.at.least(18);
    await expect(hk).to.be.accessible();
  });
});
