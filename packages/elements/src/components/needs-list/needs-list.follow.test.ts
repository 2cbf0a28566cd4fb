import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WusheClient } from '@wushe/sdk';
import { residentCode } from '../../../test/real-server.js';
import { freshMobile } from '../../../test/resident-sign-in.js';
import {
  $,
  focused,
  has,
  make,
  onServer,
  openDialog,
  type,
  until,
} from '../../../test/needs-list-helpers.js';
import {
  clearResidentSession,
  getResidentSession,
  residentScope,
} from '../../internal/resident-session.js';
import type { WusheNeedsList } from './needs-list.js';

/*
 * "Follow this" after posting a need, on the real server: the resident signs in with the mobile
 * the need was posted with (the shared sign-in), and the need is then in `GET /v1/residents/me/needs`.
 */

/** Posts a need with `mobile` as its contact, as a resident fills the form. */
async function post(el: WusheNeedsList, mobile: string, title: string) {
  await openDialog(el, 'post');
  type($<HTMLInputElement>(el, '#post-title'), title);
  type($<HTMLTextAreaElement>(el, '#post-description'), '独居老人需要有人每周上门陪伴聊天。');
  type($<HTMLInputElement>(el, '#post-name'), '王阿姨');
  type($<HTMLInputElement>(el, '#post-mobile'), mobile);
  $<HTMLInputElement>(el, '#post-consent').click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'dialog.post button[type=submit]').click();
  await until(() => has(el, 'dialog.post [part=follow]'), 'the follow offer');
}

describe('<wushe-needs-list> follow this', () => {
  let client: WusheClient;
  beforeEach(async () => {
    sessionStorage.clear();
    client = await onServer();
    clearResidentSession(residentScope(client.requester));
  });
  afterEach(() => {
    clearResidentSession(residentScope(client.requester));
  });

  it('is accessible with the follow offer after posting', async () => {
    const el = await make(client);
    await post(el, freshMobile(), '陪伴老人聊天');
    await expect(el).to.be.accessible();
  });

  it('by keyboard: follows the posted need by signing in with its mobile, and it is then in my needs', async () => {
    const mobile = freshMobile();
    const el = await make(client);
    await post(el, mobile, '陪伴独居老人');
    expect($(el, '[part=follow]').textContent).to.contain(mobile.slice(0, 3));

    const follow = $(el, '[part=follow-button]');
    for (let i = 0; i < 10 && focused(el) !== follow; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el), 'focus on 关注进度').to.equal(follow);
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.id === 'sign-in-mobile', 'focus on the mobile field');
    expect($<HTMLInputElement>(el, '#sign-in-mobile').value, 'the mobile is filled in').to.equal(
      mobile,
    );
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.id === 'sign-in-code', 'focus on the code field');
    await sendKeys({ type: await residentCode(mobile) });
    await sendKeys({ press: 'Enter' });
    await until(() => has(el, '[part=followed]'), 'followed');
    expect($(el, '[part=followed]').textContent).to.contain('我的需求');

    // The page's session is the one the widget opened: the resident's own list has the need.
    client.requester.residentToken = getResidentSession(residentScope(client.requester))!.token;
    const mine = await client.residents.needs();
    expect(mine.data.map((need) => need.title)).to.include('陪伴独居老人');
  });
});
