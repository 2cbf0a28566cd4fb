// SPEC §3 flow 4, end to end: a donor pledges to the community fund on the donate page → staff
// confirm the transfer (through the API) → the fund's progress moves on another open page,
// without a reload, exactly once.
import { describe, expect, it } from 'vitest';
import {
  DEMO,
  closeClean,
  deepText,
  eventDetail,
  publicCall,
  shot,
  staffCall,
  usePortal,
  widgetsReady,
} from './support.js';

const portal = usePortal();

interface Fund {
  raisedFen: number;
  donorCount: number;
}

/** As `<wushe-donation>` shows money in zh-CN: `¥7,620`, or `¥12.50` with fen. */
const shownYuan = (fen: number) =>
  new Intl.NumberFormat('zh-CN', {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: fen % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(fen / 100);

const fund = async () => (await publicCall<Fund>('GET', `/v1/funds/${DEMO.fund}`)).body;

describe('flow 4: a pledge, confirmed by staff, moves the fund on every open page', () => {
  it('pledge on the donate page → staff confirm → the home page’s progress moves live', async () => {
    // A second page, open from the start: the home page's fund progress.
    const home = await portal.open('/');
    await widgetsReady(home.page, ['wushe-donation']);
    const progress = home.page.locator('#home-fund [part="figures"]');
    const before = await fund();
    await expect.poll(() => deepText(progress)).toContain(shownYuan(before.raisedFen));

    // The donor pledges ¥200 by bank transfer.
    const donor = await portal.open('/donate.html');
    const widget = donor.page.locator('#direct-fund');
    await widget.locator('[part~="form"]').waitFor();
    await widget.getByRole('radio', { name: shownYuan(20_000), exact: true }).check();
    await widget.getByLabel('姓名或单位名称').fill('何国强');
    await widget.getByRole('radio', { name: /银行转账/ }).check();
    await widget.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await widget.locator('[part="submit"]').click();
    const created = await eventDetail<{
      donation: { id: string; status: string; amountFen: number };
      payment: { reference: string };
    }>(donor.page, 'wushe-donation-created');
    expect(created.donation).toMatchObject({ status: 'pending', amountFen: 20_000 });
    await expect.poll(() => deepText(widget)).toContain(created.payment.reference);
    await shot(donor.page, 'flow4-1-pledged');
    // A pledge counts for nothing until the money arrives.
    expect((await fund()).raisedFen).toBe(before.raisedFen);

    // Staff confirm it when the transfer shows on the bank statement (in the console's donation
    // desk or a back office; here through the API as staff).
    const confirmed = await staffCall<{ status: string }>(
      'POST',
      `/v1/donations/${created.donation.id}/confirm`,
      { providerReference: 'DEMO-BANK-20261123-01', succeeded: true },
    );
    expect(confirmed.body.status).toBe('succeeded');

    // The home page, never reloaded, shows the new total and one more donation.
    const after = await fund();
    expect(after.raisedFen).toBe(before.raisedFen + 20_000);
    expect(after.donorCount).toBe(before.donorCount + 1);
    await expect.poll(() => deepText(progress)).toContain(shownYuan(after.raisedFen));
    const value = await home.page
      .locator('#home-fund [part="progress"]')
      .evaluate((bar) => (bar as HTMLProgressElement).value);
    expect(value).toBe(Math.min(after.raisedFen, 5_000_000));
    await shot(home.page, 'flow4-3-progress-live');

    // Confirming again changes nothing: the total moved once.
    const again = await staffCall('POST', `/v1/donations/${created.donation.id}/confirm`, {});
    expect(again.status).toBe(409);
    expect((await fund()).raisedFen).toBe(after.raisedFen);

    await closeClean(home, donor);
  });

  it('a platform-mode fund sends the donor to its platform and takes no payment here', async () => {
    const watched = await portal.open('/donate.html');
    const platform = watched.page.locator('#platform-fund');
    await platform.locator('[part="platform-link"]').waitFor();
    expect(await platform.locator('[part="platform-link"]').getAttribute('href')).toMatch(
      /^https:\/\//,
    );
    expect(await platform.locator('[part~="form"]').count()).toBe(0);
    // The fundraiser's disclosure is shown wherever the fund is.
    await expect.poll(() => deepText(platform.locator('[part="disclosure"]'))).toContain('备案');
    await closeClean(watched);
  });
});
