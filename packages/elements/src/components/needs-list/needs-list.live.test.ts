import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { requestExamples } from '@wushe/schema/examples';
import { createClient, NeedsResource, type WusheClient } from '@wushe/sdk';
import { realServer, staff } from '../../../test/real-server.js';
import {
  $,
  cards,
  COMMUNITY,
  has,
  inside,
  live,
  make,
  onServer,
  openDialog,
  settle,
  type,
  until,
} from '../../../test/needs-list-helpers.js';
import type { WusheNeedsList } from './needs-list.js';

const stream = (el: WusheNeedsList) => inside(el).live.status;
const statusOf = (el: WusheNeedsList, id: string) =>
  el.shadowRoot!.querySelector(`article[data-id="${id}"] [part=badge]`)?.textContent ?? '';

/** Someone else, on another page, claims a need. */
function claimElsewhere(client: WusheClient, id: string) {
  return new NeedsResource(client.requester).claim({
    id,
    claimant: { type: 'organization', name: '番禺区心和社工服务中心', mobile: '13900000000' },
    consent: { policyVersion: '2026-01', agreed: true },
  });
}

/** A need of this test's own on the real server, posted and published: open, and newest. */
async function publishedNeed(client: WusheClient): Promise<string> {
  const need = await new NeedsResource(client.requester).create({
    ...requestExamples.createNeed,
    title: `为长者添置助行器 ${Date.now() % 100000}`,
  });
  const review = await staff('PATCH', `/v1/needs/${need.id}`, { status: 'open' });
  expect(review.status).to.equal(200);
  return need.id;
}

describe('<wushe-needs-list> live updates', () => {
  it('is accessible after a live update', async () => {
    const client = await onServer();
    const id = await publishedNeed(client);
    const el = await make(client);
    await until(() => stream(el) === 'open', 'the event stream');
    expect(statusOf(el, id)).to.contain('待认领');
    await claimElsewhere(client, id);
    await until(() => statusOf(el, id).includes('已认领'), 'the live update');
    await expect(el).to.be.accessible();
  });

  it('shows a claim made elsewhere: the card changes and it is announced politely', async () => {
    const client = await onServer();
    const id = await publishedNeed(client);
    const el = await make(client);
    const card = $(el, `article[data-id="${id}"]`);
    expect(card.querySelector('[part=claim-button]')).not.to.equal(null);
    const title = card.querySelector('h3')!.textContent;
    await until(() => stream(el) === 'open', 'the event stream');
    await claimElsewhere(client, id);
    await until(() => statusOf(el, id).includes('已认领'), 'the live update');
    expect($(el, '[part=live]').getAttribute('aria-live')).to.equal('polite');
    expect(live(el)).to.equal(`需求已被认领：${title}`);
    expect($(el, `article[data-id="${id}"] [part=claim-button]`)).to.equal(null);
  });

  it('follows the real server: a posted need appears once staff publish it; a claim elsewhere shows', async () => {
    const { apiBase, publishableKey } = await realServer();
    const el = await fixture<WusheNeedsList>(
      html`<wushe-needs-list
        community=${COMMUNITY}
        api-base=${apiBase}
        publishable-key=${publishableKey}
      ></wushe-needs-list>`,
    );
    await settle(el);
    expect(el.remote.status).to.equal('ready');
    await until(() => stream(el) === 'open', 'the event stream', 5000);

    // A resident posts a need through the widget: it waits for review, so it is not shown yet.
    const title = `陪伴独居长者散步 ${Date.now() % 100000}`;
    await openDialog(el, 'post');
    type($<HTMLInputElement>(el, '#post-title'), title);
    type(
      $<HTMLTextAreaElement>(el, '#post-description'),
      '锦绣香江社区一位独居长者希望每周有人陪伴散步聊天。',
    );
    type($<HTMLInputElement>(el, '#post-name'), '王阿姨');
    type($<HTMLInputElement>(el, '#post-mobile'), '13812345678');
    $<HTMLInputElement>(el, '#post-consent').click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'wushe-need-submitted');
    $<HTMLButtonElement>(el, 'dialog.post button[type=submit]').click();
    const posted = (await submitted).detail;
    expect(posted.status).to.equal('pending_review');
    $<HTMLDialogElement>(el, 'dialog.post').close();
    expect(has(el, `article[data-id="${posted.id}"]`)).to.equal(false);

    // Staff publish it (secret key, from the runner): the live stream brings it to the page.
    const review = await staff('PATCH', `/v1/needs/${posted.id}`, { status: 'open' });
    expect(review.status).to.equal(200);
    await until(() => statusOf(el, posted.id).includes('待认领'), 'the published need', 5000);
    expect(cards(el)[0]!.dataset.id).to.equal(posted.id);
    expect(live(el)).to.equal(`新需求：${title}`);
    expect(cards(el)[0]!.textContent).not.to.contain('13812345678');

    // Another resident claims it from another page.
    const other = createClient({ baseUrl: apiBase, publishableKey });
    await claimElsewhere(other, posted.id);
    await until(() => statusOf(el, posted.id).includes('已认领'), 'the claim', 5000);
    expect(live(el)).to.equal(`需求已被认领：${title}`);
    expect($(el, `article[data-id="${posted.id}"]`).textContent).to.contain('认领人');

    // Staff close it as a duplicate: it leaves the public wall.
    const closed = await staff('PATCH', `/v1/needs/${posted.id}`, {
      status: 'closed',
      reason: '与其他需求重复',
    });
    expect(closed.status).to.equal(200);
    await until(() => !has(el, `article[data-id="${posted.id}"]`), 'the closed need', 5000);
    expect(inside(el).pages.needs.length).to.be.greaterThan(0);
  });

  it('stops following when it leaves the page, and follows again when it comes back', async () => {
    const el = await make();
    await until(() => stream(el) === 'open', 'the event stream');
    const parent = el.parentElement!;
    el.remove();
    expect(stream(el)).to.equal('idle');
    parent.append(el);
    await until(() => stream(el) === 'open', 'the stream again');
  });
});
