import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_KEYS } from '../src/seed/demo.js';
import { useHarness } from './harness.js';
import { seedDemoFixture } from './seed-fixtures.js';

/** The demo's linkage, as the API serves it to both districts' pages. */

const h = useHarness();
beforeEach(() => seedDemoFixture(h));

const KINDS = ['government_purchase', 'venture', 'micro_venture', 'community_building'];

describe('the demo linkage', () => {
  it('lists resources of the seeds’ organizations in 番禺 and 长宁, never a paused one', async () => {
    const panyu = await h.request('GET', '/v1/resources?community=440113104001&limit=100', {
      key: DEMO_KEYS.publishable,
    });
    const names = panyu.body.data.map((r: { organizationName: string }) => r.organizationName);
    expect(names).toEqual(expect.arrayContaining(['锦绣香江长者会', '锦绣香江爱心义工队']));
    expect(panyu.body.data.map((r: { id: string }) => r.id)).not.toContain('res_jxPatrolEscort');
    const changning = await h.request('GET', '/v1/resources', {
      key: DEMO_KEYS.changning.publishable,
    });
    expect(changning.body.data.length).toBeGreaterThanOrEqual(2);
    const search = await h.request('GET', `/v1/resources?q=${encodeURIComponent('托管')}`, {
      key: DEMO_KEYS.publishable,
    });
    expect(search.body.data.map((r: { id: string }) => r.id)).toEqual(['res_pyHomeworkClub']);
  });

  it('has projects of every kind in both districts, and one quiet for 180 days', async () => {
    for (const key of [DEMO_KEYS.publishable, DEMO_KEYS.changning.publishable]) {
      const listed = await h.request('GET', '/v1/projects?limit=100', { key });
      const kinds = new Set(listed.body.data.map((p: { kind: string }) => p.kind));
      expect([...kinds].sort()).toEqual([...KINDS].sort());
    }
    const all = await h.request('GET', '/v1/projects?limit=100', { key: DEMO_KEYS.publishable });
    expect(
      all.body.data.filter((p: { quiet: boolean }) => p.quiet).map((p: { id: string }) => p.id),
    ).toEqual(['prj_ncQuietCanteen']);
    const main = await h.request('GET', '/v1/projects/prj_Wd5Ha2Jr7N', {
      key: DEMO_KEYS.publishable,
    });
    expect(main.body.updates).toHaveLength(3);
    const poetry = await h.request('GET', '/v1/projects/prj_jxPoetryHeritage', {
      key: DEMO_KEYS.publishable,
    });
    expect(poetry.body.money.usedFen).toBe(60_000);
    const listed = all.body.data.find((p: { id: string }) => p.id === 'prj_jxPoetryHeritage');
    expect(listed.money).toEqual(poetry.body.money);
    expect(poetry.body.satisfaction?.resultsPath).toContain('subject=prj_jxPoetryHeritage');
  });

  it('has one open call with three proposals and hidden counts, and one closed call with its ranking', async () => {
    const key = DEMO_KEYS.publishable;
    const open = await h.request('GET', '/v1/calls/call_pyMicroVenture2026', { key });
    expect(open.body.status).toBe('open');
    expect(open.body.proposals).toHaveLength(3);
    expect(open.body.proposals.every((p: { result: unknown }) => p.result === null)).toBe(true);
    const closed = await h.request('GET', '/v1/calls/call_pyVenture2026', { key });
    // 0.7 × reviewers' mean + 0.3 × vote share: 0.6535, 0.6305, 0.5805.
    expect(
      closed.body.proposals.map((p: { id: string; result: { blendedScore: number } }) => [
        p.id,
        Number(p.result.blendedScore.toFixed(4)),
      ]),
    ).toEqual([
      ['prp_pyEcosystem', 0.6535],
      ['prp_pyCarersVenture', 0.6305],
      ['prp_xfChoirVenture', 0.5805],
    ]);
    expect(closed.body.proposals[0].projectId).toBe('prj_pyEcosystem');
    const listed = await h.request('GET', '/v1/calls?status=open', { key });
    expect(listed.body.data.map((c: { id: string }) => c.id)).toEqual(['call_pyMicroVenture2026']);
  });

  it('has a 长宁 call of 新华路街道, open, with proposals of its organizations', async () => {
    const key = DEMO_KEYS.changning.publishable;
    const listed = await h.request('GET', '/v1/calls?status=open', { key });
    expect(listed.body.data.map((c: { id: string }) => c.id)).toEqual(['call_cnXinhuaVenture2026']);
    const call = await h.request('GET', '/v1/calls/call_cnXinhuaVenture2026', { key });
    expect(call.body).toMatchObject({ title: '2026 年新华路街道社区公益创投', status: 'open' });
    expect(call.body.proposals).toHaveLength(3);
    expect(JSON.stringify(call.body.proposals)).toContain('番禺路老伙伴互助社');
    // 番禺's pages do not see it.
    const panyu = await h.request('GET', '/v1/calls/call_cnXinhuaVenture2026', {
      key: DEMO_KEYS.publishable,
    });
    expect(panyu.status).toBe(404);
  });
});
