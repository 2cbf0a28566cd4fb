import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { donations } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { donationBody, insertDonation, insertFund } from './funds-fixtures.js';
import { donationHelpers } from './donations-fixtures.js';

/** The sandbox payment provider's checkout pages. */

const h = useHarness();
const { donate, fundRow } = donationHelpers(h);

describe('sandbox checkout pages', () => {
  const RETURN = 'https://portal.panyu.example.gov.cn/donate?fund=1&x="<b>"';

  async function sandboxDonation(amountFen = 5_000) {
    const fund = await insertFund(h, { name: '锦绣香江 <助老> 基金' });
    const created = await donate(donationBody(fund.id, { channel: 'sandbox', amountFen }));
    return {
      fund,
      id: created.body.donation.id as string,
      ref: created.body.payment.reference as string,
    };
  }

  const pay = (ref: string, outcome: string, query = '') =>
    h.request('POST', `/sandbox/checkout/${ref}/pay${query}`, {
      key: null,
      raw: `outcome=${outcome}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });

  function expectStrictHtml(response: { headers: Headers; body: string }) {
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(response.body).not.toContain('<script');
    expect(response.body).not.toContain('style=');
  }

  it('shows amount, fund and a post form, escaped, under a strict CSP', async () => {
    const { ref } = await sandboxDonation(123_456);
    const page = await h.request(
      'GET',
      `/sandbox/checkout/${ref}?return=${encodeURIComponent(RETURN)}`,
      {
        key: null,
      },
    );
    expect(page.status).toBe(200);
    expectStrictHtml(page);
    expect(page.body).toContain('¥1,234.56');
    expect(page.body).toContain('锦绣香江 &lt;助老&gt; 基金');
    expect(page.body).toContain(ref);
    expect(page.body).toContain('确认支付（模拟）');
    expect(page.body).toContain(
      `<form method="post" action="/sandbox/checkout/${ref}/pay?return=${encodeURIComponent(
        new URL(RETURN).href,
      )}">`,
    );
    expect(page.body).toContain(
      'href="https://portal.panyu.example.gov.cn/donate?fund=1&amp;x=%22%3Cb%3E%22"',
    );

    const css = await h.request('GET', '/sandbox/sandbox.css', { key: null });
    expect(css.status).toBe(200);
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it('pays through the signed callback once, then says it was already handled', async () => {
    const { fund, id, ref } = await sandboxDonation();
    const paid = await pay(
      ref,
      'succeeded',
      `?return=${encodeURIComponent('http://localhost:5173/')}`,
    );
    expect(paid.status).toBe(200);
    expectStrictHtml(paid);
    expect(paid.body).toContain('支付成功（模拟）');
    expect(paid.body).toContain('<a href="http://localhost:5173/">返回捐赠页面</a>');
    const [row] = await h.db.select().from(donations).where(eq(donations.id, id));
    expect(row).toMatchObject({ status: 'succeeded' });
    expect(row!.providerReference).toMatch(/^SBX\w{16}$/);
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 5_000, donorCount: 1 });

    const again = await pay(ref, 'succeeded');
    expect(again.status).toBe(409);
    expect(again.body).toContain('已经处理过');
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 5_000, donorCount: 1 });

    const settled = await h.request('GET', `/sandbox/checkout/${ref}`, { key: null });
    expect(settled.body).toContain('支付成功（模拟）');
    expect(settled.body).not.toContain('<form');
  });

  it('records a simulated failure, and refuses an unknown outcome', async () => {
    const { fund, id, ref } = await sandboxDonation();
    const odd = await pay(ref, 'maybe');
    expect(odd.status).toBe(400);
    const failed = await pay(ref, 'failed');
    expect(failed.status).toBe(200);
    expect(failed.body).toContain('支付未完成（模拟）');
    const [row] = await h.db.select().from(donations).where(eq(donations.id, id));
    expect(row!.status).toBe('failed');
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 0 });
  });

  it('drops a non-http(s) return link, and 404s references that are not sandbox payments', async () => {
    const { ref } = await sandboxDonation();
    const page = await h.request('GET', `/sandbox/checkout/${ref}?return=javascript:alert(1)`, {
      key: null,
    });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('javascript:');
    expect(page.body).not.toContain('<a ');

    const fund = await insertFund(h);
    const pledge = await insertDonation(h, fund.id, { channel: 'offline' });
    for (const reference of ['WS20260101UNKNOWNREF', pledge.reference]) {
      const shown = await h.request('GET', `/sandbox/checkout/${reference}`, { key: null });
      expect(shown.status).toBe(404);
      expectStrictHtml(shown);
      expect((await pay(reference, 'succeeded')).status).toBe(404);
    }
    const [row] = await h.db.select().from(donations).where(eq(donations.id, pledge.id));
    expect(row!.status).toBe('pending');
  });
});
