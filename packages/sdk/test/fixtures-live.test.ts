import { describe, expect, it, vi } from 'vitest';
import { type LiveEvent } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { type ConnectionStatus, type WusheClient } from '../src/index.js';
import { FIXTURE_BASE_URL, FIXTURE_PUBLISHABLE_KEY, FixtureIds } from '../src/fixtures/index.js';
import { fixture } from './fixture-support.js';

describe('live events', () => {
  function subscribe(
    client: WusheClient,
    query: Parameters<WusheClient['events']['subscribe']>[0],
  ) {
    const events: LiveEvent[] = [];
    const statuses: ConnectionStatus[] = [];
    const stop = client.events.subscribe(query, (event) => events.push(event), {
      onStatus: (status) => statuses.push(status),
    });
    return { events, statuses, stop };
  }

  it('delivers need.updated after a claim, only to streams that follow its place', async () => {
    const { resident } = fixture();
    const jinxiu = subscribe(resident, { community: FixtureIds.community });
    const nancunVillage = subscribe(resident, { community: '440113104002' });
    await vi.waitFor(() => expect(jinxiu.statuses).toContain('open'));
    await vi.waitFor(() => expect(nancunVillage.statuses).toContain('open'));

    await resident.needs.claim({ id: FixtureIds.openNeed, ...requestExamples.claimNeed });
    await vi.waitFor(() => expect(jinxiu.events).toHaveLength(1));
    expect(jinxiu.events[0]).toMatchObject({
      type: 'need.updated',
      data: {
        id: FixtureIds.openNeed,
        status: 'claimed',
        claim: { claimantName: '锦绣香江长者会' },
      },
    });
    expect(nancunVillage.events).toEqual([]);

    jinxiu.stop();
    nancunVillage.stop();
    await vi.waitFor(() => expect(jinxiu.statuses.at(-1)).toBe('closed'));
  });

  it('delivers fund.updated after a confirmed donation', async () => {
    const { resident, staff } = fixture();
    const fund = subscribe(resident, { fund: FixtureIds.directFund });
    await vi.waitFor(() => expect(fund.statuses).toContain('open'));
    const { donation } = await resident.donations.create(requestExamples.createDonation);
    await staff.donations.confirm({ id: donation.id });
    await vi.waitFor(() => expect(fund.events).toHaveLength(1));
    expect(fund.events[0]).toMatchObject({
      type: 'fund.updated',
      data: { id: FixtureIds.directFund, raisedFen: 776_600, donorCount: 12 },
    });
    fund.stop();
  });

  it('is a text/event-stream that stays open, replays after Last-Event-ID and ends on abort', async () => {
    const { transport, resident } = fixture();
    await resident.needs.claim({ id: FixtureIds.openNeed, ...requestExamples.claimNeed });
    const controller = new AbortController();
    const response = await transport(`${FIXTURE_BASE_URL}/v1/events`, {
      headers: { Authorization: `Bearer ${FIXTURE_PUBLISHABLE_KEY}`, 'Last-Event-ID': '0' },
      signal: controller.signal,
    });
    expect(response.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('event: need.updated'))
      text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toMatch(/^retry: 3000\n/);
    expect(text).toContain('id: 1\nevent: need.updated\ndata: {');
    const reason = new Error('closed by the test');
    controller.abort(reason);
    await expect(reader.read()).rejects.toBe(reason);
  });
});
