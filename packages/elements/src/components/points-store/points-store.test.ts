import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type WusheClient } from '@wushe/sdk';
import type { Redemption, ResidentSession } from '@wushe/schema';
import { createReplayClient } from '@wushe/sdk/fixtures';
import recording from '@wushe/sdk/recordings/points-store.json' with { type: 'json' };
import { realServer, residentCode, staff } from '../../../test/real-server.js';
import { signInFromPage } from '../../../test/resident-sign-in.js';
import {
  clearResidentSession,
  residentScope,
  setResidentSession,
} from '../../internal/resident-session.js';
import { $, $$, findIn, has, textOf, until, waitForText } from '../../../test/dom.js';
import './points-store.js';
import type { WushePointsStore } from './points-store.js';

/*
 * The 爱心超市 against the real server (PGlite, the demo seed of 番禺区, shared by every test file)
 * and, for the network's states, the SDK's replay client.
 */

/** 锦绣香江社区, whose catalog the demo seeds (packages/server/src/seed/demo/points.ts). */
const JINXIU = '440113104001';
/** A demo volunteer with a few points of 信用时 (a mobile no other widget's test signs in with). */
const VOLUNTEER_MOBILE = '13800000011';
/** A mobile with no volunteer registration: signed in, but nothing earned. */
const NEWCOMER_MOBILE = '13912345611';
const REWARD = {
  bloodPressure: 'rwd_jxBloodPressure',
  rice: 'rwd_jxRice5kg01',
  oil: 'rwd_jxPeanutOil01',
};

async function serverClient(): Promise<WusheClient> {
  const { apiBase, publishableKey } = await realServer();
  return createClient({ baseUrl: apiBase, publishableKey });
}

/** Sessions by mobile: one sign-in per mobile for the file (the server allows 5 codes an hour). */
const sessions = new Map<string, ResidentSession>();

/**
 * Signs `mobile` in from this page and keeps the session as the shared sign-in does, so the
 * widget finds it; `client` sends its token too.
 */
async function signIn(client: WusheClient, mobile: string): Promise<string> {
  let session = sessions.get(mobile);
  if (!session) {
    session = await signInFromPage(mobile);
    sessions.set(mobile, session);
  }
  setResidentSession(residentScope(client.requester), session);
  client.requester.residentToken = session.token;
  return session.token;
}

afterEach(async () => {
  clearResidentSession(residentScope((await serverClient()).requester));
});

async function mount(client: WusheClient, signedIn = false, attrs: { elder?: boolean } = {}) {
  const el = await fixture<WushePointsStore>(
    html`<wushe-points-store
      community=${JINXIU}
      .client=${client}
      ?elder=${attrs.elder ?? false}
    ></wushe-points-store>`,
  );
  await until(() => el.rewards.status !== 'idle' && el.rewards.status !== 'loading', 'the catalog');
  if (signedIn) await until(() => el.balance.status === 'ready', 'my balance');
  await el.updateComplete;
  return el;
}

const reward = (el: WushePointsStore, title: string) =>
  $$(el, 'li.reward').find((item) => item.querySelector('h3')?.textContent === title)!;
const dialog = (el: WushePointsStore) => $<HTMLDialogElement>(el, 'dialog.redeem');
const active = (el: WushePointsStore) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab until `target` has the focus (at most 15 times). */
async function tabTo(el: WushePointsStore, target: HTMLElement) {
  for (let i = 0; i < 15 && active(el) !== target; i++) await sendKeys({ press: 'Tab' });
}

