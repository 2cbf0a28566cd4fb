import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@wushe/sdk';
import { $, $$, findIn, waitForText } from '../../../../elements/test/dom.js';
import { call, postPendingNeed, realServer, staffToken } from '../../../test/real-server.js';
import './queue-counts.js';
import type { WusheQueueCounts } from './queue-counts.js';

const LINKS = { needs_review: '#/review', donations_pending: '#/donations' };

async function mount(attrs: { token?: string; lang?: string; elder?: boolean; apiBase?: string }) {
  const { apiBase } = await realServer();
  return fixture<WusheQueueCounts>(
    html`<wushe-queue-counts
      api-base=${attrs.apiBase ?? apiBase}
      lang=${attrs.lang ?? 'zh-CN'}
      ?elder=${attrs.elder ?? false}
      .token=${attrs.token}
      .links=${LINKS}
    ></wushe-queue-counts>`,
  );
}

describe('<wushe-queue-counts>', () => {
  it('has no axe violations, loading and with counts', async () => {
    const el = await mount({ token: await staffToken('jinxiu.staff') });
    await expect(el).to.be.accessible();
    await findIn(el, '[part="item"]');
    await expect(el).to.be.accessible();
  });

  it('shows the server’s count of each linked list; the links are reached by Tab', async () => {
    const token = await staffToken('jinxiu.staff');
    await postPendingNeed('440113104001', '计数用的需求');
    const queue = await call<{ counts: Record<string, number> }>(
      'GET',
      '/v1/staff/queue?kind=needs_review',
      undefined,
      token,
    );
    const el = await mount({ token });
    await findIn(el, '[part="item"]');
    expect($$(el, '[part="item"]').map((item) => item.dataset.kind)).to.deep.equal([
      'needs_review',
      'donations_pending',
    ]);
    await waitForText(
      el,
      '[data-kind="needs_review"] [part="count"]',
      `${queue.body.counts.needs_review} 项`,
    );
    const link = $<HTMLAnchorElement>(el, '[data-kind="needs_review"] [part="link"]');
    expect(link.getAttribute('href')).to.equal('#/review');
    link.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(
      $(el, '[data-kind="donations_pending"] [part="link"]'),
    );
  });

  it('shows forbidden, signed-out and offline; three locales and elder mode', async () => {
    const forbidden = await fixture<WusheQueueCounts>(
      html`<wushe-queue-counts
        .client=${createClient({
          baseUrl: 'http://127.0.0.1:9',
          fetch: () =>
            Promise.resolve(
              new Response(JSON.stringify({ error: { code: 'forbidden', message: 'no' } }), {
                status: 403,
                headers: { 'Content-Type': 'application/json' },
              }),
            ),
        })}
      ></wushe-queue-counts>`,
    );
    await waitForText(forbidden, '[part="state-forbidden"]', '无权查看');
    const ended = await mount({ token: 'st_ended-or-never-was' });
    await waitForText(ended, '[part="state-signed-out"]', '重新登录');
    const offline = await mount({ apiBase: 'http://127.0.0.1:9', token: 'st_x' });
    await findIn(offline, '[part="state-offline"]', 20_000);
    await expect(offline).to.be.accessible();
    const token = await staffToken('jinxiu.staff');
    await waitForText(await mount({ token, lang: 'en' }), '[part="title"]', 'My work');
    await waitForText(await mount({ token, lang: 'zh-HK' }), '[part="title"]', '我的待辦');
    const elder = await mount({ token, elder: true });
    await findIn(elder, '[part="item"]');
    expect(parseFloat(getComputedStyle($(elder, '.base')).fontSize)).to.be.at.least(18);
  });
});
