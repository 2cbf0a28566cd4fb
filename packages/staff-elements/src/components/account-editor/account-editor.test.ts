import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, findIn, has, until, waitForText } from '../../../../elements/test/dom.js';
import { call, DEMO, staffToken } from '../../../test/real-server.js';
import { focusOn, refusingClient, tabTo } from '../../../test/editor-test.js';
import { mountWidget, type WidgetAttrs } from '../../../test/widget-test.js';
import './account-editor.js';
import type { WusheAccountEditor } from './account-editor.js';
import type { WusheEditorSavedEvent } from '../../events/wushe-editor-saved.js';

interface Attrs extends WidgetAttrs {
  login?: string;
}

const mount = async (attrs: Attrs = {}) =>
  mountWidget<WusheAccountEditor>('wushe-account-editor', {
    ...attrs,
    token: 'token' in attrs ? attrs.token : await staffToken(attrs.login ?? 'panyu.admin'),
  });

let counter = 0;
const uniqueLogin = (stem: string) =>
  `${stem}.${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Picks `value` in the focused select with the arrow keys only. */
async function arrowTo(select: HTMLSelectElement, value: string) {
  for (let press = 0; press < 80 && select.value !== value; press++)
    await sendKeys({ press: 'ArrowDown' });
  expect(select.value).to.equal(value);
}

const root = (el: Element) => el.shadowRoot!;

describe('<wushe-account-editor>', () => {
  it('has no axe violations: the list and the invite form', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await findIn(el, '[part="new"]');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="new"]').click();
    await findIn(el, '[part="form"]');
    await expect(el).to.be.accessible();
  });

  it('invites a community worker by keyboard, with a role and scope the server offers', async () => {
    const el = await mount();
    await findIn(el, '[part="new"]');
    await tabTo(() => root(el).querySelector('[part="new"]'), 'the invite button');
    await sendKeys({ press: 'Enter' });
    await focusOn(() => root(el).querySelector('#name'), 'the name field');
    const login = uniqueLogin('li.xiaomei');
    await sendKeys({ type: '李晓梅' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: login });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '13800138123' });
    await sendKeys({ press: 'Tab' });
    const role = $<HTMLSelectElement>(el, '[part="grant"] select');
    await focusOn(() => role, 'the role');
    await arrowTo(role, 'community_staff');
    await sendKeys({ press: 'Tab' });
    const scope = $$<HTMLSelectElement>(el, '[part="grant"] select')[1]!;
    await focusOn(() => scope, 'the scope');
    await arrowTo(scope, DEMO.jinxiu);
    const invited = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    await tabTo(() => root(el).querySelector('[part="save"]'), 'the save button');
    await sendKeys({ press: 'Enter' });
    const { detail } = await invited;
    expect(detail).to.include({ editor: 'accounts', action: 'created' });
    await waitForText(el, `[data-id="${detail.id}"]`, '邀请待接受');
    await focusOn(
      () => root(el).querySelector(`[data-id="${detail.id}"] [part="item-title"]`),
      'the new account',
    );
    const listed = await call<{ data: { id: string; roles: unknown[] }[] }>(
      'GET',
      `/v1/accounts?search=${login}`,
    );
    expect(listed.body.data[0]?.roles).to.deep.equal([
      { role: 'community_staff', scope: DEMO.jinxiu },
    ]);
  });

  it('shows each field’s issue from the request schema, keeping what was typed', async () => {
    const el = await mount();
    (await findIn<HTMLButtonElement>(el, '[part="new"]')).click();
    const name = await findIn<HTMLInputElement>(el, '#name');
    name.value = '王芳';
    $<HTMLInputElement>(el, '#login').value = 'not a login!';
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await findIn(el, '[part="form-error"]');
    expect($(el, '#login').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#contact').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[part="grant"] select').getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-invalid')).to.equal('false');
    expect(name.value).to.equal('王芳');
    expect($<HTMLInputElement>(el, '#login').value).to.equal('not a login!');
    await expect(el).to.be.accessible();
  });

  it('offers street staff only the roles the server lets them grant, in their street', async () => {
    const el = await mount({ login: 'nancun.staff' });
    (await findIn<HTMLButtonElement>(el, '[part="new"]')).click();
    const role = await findIn<HTMLSelectElement>(el, '[part="grant"] select');
    const offered = [...role.options].map((option) => option.value).filter(Boolean);
    expect(offered).to.deep.equal(['community_staff', 'social_worker', 'org_member']);
    role.value = 'community_staff';
    role.dispatchEvent(new Event('change'));
    await until(
      () => $$<HTMLSelectElement>(el, '[part="grant"] select')[1]!.options.length > 1,
      'the scopes',
    );
    const scopes = [...$$<HTMLSelectElement>(el, '[part="grant"] select')[1]!.options]
      .map((option) => option.value)
      .filter(Boolean);
    expect(scopes.every((code) => code.startsWith(DEMO.nancun) && code.length === 12)).to.equal(
      true,
    );
  });

  it('offers an organization as an org_member’s scope (street staff: those of her street) and a call as a reviewer’s', async () => {
    const street = await mount({ login: 'nancun.staff' });
    (await findIn<HTMLButtonElement>(street, '[part="new"]')).click();
    const role = await findIn<HTMLSelectElement>(street, '[part="grant"] select');
    role.value = 'org_member';
    role.dispatchEvent(new Event('change'));
    const scopeOf = (el: Element) => $$<HTMLSelectElement>(el, '[part="grant"] select')[1]!;
    await until(() => scopeOf(street).options.length > 1, 'the organizations');
    const orgs = [...scopeOf(street).options].map((option) => option.value).filter(Boolean);
    // 南村镇's own (its federation, a foundation) and its communities' (锦绣香江's groups), not
    // the district-wide agencies nor another street's.
    expect(orgs).to.include.members(['org_ncFederation', 'org_jxElders']);
    expect(orgs).not.to.include('org_pyHeyueSocialWork');
    expect(orgs).not.to.include('org_xfStarChoir');

    const admin = await mount();
    (await findIn<HTMLButtonElement>(admin, '[part="new"]')).click();
    (await findIn<HTMLInputElement>(admin, '#name')).value = '黄志强';
    const login = uniqueLogin('huang.zhiqiang');
    $<HTMLInputElement>(admin, '#login').value = login;
    $<HTMLInputElement>(admin, '#contact').value = '13800138456';
    const adminRole = $<HTMLSelectElement>(admin, '[part="grant"] select');
    adminRole.focus();
    await arrowTo(adminRole, 'reviewer');
    await until(() => scopeOf(admin).options.length > 1, 'the calls');
    scopeOf(admin).focus();
    await arrowTo(scopeOf(admin), 'call_pyMicroVenture2026');
    const invited = oneEvent<WusheEditorSavedEvent>(admin, 'wushe-editor-saved');
    $<HTMLButtonElement>(admin, '[part="save"]').click();
    const { detail } = await invited;
    await waitForText(admin, `[data-id="${detail.id}"]`, '评审专家');
    const listed = await call<{ data: { roles: unknown[] }[] }>(
      'GET',
      `/v1/accounts?search=${login}`,
    );
    expect(listed.body.data[0]?.roles).to.deep.equal([
      { role: 'reviewer', scope: 'call_pyMicroVenture2026' },
    ]);
    await expect(admin).to.be.accessible();
  });

  it('changes an account’s roles and disables it, by keyboard', async () => {
    const login = uniqueLogin('zhao.lei');
    const created = await call<{ id: string }>('POST', '/v1/accounts', {
      name: '赵磊',
      login,
      roles: [{ role: 'community_staff', scope: DEMO.jinxiu }],
      contact: { mobile: '13800138124' },
    });
    const el = await mount();
    const item = `[data-id="${created.body.id}"]`;
    (await findIn<HTMLButtonElement>(el, `${item} [part="edit"]`)).focus();
    await sendKeys({ press: 'Enter' });
    const role = await findIn<HTMLSelectElement>(el, `${item} [part="grant"] select`);
    await focusOn(() => role, 'the first role');
    await arrowTo(role, 'social_worker');
    await sendKeys({ press: 'Tab' });
    await arrowTo($$<HTMLSelectElement>(el, `${item} [part="grant"] select`)[1]!, DEMO.jinxiu);
    const updated = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    await tabTo(() => root(el).querySelector(`${item} [part="save"]`), 'save');
    await sendKeys({ press: 'Enter' });
    expect((await updated).detail.action).to.equal('updated');
    await waitForText(el, item, '社工');
    const disable = await findIn<HTMLButtonElement>(el, `${item} [part="disable"]`);
    disable.focus();
    const disabled = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    await sendKeys({ press: 'Enter' });
    expect((await disabled).detail.action).to.equal('disabled');
    await waitForText(el, item, '已停用');
    const stored = await call<{ data: { disabled: boolean; roles: unknown[] }[] }>(
      'GET',
      `/v1/accounts?search=${login}`,
    );
    expect(stored.body.data[0]).to.deep.include({
      disabled: true,
      roles: [{ role: 'social_worker', scope: DEMO.jinxiu }],
    });
  });

  it('is forbidden to a community worker; signed out and offline have their states', async () => {
    const worker = await mount({ login: 'jinxiu.staff' });
    await waitForText(worker, '[part="state-forbidden"]', '无权');
    expect(has(worker, '[part="new"]')).to.equal(false);
    await expect(worker).to.be.accessible();
    const ended = await mount({ token: 'st_ended-or-never-was' });
    await findIn(ended, '[part="state-signed-out"]');
    const offline = await mount({ apiBase: 'http://127.0.0.1:9', token: 'st_x' });
    await findIn(offline, '[part="state-offline"]', 20_000);
    const refused = await fixture<WusheAccountEditor>(
      html`<wushe-account-editor
        division="440113"
        .client=${refusingClient()}
      ></wushe-account-editor>`,
    );
    await findIn(refused, '[part="state-forbidden"]');
  });

  it('speaks three languages and has elder mode; an empty division says so', async () => {
    const en = await mount({ lang: 'en' });
    await waitForText(en, '[part="new"]', 'Invite a staff member');
    const hk = await mount({ lang: 'zh-HK' });
    await waitForText(hk, '[part="title"]', '工作人員帳號');
    // 里仁洞村: no account holds a role there.
    const empty = await mount({ division: '440113104005', elder: true });
    await findIn(empty, '[part="state-empty"]');
    expect(parseFloat(getComputedStyle($(empty, '.base')).fontSize)).to.be.at.least(18);
    await expect(empty).to.be.accessible();
  });
});
