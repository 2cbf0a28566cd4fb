import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DISCLOSURE_FIELDS } from '@wushe/schema';
import { $, findIn, has, until, waitForText } from '../../../../elements/test/dom.js';
import { call, DEMO, staffToken } from '../../../test/real-server.js';
import { focusOn, tabTo } from '../../../test/editor-test.js';
import {
  item,
  mountWidget,
  showsForbidden,
  showsSignedOutAndOffline,
  type WidgetAttrs,
} from '../../../test/widget-test.js';
import './fund-editor.js';
import type { WusheFundEditor } from './fund-editor.js';
import type { WusheEditorSavedEvent } from '../../events/wushe-editor-saved.js';

const TAG = 'wushe-fund-editor';

/** 南村镇's funds, as its street staff (nancun.staff) edits them. */
const mount = async (attrs: WidgetAttrs & { login?: string } = {}) =>
  mountWidget<WusheFundEditor>(TAG, {
    division: DEMO.nancun,
    ...attrs,
    token: 'token' in attrs ? attrs.token : await staffToken(attrs.login ?? 'nancun.staff'),
  });

/** The demo's platform fund of 南村镇: fully disclosed, but donors give on its platform. */
const PLATFORM_FUND = 'fund_pyNancunPlatform';

/** A disclosure as the Charity Law asks it (the server's tests use the same fundraiser). */
const DISCLOSURE = {
  organizationName: '广州市番禺区慈善会',
  creditCode: '53100000500021676K',
  certificateNumber: '粤民慈募证字〔2023〕017号',
  filingNumber: '53440113MJL123456X2026001',
  contact: '020-84800000',
  lookupUrl: 'https://cszg.mca.gov.cn/',
} as const;

const root = (el: Element) => el.shadowRoot!;
const missingItems = (el: Element, scope = '[part="form"]') =>
  [...root(el).querySelectorAll<HTMLElement>(`${scope} [part="check-missing"]`)].map(
    (li) => li.dataset['item'],
  );