describe('<wushe-points-store>', () => {
  it('is accessible, signed in, with the confirmation open', async () => {
    const client = await serverClient();
    await signIn(client, VOLUNTEER_MOBILE);
    const el = await mount(client, true);
    await expect(el).to.be.accessible();
    $(el, `button[data-reward=${REWARD.rice}]`).click();
    await until(() => dialog(el).open, 'the dialog');
    await expect(el).to.be.accessible();
  });

  it('by keyboard: signs in with the SMS code, redeems a reward after confirming, shows the pickup code and its QR code, which staff then redeem', async () => {
    const client = await serverClient();
    const el = await mount(client);
    await tabTo(el, $(el, '[part=sign-in-button]'));
    await sendKeys({ press: 'Enter' });
    await until(() => active(el)?.id === 'sign-in-mobile', 'focus on the mobile field');
    await sendKeys({ type: VOLUNTEER_MOBILE });
    await sendKeys({ press: 'Enter' });
    await until(() => active(el)?.id === 'sign-in-code', 'focus on the code field');
    await sendKeys({ type: await residentCode(VOLUNTEER_MOBILE) });
    await sendKeys({ press: 'Enter' });
    await until(() => el.balance.status === 'ready', 'my balance');
    // The widget's session is the page's: the client sends its token now.
    const before = (await client.residents.points()).balancePoints;
    await waitForText(el, '[part=balance]', `我的积分：${before}`);

    // Tab on to the first reward's button (the cheapest: 量血压, 1 point).
    const first = $(el, `button[data-reward=${REWARD.bloodPressure}]`);
    await tabTo(el, first);
    expect(active(el), 'focus on 量血压’s redeem button').to.equal(first);
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el).open, 'the confirmation');
    expect(textOf(el, 'dialog .dialog-body')).to.contain('用 1 积分兑换“量血压”');
    expect(active(el)?.getAttribute('part')).to.equal('confirm');

    const redeemed = oneEvent(el, 'wushe-reward-redeemed');
    await sendKeys({ press: 'Enter' });
    const code = (await findIn(el, '[part=pickup-code]')).textContent.trim();
    expect(code).to.match(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const qr = $(el, 'svg[part=qr]');
    expect(qr.getAttribute('aria-label')).to.contain(code);
    expect(qr.querySelector('path')!.getAttribute('d')).to.match(/^M\d/);
    const { detail } = (await redeemed) as CustomEvent<Redemption>;
    expect(detail).to.include({ rewardId: REWARD.bloodPressure, points: 1, status: 'issued' });
    expect(detail, 'the event does not carry the pickup code').to.not.have.property('pickupCode');
    expect(active(el)?.id, 'focus moves to the result').to.equal('redeem-title');
    await waitForText(el, '[part=balance]', `我的积分：${before - 1}`);

    const handedOver = await staff<Redemption>('POST', '/v1/redemptions/redeem', { code });
    expect(handedOver.status, JSON.stringify(handedOver.body)).to.equal(200);
    expect(handedOver.body.status).to.equal('redeemed');

    // Done by keyboard: the dialog closes and focus goes back to the button that opened it.
    for (let i = 0; i < 5 && active(el)?.getAttribute('part') !== 'done'; i++) {
      await sendKeys({ press: 'Tab' });
    }
    await sendKeys({ press: 'Enter' });
    await until(() => !dialog(el).open, 'the dialog to close');
    expect(active(el)).to.equal($(el, `button[data-reward=${REWARD.bloodPressure}]`));
  });

  it('shows an out-of-stock reward, marked, without a redeem button', async () => {
    const client = await serverClient();
    await signIn(client, VOLUNTEER_MOBILE);
    const el = await mount(client, true);
    const oil = reward(el, '花生油 1.8 L');
    expect(oil.querySelector('[part~=stock]')!.textContent).to.contain('已兑完');
    expect(oil.getAttribute('part')).to.contain('reward-out-of-stock');
    expect(has(el, `button[data-reward=${REWARD.oil}]`)).to.equal(false);
    expect(reward(el, '理发').querySelector('[part=provider]')!.textContent).to.contain(
      '邻里惠社区服务有限公司',
    );
  });

  it("tells the server's refusal when my points do not reach the price, and nothing is spent", async () => {
    const client = await serverClient();
    await signIn(client, VOLUNTEER_MOBILE);
    const before = (await client.residents.points()).balancePoints;
    expect(before, 'the demo volunteer has fewer points than 大米’s 8').to.be.below(8);
    const el = await mount(client, true);
    $(el, `button[data-reward=${REWARD.rice}]`).click();
    await until(() => dialog(el).open, 'the confirmation');
    $(el, 'button.confirm').click();
    await waitForText(el, '[part=refusal]', '积分不足');
    expect(has(el, '[part=pickup-code]')).to.equal(false);
    expect((await client.residents.points()).balancePoints).to.equal(before);
  });

  it('signed out: the catalog without redeem buttons, and how to redeem', async () => {
    const el = await mount(await serverClient());
    expect($$(el, 'li.reward').length).to.be.at.least(4);
    expect(has(el, 'button[part=redeem]')).to.equal(false);
    expect(textOf(el, '[part=notice]')).to.contain('登录');
  });

  it('signed in without a volunteer registration: says how points are earned', async () => {
    const client = await serverClient();
    await signIn(client, NEWCOMER_MOBILE);
    const el = await mount(client, true);
    expect(textOf(el, '[part=notice]')).to.contain('志愿者登记');
    expect(has(el, '[part=balance]')).to.equal(false);
  });

  it('filters services and goods by the kind buttons', async () => {
    const el = await mount(await serverClient());
    const goods = $$(el, 'button[part=filter]')[2]!;
    goods.click();
    await el.updateComplete;
    expect(goods.getAttribute('aria-pressed')).to.equal('true');
    const kinds = $$(el, 'li.reward [part=kind]').map((kind) => kind.textContent.trim());
    expect(kinds.length).to.be.above(0);
    expect(new Set(kinds)).to.deep.equal(new Set(['物品']));
  });

  it('loading, offline with a retry, and an error with its request id', async () => {
    const loading = await fixture<WushePointsStore>(
      html`<wushe-points-store
        community=${JINXIU}
        .client=${createReplayClient(recording, { state: 'loading' })}
      ></wushe-points-store>`,
    );
    await findIn(loading, '[part=state-loading]');
    const offline = await mount(createReplayClient(recording, { state: 'offline' }));
    expect(has(offline, '[part=state-offline]')).to.equal(true);
    expect(has(offline, '[part=retry]')).to.equal(true);
    const failed = await mount(createReplayClient(recording, { state: 'error' }));
    expect(textOf(failed, '[part=request-id]')).to.contain('req_replay');
  });

  it('elder mode: text of 18px or more and targets of 60px', async () => {
    const el = await mount(await serverClient(), false, { elder: true });
    expect(parseFloat(getComputedStyle($(el, '.base')).fontSize)).to.be.at.least(18);
    const filter = $(el, 'button[part=filter]').getBoundingClientRect();
    expect(filter.height).to.be.at.least(60);
  });

  it('without a community: says it is misconfigured', async () => {
    const el = await fixture<WushePointsStore>(
      html`<wushe-points-store .client=${await serverClient()}></wushe-points-store>`,
    );
    expect(textOf(el, '[part=alert]')).to.contain('community');
  });
});
