import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { districts, donations, funds, needs } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { DISCLOSURE, donationBody, insertFund, insertNeed } from './funds-fixtures.js';
import { donationHelpers } from './donations-fixtures.js';
import { statementsDuring } from './statements-fixtures.js';

/**
 * A donation is written in one statement from cached fund and district facts: whatever changes
 * in the database after they were cached, the rules still hold and the answer tells the truth.
 */

const h = useHarness();
const { donate } = donationHelpers(h);

describe('POST /v1/donations from cached facts', () => {
  it('is one statement once the facts are cached, and any change of the fund row is noticed', async () => {
    const fund = await insertFund(h);
    expect((await donate(donationBody(fund.id))).status).toBe(201);
    const statements = await statementsDuring(h, async () => {
      expect((await donate(donationBody(fund.id))).status).toBe(201);
    });
    expect(statements, statements.join('\n')).toHaveLength(1);
    // PostgreSQL runs it as a named prepared statement, PGlite as a function of its session.
    expect(statements[0]).toMatch(/^with "keyed" as|^select \* from pg_temp\.wushe_\w+\(\$1,/);
    // A change the answer does not show (the total) still makes the row another version: the
    // next donation is checked through the transaction path, the one after reads the facts
    // again, and from then on each is one statement again.
    await h.db.update(funds).set({ raisedFen: 123 }).where(eq(funds.id, fund.id));
    expect((await donate(donationBody(fund.id))).status).toBe(201);
    expect((await donate(donationBody(fund.id))).status).toBe(201);
    const after = await statementsDuring(h, async () => {
      expect((await donate(donationBody(fund.id))).status).toBe(201);
    });
    expect(after).toHaveLength(1);
    expect(await h.db.select().from(donations).where(eq(donations.fundId, fund.id))).toHaveLength(
      5,
    );
  });

  it('refuses a fund closed, stripped of its disclosure or moved to a platform after it was cached', async () => {
    const fund = await insertFund(h);
    expect((await donate(donationBody(fund.id))).status).toBe(201);
    const refusals: [Partial<typeof funds.$inferInsert>, string][] = [
      [{ open: false }, 'fund_not_donatable'],
      [{ disclosure: null }, 'fund_not_donatable'],
      [
        { mode: 'platform', platformName: '腾讯公益', platformUrl: 'https://gongyi.qq.com/' },
        'fund_uses_platform',
      ],
    ];
    for (const [change, code] of refusals) {
      await h.db.update(funds).set(change).where(eq(funds.id, fund.id));
      const response = await donate(donationBody(fund.id));
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe(code);
      await h.db
        .update(funds)
        .set({ open: true, disclosure: DISCLOSURE, mode: 'direct' })
        .where(eq(funds.id, fund.id));
      expect((await donate(donationBody(fund.id))).status).toBe(201);
    }
    expect(await h.db.select().from(donations).where(eq(donations.fundId, fund.id))).toHaveLength(
      4,
    );
  });

  it('answers with the district account and fund name as they are now, not as cached', async () => {
    const fund = await insertFund(h);
    expect((await donate(donationBody(fund.id))).status).toBe(201);
    const account = { accountName: '新账户', bankName: '新银行', accountNumber: '6222 0000' };
    await h.db
      .update(districts)
      .set({ offlineAccount: account })
      .where(eq(districts.code, '440113'));
    await h.db.update(funds).set({ name: '改名后的基金' }).where(eq(funds.id, fund.id));
    const response = await donate(donationBody(fund.id));
    expect(response.status).toBe(201);
    expect(response.body.payment).toMatchObject(account);
    expect(response.body.payment.note).toContain('改名后的基金');
  });

  it('refuses a wish hidden after the fund was cached, and stores null columns as NULL', async () => {
    const fund = await insertFund(h);
    const wish = await insertNeed(h, { status: 'open' });
    const first = await donate(
      donationBody(fund.id, { needId: wish.id, donor: { anonymous: true } }),
    );
    expect(first.status).toBe(201);
    await h.db.update(needs).set({ hidden: true }).where(eq(needs.id, wish.id));
    const refused = await donate(donationBody(fund.id, { needId: wish.id }));
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('not_found');
    const [row] = await h.db
      .select()
      .from(donations)
      .where(eq(donations.id, first.body.donation.id));
    expect(row).toMatchObject({ needId: wish.id, receipt: null, providerReference: null });
  });
});
