import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';
import { donationBody, insertFund } from './funds-fixtures.js';
import { donationHelpers } from './donations-fixtures.js';

/** A donor's page asking after its own donation: pending, then settled, never more than public. */

const h = useHarness();
const { donate } = donationHelpers(h);

const getDonation = (id: string, key?: string) =>
  h.request('GET', `/v1/donations/${id}`, key ? { key } : {});

describe('GET /v1/donations/{id}', () => {
  it('shows the pending donation, then its confirmation, with the donor as the ledger shows them', async () => {
    const fund = await insertFund(h);
    const created = await donate(
      donationBody(fund.id, {
        amountFen: 6_600,
        donor: { name: '王小明', publishName: false, mobile: '13700001111' },
        receipt: { title: '王小明' },
      }),
    );
    const id = created.body.donation.id as string;

    const pending = await getDonation(id);
    expect(pending.status).toBe(200);
    expect(pending.body).toEqual(created.body.donation);
    expect(pending.body).toMatchObject({ status: 'pending', donorName: '匿名', amountFen: 6_600 });
    // Nothing the donor gave beyond the ledger's view comes back.
    expect(JSON.stringify(pending.body)).not.toMatch(/13700001111|王小明/);

    await h.request('POST', `/v1/donations/${id}/confirm`, { body: {}, key: h.keys.sk });
    const settled = await getDonation(id);
    expect(settled.body).toMatchObject({ id, status: 'succeeded' });
    expect(Date.parse(settled.body.confirmedAt)).not.toBeNaN();
  });

  it("404 for an unknown donation or another district's, 400 for a malformed id", async () => {
    const other = await insertFund(h, {
      districtCode: '310105',
      streetCode: null,
      communityCode: null,
    });
    const theirs = await donate(
      donationBody(other.id, { channel: 'sandbox' }),
      undefined,
      h.keys.otherSk,
    );
    expect(theirs.status).toBe(201);
    for (const id of ['don_doesNotExist1234', theirs.body.donation.id as string]) {
      const response = await getDonation(id);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    const malformed = await getDonation('fund_notADonation');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('validation_failed');
  });
});
