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
import './social-worker-editor.js';
import type { WusheSocialWorkerEditor } from './social-worker-editor.js';
import type { WusheEditorSavedEvent } from '../../events/wushe-editor-saved.js';

const TAG = 'wushe-social-worker-editor';

/** 南村镇's social workers, as its street staff (nancun.staff) edits them. */
const mount = async (attrs: WidgetAttrs & { login?: string } = {}) =>
  mountWidget<WusheSocialWorkerEditor>(TAG, {
    division: DEMO.nancun,
    ...attrs,
    token: 'token' in attrs ? attrs.token : await staffToken(attrs.login ?? 'nancun.staff'),
  });

/** 陈嘉欣, of 和悦 and 南村镇社工站, in the demo seed. */
const CHEN = 'sw_pyChenJiaxin';
const root = (el: Element) => el.shadowRoot!;

describe('<wushe-social-worker-editor>', () => {
  it('has no axe violations: the list and the form', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await findIn(el, item(CHEN));
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="new"]').click();
    await findIn(el, '[part="form"]');
    await expect(el).to.be.accessible();
  });

  it('adds a social worker of an agency on the street, by keyboard only', async () => {
    const el = await mount();
    await findIn(el, item(CHEN));
    await tabTo(() => root(el).querySelector('[part="new"]'), 'the new button');
    await sendKeys({ press: 'Enter' });
    await focusOn(() => root(el).querySelector('#name'), 'the name');
    const name = `冯敏仪 ${Date.now().toString(36)}`;
    await sendKeys({ type: name });
    await tabTo(() => root(el).querySelector('#organizationId'), 'the agency');
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLSelectElement>(el, '#organizationId').value).to.equal('org_pyHeyueSocialWork');
    await tabTo(() => root(el).querySelector('#station'), 'the station');
    await sendKeys({ type: '南村镇社工站' });
    await tabTo(() => root(el).querySelector('#certificateLevel'), 'the certificate');
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLSelectElement>(el, '#communityId').value).to.equal(DEMO.nancun);
    const saved = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    await tabTo(() => root(el).querySelector('[part="save"]'), 'the save button');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail).to.include({ editor: 'social-workers', action: 'created' });
    await waitForText(el, item(detail.id), name);
    await focusOn(() => root(el).querySelector(`${item(detail.id)} [part="item-title"]`), 'it');
    const listed = await call<{
      data: { id: string; certificateLevel: string; streetId: string }[];
    }>(
      'GET',
      `/v1/social-workers?street=${DEMO.nancun}&limit=100`,
      undefined,
      await staffToken('nancun.staff'),
    );
    expect(listed.body.data.find((sw) => sw.id === detail.id)).to.include({
      certificateLevel: 'assistant_social_worker',
      streetId: DEMO.nancun,
    });
  });

  it('shows the server’s rule on its field and keeps what was typed: an agency or a station', async () => {
    const el = await mount();
    (await findIn<HTMLButtonElement>(el, `${item(CHEN)} [part="edit"]`)).click();
    const name = await findIn<HTMLInputElement>(el, '#name');
    name.value = '陈嘉欣（改）';
    $<HTMLSelectElement>(el, '#organizationId').value = '';
    $<HTMLInputElement>(el, '#station').value = '';
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await findIn(el, '[part="form-error"]');
    await findIn(el, '#issue-organizationId');
    expect($(el, '#organizationId').getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>(el, '#name').value).to.equal('陈嘉欣（改）');
    await expect(el).to.be.accessible();
  });

  it('refuses a community’s worker, who may not add social workers, with the server’s 403 on the form', async () => {
    const el = await mount({ login: 'jinxiu.staff', division: DEMO.jinxiu });
    (await findIn<HTMLButtonElement>(el, '[part="new"]')).click();
    (await findIn<HTMLInputElement>(el, '#name')).value = '越权添加的社工';
    $<HTMLInputElement>(el, '#station').value = '南村镇社工站';
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await waitForText(el, '[part="form-error"]', '无权');
  });

  it('has the signed-out, offline and forbidden states; three languages and elder mode', async () => {
    await showsSignedOutAndOffline(mount);
    await showsForbidden(TAG, '无权', DEMO.panyu);
    const en = await mount({ lang: 'en' });
    await waitForText(en, '[part="title"]', 'Social workers');
    const hk = await mount({ lang: 'zh-HK', elder: true });
    await waitForText(hk, item(CHEN), '高級社工師');
    expect(parseFloat(getComputedStyle($(hk, '.base')).fontSize)).to.be.at.least(18);
    await expect(hk).to.be.accessible();
  });
});
