import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type WusheClient } from '@wushe/sdk';
import { realServer, residentCode } from '../../../test/real-server.js';
import { freshMobile } from '../../../test/resident-sign-in.js';
import { $, has, until } from '../../../test/dom.js';
import {
  clearResidentSession,
  getResidentSession,
  residentScope,
} from '../../internal/resident-session.js';
import './donation.js';
import type { WusheDonation } from './donation.js';

/*
 * "Follow this" after giving, on the real server: a donor who gave their mobile signs in with it
 * (the shared sign-in) and the donation is then in `GET /v1/residents/me/donations`.
 */

/** The demo seed's fund that takes offline pledges (packages/server/src/seed/demo/funds.ts). */
const FUND = 'fund_Nc4Ps8Yd2M';

const focused = (el: WusheDonation) => el.shadowRoot!.activeElement as HTMLElement | null;

async function mount(client: WusheClient): Promise<WusheDonation> {
  const el = await fixture<WusheDonation>(
    html`<wushe-donation fund=${FUND} channels="offline" .client=${client}></wushe-donation>`,
  );
  await until(() => has(el, 'form'), 'the form');
  return el;
}

/** Pledges ¥20 as 陈小明, with `mobile` if given, and waits for the payment step. */
async function pledge(el: WusheDonation, mobile: string | undefined) {
  const form = el.giving!.form;
  form.set('choice', 'other');
  form.set('other', '20');
  form.set('name', '陈小明');
  if (mobile) form.set('mobile', mobile);
  form.set('consent', true);
  await el.updateComplete;
  $(el, 'button[type=submit]').click();
  await until(() => has(el, '.payment'), 'the payment step');
  await el.updateComplete;
}

describe('<wushe-donation> follow this', () => {
  let client: WusheClient;
  beforeEach(async () => {
    sessionStorage.clear();
    const { apiBase, publishableKey } = await realServer();
    client = createClient({ baseUrl: apiBase, publishableKey });
    clearResidentSession(residentScope(client.requester));
  });
  afterEach(() => {
    clearResidentSession(residentScope(client.requester));
  });

  it('is accessible with the follow offer after a pledge', async () => {
    const el = await mount(client);
    await pledge(el, freshMobile());
    expect(has(el, '[part=follow]')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('offers nothing to follow when no mobile was given', async () => {
    const el = await mount(client);
    await pledge(el, undefined);
    expect(has(el, '[part=follow]')).to.equal(false);
  });

  it('by keyboard: follows the donation by signing in with its mobile, and it is then in my donations', async () => {
    const mobile = freshMobile();
    const el = await mount(client);
    await pledge(el, mobile);
    const follow = $(el, '[part=follow-button]');
    for (let i = 0; i < 15 && focused(el) !== follow; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el), 'focus on 关注进度').to.equal(follow);
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.id === 'sign-in-mobile', 'focus on the mobile field');
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.id === 'sign-in-code', 'focus on the code field');
    await sendKeys({ type: await residentCode(mobile) });
    await sendKeys({ press: 'Enter' });
    await until(() => has(el, '[part=followed]'), 'followed');

    client.requester.residentToken = getResidentSession(residentScope(client.requester))!.token;
    const mine = await client.residents.donations();
    expect(mine.data).to.have.length(1);
    expect(mine.data[0]).to.include({ amountFen: 2_000, fundId: FUND });
  });
});