/** Opens the new fund's form, fills its name and target, and `disclosure` field by field. */
async function fillNewFund(
  el: WusheFundEditor,
  name: string,
  disclosure: Partial<typeof DISCLOSURE>,
) {
  (await findIn<HTMLButtonElement>(el, '[part="new"]')).click();
  (await findIn<HTMLInputElement>(el, '#name')).value = name;
  $<HTMLInputElement>(el, '#targetFen').value = '50000';
  for (const [field, value] of Object.entries(disclosure)) {
    const input = $<HTMLInputElement>(el, `[id="disclosure.${field}"]`);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

describe('<wushe-fund-editor>', () => {
  it('has no axe violations: the list with its checklists, and the form', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await findIn(el, item(PLATFORM_FUND));
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="new"]').click();
    await findIn(el, '[part="form"] [part="checklist"]');
    await expect(el).to.be.accessible();
  });

  it('a platform fund says it cannot take donations here, from the contract’s rule', async () => {
    const el = await mount();
    await findIn(el, item(PLATFORM_FUND));
    expect(missingItems(el, item(PLATFORM_FUND))).to.deep.equal(['mode']);
    await waitForText(el, `${item(PLATFORM_FUND)} [part="status"]`, '未接受捐款');
  });

  it('creates a fund by keyboard; the checklist follows what is typed and says what is missing', async () => {
    const el = await mount();
    await findIn(el, item(PLATFORM_FUND));
    await tabTo(() => root(el).querySelector('[part="new"]'), 'the new button');
    await sendKeys({ press: 'Enter' });
    await focusOn(() => root(el).querySelector('#name'), 'the name');
    const name = `南村镇助学基金 ${Date.now().toString(36)}`;
    await sendKeys({ type: name });
    expect(missingItems(el)).to.deep.equal([...DISCLOSURE_FIELDS]);
    await tabTo(() => root(el).querySelector('#targetFen'), 'the target');
    await sendKeys({ type: '80000' });
    await tabTo(() => root(el).querySelector('[id="disclosure.organizationName"]'), 'the charity');
    await sendKeys({ type: DISCLOSURE.organizationName });
    await tabTo(() => root(el).querySelector('[id="disclosure.creditCode"]'), 'the credit code');
    await sendKeys({ type: DISCLOSURE.creditCode });
    await until(() => missingItems(el).length === 4, 'the checklist to follow the typing');
    expect(missingItems(el)).to.deep.equal([
      'certificateNumber',
      'filingNumber',
      'contact',
      'lookupUrl',
    ]);
    const saved = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    await tabTo(() => root(el).querySelector('[part="save"]'), 'the save button');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail).to.include({ editor: 'funds', action: 'created' });
    await waitForText(el, `${item(detail.id)} [part="status"]`, '未接受捐款');
    expect(missingItems(el, item(detail.id))).to.deep.equal([
      'certificateNumber',
      'filingNumber',
      'contact',
      'lookupUrl',
    ]);
    const fund = await call<{ targetFen: number; communityId: string | null; streetId: string }>(
      'GET',
      `/v1/funds/${detail.id}`,
      undefined,
      'publishable',
    );
    expect(fund.body).to.include({
      targetFen: 8_000_000,
      communityId: null,
      streetId: DEMO.nancun,
    });
  });

  it('asking to take donations too early: the server names each missing field on it, what was typed kept', async () => {
    const el = await mount();
    await fillNewFund(el, '南村镇长者基金', {
      organizationName: DISCLOSURE.organizationName,
      creditCode: DISCLOSURE.creditCode,
      certificateNumber: DISCLOSURE.certificateNumber,
    });
    $<HTMLInputElement>(el, 'input[name="donatable"]').click();
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await findIn(el, '[part="form-error"]');
    await until(() => has(el, '[id="issue-disclosure-filingNumber"]'), 'the server’s issues');
    for (const field of ['filingNumber', 'contact', 'lookupUrl'])
      expect($(el, `[id="disclosure.${field}"]`).getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[id="disclosure.organizationName"]').getAttribute('aria-invalid')).to.equal(
      'false',
    );
    expect($<HTMLInputElement>(el, '#name').value).to.equal('南村镇长者基金');
    expect($<HTMLInputElement>(el, '[id="disclosure.certificateNumber"]').value).to.equal(
      DISCLOSURE.certificateNumber,
    );
    await expect(el).to.be.accessible();
  });

  it('a fully disclosed direct fund takes donations once asked, and a resident can then give', async () => {
    const el = await mount();
    const name = `南村镇济困基金 ${Date.now().toString(36)}`;
    await fillNewFund(el, name, DISCLOSURE);
    await findIn(el, '[part="form"] [part="checklist-ready"]');
    $<HTMLInputElement>(el, 'input[name="donatable"]').click();
    const saved = oneEvent<WusheEditorSavedEvent>(el, 'wushe-editor-saved');
    $<HTMLButtonElement>(el, '[part="save"]').click();
    const { detail } = await saved;
    await waitForText(el, `${item(detail.id)} [part="status"]`, '正在接受捐款');
    const fund = await call<{ donatable: boolean }>(
      'GET',
      `/v1/funds/${detail.id}`,
      undefined,
      'publishable',
    );
    expect(fund.body.donatable).to.equal(true);
  });

  it('has the signed-out, offline and forbidden states; three languages and elder mode', async () => {
    await showsSignedOutAndOffline(mount);
    await showsForbidden(TAG, '无权', DEMO.panyu);
    const community = await mount({ login: 'jinxiu.staff', division: DEMO.jinxiu });
    await waitForText(community, '[part="state-forbidden"]', '无权');
    const en = await mount({ lang: 'en' });
    await waitForText(en, '[part="title"]', 'Charity funds');
    const hk = await mount({ lang: 'zh-HK', elder: true });
    await waitForText(hk, `${item(PLATFORM_FUND)} [part="status"]`, '未接受捐款');
    expect(parseFloat(getComputedStyle($(hk, '.base')).fontSize)).to.be.at.least(18);
    await expect(hk).to.be.accessible();
  });
});
