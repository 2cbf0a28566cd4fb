import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, claims, events, needs, reports } from '../src/db/tables/index.js';
import { queryRows } from '../src/db/database.js';
import { needPageQuery, type NeedListFilter } from '../src/services/needs/list.js';
import { PUBLIC_STATUSES } from '../src/services/needs/present.js';
import { searchCondition, searchTermsOf } from '../src/services/needs/search.js';
import { CONSENT, createHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const REQUESTER_MOBILE = '13800138000';
const CLAIMANT_MOBILE = '13912345678';

const needBody = (overrides: Record<string, unknown> = {}) => ({
  communityId: '440113104001',
  kind: 'service',
  category: 'elderly_care',
  title: '独居老人助老陪诊',
  description: '社区独居老人需要志愿者每周陪同去医院复诊，协助挂号取药。',
  contact: { name: '王秀英', mobile: '+86 138-0013-8000' },
  consent: CONSENT,
  ...overrides,
});

const claimBody = (overrides: Record<string, unknown> = {}) => ({
  claimant: { type: 'volunteer', name: '李志强', mobile: CLAIMANT_MOBILE },
  consent: CONSENT,
  ...overrides,
});

/** Every public response body of a test, to prove the requester's mobile never appears. */
let publicBodies: unknown[] = [];
beforeEach(() => {
  publicBodies = [];
});

async function asResident(method: string, path: string, body?: unknown) {
  const response = await h.request(method, path, { body });
  publicBodies.push(response.body);
  return response;
}

const patch = (id: string, body: unknown, key = h.keys.sk) =>
  h.request('PATCH', `/v1/needs/${id}`, { key, body });

async function postNeed(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await asResident('POST', '/v1/needs', needBody(overrides));
  expect(response.status).toBe(201);
  return response.body.id as string;
}

async function openNeed(overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await postNeed(overrides);
  expect((await patch(id, { status: 'open' })).status).toBe(200);
  return id;
}

async function claimed(id: string, overrides: Record<string, unknown> = {}) {
  const response = await asResident('POST', `/v1/needs/${id}/claims`, claimBody(overrides));
  expect(response.status).toBe(201);
  return response;
}

const eventsOf = async (needId: string) =>
  (await h.db.select().from(events).orderBy(events.id)).filter(
    (row) => (row.payload as { id: string }).id === needId,
  );

const listIds = async (query = '', key = h.keys.pk) => {
  const response = await h.request('GET', `/v1/needs${query}`, { key });
  expect(response.status).toBe(200);
  if (key === h.keys.pk) publicBodies.push(response.body);
  return (response.body.data as { id: string }[]).map((need) => need.id);
};

describe('POST /v1/needs', () => {
  it('records a pending need with the street of its community, the contact and the consent', async () => {
    const response = await asResident('POST', '/v1/needs', needBody());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      communityId: '440113104001',
      streetId: '440113104',
      status: 'pending_review',
      requesterName: '王**',
      valueFen: null,
      claim: null,
    });
    expect(response.body).not.toHaveProperty('contact');
    const [row] = await h.db.select().from(needs).where(eq(needs.id, response.body.id));
    expect(row).toMatchObject({
      contactName: '王秀英',
      contactMobile: REQUESTER_MOBILE,
      consentVersion: '2026-01',
      districtCode: '440113',
    });
    expect(row!.searchTerms).toEqual(expect.arrayContaining(['助老', '陪诊', '复诊', '药']));
    // Under review, it is not public: nothing is announced yet.
    expect(await eventsOf(response.body.id)).toEqual([]);
  });

  it('keeps an anonymous requester unnamed and takes a wish with its value', async () => {
    const response = await asResident(
      'POST',
      '/v1/needs',
      needBody({ anonymous: true, kind: 'wish', category: 'child_welfare', valueFen: 8_800 }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ requesterName: null, kind: 'wish', valueFen: 8_800 });
  });

  it('400 validation_failed on communityId for a community outside the key’s district', async () => {
    for (const communityId of ['310105002001', '440113104999']) {
      const response = await asResident('POST', '/v1/needs', needBody({ communityId }));
      expect(response.status, communityId).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.issues).toEqual([
        expect.objectContaining({ path: ['communityId'], code: 'division_not_in_parent' }),
      ]);
    }
    expect(await h.db.select().from(needs)).toEqual([]);
  });

  it('400 validation_failed naming each bad field', async () => {
    const response = await asResident(
      'POST',
      '/v1/needs',
      needBody({ kind: 'wish', contact: { name: '王秀英', mobile: '12345' } }),
    );
    expect(response.status).toBe(400);
    const paths = response.body.error.issues.map((issue: { path: string[] }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining([['valueFen'], ['contact', 'mobile']]));
  });

  it('401 without a key', async () => {
    const response = await h.request('POST', '/v1/needs', { key: null, body: needBody() });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('authentication_required');
  });

  it('creates one need for one Idempotency-Key', async () => {
    const send = () =>
      h.request('POST', '/v1/needs', {
        body: needBody(),
        headers: { 'Idempotency-Key': 'need-post-0001' },
      });
    const [first, second] = [await send(), await send()];
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await h.db.select().from(needs)).toHaveLength(1);
  });
});

describe('GET /v1/needs/{id}', () => {
  it('hides a need under review from the public, and shows staff its contact, audited', async () => {
    const id = await postNeed();
    const hidden = await asResident('GET', `/v1/needs/${id}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('not_found');

    const staff = await h.request('GET', `/v1/needs/${id}`, { key: h.keys.sk });
    expect(staff.status).toBe(200);
    expect(staff.body).toMatchObject({
      status: 'pending_review',
      contact: { name: '王秀英', mobile: REQUESTER_MOBILE },
      anonymous: false,
      reportCount: 0,
      hidden: false,
    });
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audits.map((row) => row.action)).toEqual(['need.read']);
  });

  it('shows a published need to the public without the contact', async () => {
    const id = await openNeed();
    const response = await asResident('GET', `/v1/needs/${id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id, status: 'open', requesterName: '王**' });
    expect(response.body).not.toHaveProperty('contact');
    expect(response.body).not.toHaveProperty('reportCount');
  });

  it('404 for rejected and closed needs in public', async () => {
    const rejected = await postNeed();
    await patch(rejected, { status: 'rejected', reason: '不属于社区服务范围' });
    const closed = await openNeed();
    await patch(closed, { status: 'closed', reason: '重复提交' });
    for (const id of [rejected, closed]) {
      expect((await asResident('GET', `/v1/needs/${id}`)).status).toBe(404);
    }
    expect((await listIds()).length).toBe(0);
  });

  it("404 for another district's need, with either key", async () => {
    const id = await openNeed();
    for (const key of [h.keys.otherPk, h.keys.otherSk]) {
      const response = await h.request('GET', `/v1/needs/${id}`, { key });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
  });

  it('400 validation_failed for a malformed id, 404 for an unknown one', async () => {
    const malformed = await h.request('GET', '/v1/needs/fund_0000000000000001');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.issues[0].path).toEqual(['id']);
    expect((await h.request('GET', '/v1/needs/need_0000000000000001')).status).toBe(404);
  });
});

describe('GET /v1/needs', () => {
  it('lists public needs only; staff see every status and hidden needs', async () => {
    const pending = await postNeed();
    const open = await openNeed();
    const wasClaimed = await openNeed();
    await claimed(wasClaimed);
    const rejected = await postNeed();
    await patch(rejected, { status: 'rejected', reason: '信息不实' });
    const hidden = await openNeed();
    await h.db.update(needs).set({ hidden: true }).where(eq(needs.id, hidden));

    expect(new Set(await listIds())).toEqual(new Set([open, wasClaimed]));
    expect(await listIds('?status=pending_review')).toEqual([]);
    expect(new Set(await listIds('', h.keys.sk))).toEqual(
      new Set([pending, open, wasClaimed, rejected, hidden]),
    );
    expect(await listIds('?status=pending_review', h.keys.sk)).toEqual([pending]);
  });

  it('shows the claim: a masked volunteer, an organization by its name', async () => {
    const byVolunteer = await openNeed();
    await claimed(byVolunteer);
    const byOrganization = await openNeed();
    await claimed(byOrganization, {
      claimant: { type: 'organization', name: '锦绣香江长者会', mobile: CLAIMANT_MOBILE },
    });
    const response = await asResident('GET', '/v1/needs?status=claimed');
    const claimOf = (id: string): unknown =>
      response.body.data.find((need: { id: string }) => need.id === id).claim;
    expect(claimOf(byVolunteer)).toMatchObject({ claimantType: 'volunteer', claimantName: '李**' });
    expect(claimOf(byOrganization)).toMatchObject({
      claimantType: 'organization',
      claimantName: '锦绣香江长者会',
    });
    expect(JSON.stringify(response.body)).not.toContain(CLAIMANT_MOBILE);
  });

  it('filters by community, street, kind, category and status', async () => {
    const a = await openNeed();
    const b = await openNeed({ communityId: '440113104002', category: 'sanitation' });
    const c = await openNeed({
      communityId: '440113001001',
      kind: 'wish',
      category: 'child_welfare',
      valueFen: 5_000,
    });
    await claimed(c);
    expect(await listIds('?community=440113104002')).toEqual([b]);
    expect(await listIds('?street=440113104')).toEqual([b, a]);
    expect(await listIds('?kind=wish')).toEqual([c]);
    expect(await listIds('?category=elderly_care')).toEqual([a]);
    expect(await listIds('?status=claimed')).toEqual([c]);
    expect(await listIds('?street=440113104&category=sanitation&status=open')).toEqual([b]);
  });

  it("never shows another district's needs", async () => {
    await openNeed();
    expect(await listIds('', h.keys.otherPk)).toEqual([]);
    expect(await listIds('', h.keys.otherSk)).toEqual([]);
  });

  it('400 validation_failed for a bad filter, a page too large or a forged cursor', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'need_0000000000000001'])).toString(
      'base64url',
    );
    for (const query of ['?kind=gift', '?limit=101', '?cursor=abc', `?cursor=${forged}`]) {
      const response = await h.request('GET', `/v1/needs${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
  });
});

describe('GET /v1/needs?q=', () => {
  let elderly: string, escort: string, wheelchair: string, unrelated: string;
  beforeEach(async () => {
    elderly = await openNeed({
      title: '社区助老服务',
      description: '为高龄老人提供上门助餐与陪伴。',
    });
    escort = await openNeed(); // 独居老人助老陪诊
    wheelchair = await openNeed({
      title: 'Wheelchair repair',
      description: 'My mother’s wheelchair needs a new tyre; 轮椅维修。',
    });
    // Holds both bigrams of 助老 nowhere, and 老服 and 助老 only apart (no 助老服).
    unrelated = await openNeed({
      title: '帮助老人家收拾阳台',
      description: '老服装需要整理，送去回收点。',
      category: 'sanitation',
    });
    await postNeed({ title: '待审核的助老需求' }); // never public
  });

  it('finds a two-character Chinese query in titles and descriptions', async () => {
    expect(new Set(await listIds(`?q=${encodeURIComponent('助老')}`))).toEqual(
      new Set([elderly, escort, unrelated]),
    );
    expect(await listIds(`?q=${encodeURIComponent('陪诊')}`)).toEqual([escort]);
    expect(await listIds(`?q=${encodeURIComponent('助餐')}`)).toEqual([elderly]);
  });

  it('confirms the match, so bigrams found apart are not a hit', async () => {
    // 助老服 has bigrams 助老 and 老服: `unrelated` holds both, but never 助老服 itself.
    expect(await listIds(`?q=${encodeURIComponent('助老服')}`)).toEqual([elderly]);
  });

  it('finds English words in any case, and needs every word of the query', async () => {
    expect(await listIds('?q=WHEELCHAIR')).toEqual([wheelchair]);
    expect(await listIds('?q=wheelchair%20tyre')).toEqual([wheelchair]);
    expect(await listIds('?q=wheelchair%20bicycle')).toEqual([]);
  });

  it('finds one character, combines with filters, and finds nothing for punctuation', async () => {
    expect(await listIds(`?q=${encodeURIComponent('餐')}`)).toEqual([elderly]);
    expect(await listIds(`?q=${encodeURIComponent('助老')}&category=sanitation`)).toEqual([
      unrelated,
    ]);
    expect(await listIds(`?q=${encodeURIComponent('！？')}`)).toEqual([]);
  });

  it('stores the search terms as characters and bigrams of words', () => {
    expect(searchTermsOf('Help 助老', '老人')).toEqual(
      expect.arrayContaining(['he', 'lp', 'h', '助老', '助', '老人']),
    );
    expect(searchTermsOf('Help 助老')).not.toContain('p助');
  });
});

describe('paging GET /v1/needs', () => {
  it('visits every need exactly once, newest first, ties broken by id', async () => {
    // 30 needs over 3 timestamps, two of them apart by microseconds only: a cursor rounded to
    // milliseconds would skip or repeat some.
    const stamps = ['2026-03-01 08:00:00.123456+00', '2026-03-01 08:00:00.123001+00'];
    const values = Array.from({ length: 30 }, (_, i) => ({
      id: `need_page${String(i).padStart(12, '0')}`,
      districtCode: '440113',
      streetCode: '440113104',
      communityCode: '440113104001',
      kind: 'service',
      category: 'other',
      title: `需求 ${i}`,
      description: '分页测试用的需求描述。',
      anonymous: false,
      contactName: '王秀英',
      contactMobile: REQUESTER_MOBILE,
      consentVersion: '2026-01',
      status: i % 4 === 0 ? 'claimed' : 'open',
      searchTerms: [],
      createdAt: sql`${stamps[i % 2]}::timestamptz + ${i % 3} * interval '1 day'`,
    }));
    await h.db.insert(needs).values(values as never);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=7${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await asResident('GET', `/v1/needs${query}`);
      expect(response.status).toBe(200);
      expect(response.body.data.length).toBeLessThanOrEqual(7);
      seen.push(...response.body.data.map((need: { id: string }) => need.id));
      cursor = response.body.nextCursor;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(5);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    const ordered = await queryRows<{ id: string }>(
      h.db,
      sql`select id from needs order by created_at desc, id desc`,
    );
    expect(seen).toEqual(ordered.map((row) => row.id));
  });

  it('pages 20 by default', async () => {
    await h.db.insert(needs).values(
      Array.from({ length: 21 }, (_, i) => ({
        id: `need_dflt${String(i).padStart(12, '0')}`,
        districtCode: '440113',
        streetCode: '440113104',
        communityCode: '440113104001',
        kind: 'service',
        category: 'other',
        title: '默认分页',
        description: '默认分页测试。',
        anonymous: true,
        contactName: '王秀英',
        contactMobile: REQUESTER_MOBILE,
        consentVersion: '2026-01',
        status: 'open',
        searchTerms: [],
      })),
    );
    const first = await asResident('GET', '/v1/needs');
    expect(first.body.data).toHaveLength(20);
    const second = await asResident('GET', `/v1/needs?cursor=${first.body.nextCursor}`);
    expect(second.body.data).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('needs page plan', () => {
  it('reads a page of 100,000 needs by ordered index scans, never sorting the matches', async () => {
    const terms = (title: string) =>
      sql`array[${sql.join(
        searchTermsOf(title, '每周一次').map((term) => sql`${term}`),
        sql`, `,
      )}]::text[]`;
    await h.db.execute(sql`
      insert into needs (id, district_code, street_code, community_code, kind, category, title,
        description, anonymous, contact_name, contact_mobile, consent_version, status,
        search_terms, created_at)
      select 'need_plan' || lpad(g::text, 12, '0'), '440113',
        case g % 3 when 2 then '440113001' else '440113104' end,
        case g % 3 when 0 then '440113104001' when 1 then '440113104002' else '440113001001' end,
        case g % 7 when 0 then 'wish' else 'service' end,
        (array['elderly_care', 'education', 'sanitation', 'other'])[1 + g % 4],
        case g % 5 when 0 then '社区助老' when 1 then 'Wheelchair repair' else '楼道清洁' end,
        '每周一次', false, '王秀英',
        ${REQUESTER_MOBILE}, '2026-01',
        (array['open', 'open', 'claimed', 'fulfilled', 'pending_review', 'closed'])[1 + g % 6],
        case g % 5 when 0 then ${terms('社区助老')} when 1 then ${terms('Wheelchair repair')}
          else ${terms('楼道清洁')} end,
        now() - g * interval '1 minute'
      from generate_series(1, 100000) g`);
    await h.db.execute(sql`analyze needs`);
    const publicPage: NeedListFilter = {
      districtCode: '440113',
      statuses: PUBLIC_STATUSES,
      includeHidden: false,
      place: {},
      search: undefined,
      after: undefined,
      take: 21,
    };
    const pages: [string, NeedListFilter][] = [
      ['public', publicPage],
      ['staff', { ...publicPage, statuses: ['open', 'claimed', 'pending_review', 'closed'] }],
      ['community', { ...publicPage, place: { community: '440113104002' } }],
      ['street and category', { ...publicPage, place: { street: '440113001', category: 'other' } }],
      ['one status', { ...publicPage, statuses: ['fulfilled'] }],
      ['search', { ...publicPage, search: searchCondition('助老')! }],
      // Longer words, whose bigrams always occur together: still the ordered scan.
      ['search of a longer word', { ...publicPage, search: searchCondition('社区助老')! }],
      ['search of an English word', { ...publicPage, search: searchCondition('Wheelchair')! }],
      [
        'deep page',
        {
          ...publicPage,
          after: { at: '2026-01-01T00:00:00.000000Z', id: 'need_plan000000050000' },
        },
      ],
    ];
    for (const [name, filter] of pages) {
      const query = needPageQuery(h.db, filter)!;
      const plan = (
        await queryRows<Record<string, string>>(h.db, sql`explain ${query.getSQL()}`)
      ).map((row) => row['QUERY PLAN']);
      const text = plan.join('\n');
      expect(text, name).toContain('Index Scan using needs_');
      // A Sort node (`Sort  (cost=…`) would mean every match is read; `Sort Key:` of a merge is fine.
      expect(text, name).not.toMatch(/Seq Scan|Bitmap Heap Scan|Sort\s+\(cost/);
    }
  });
});

describe('POST /v1/needs/{id}/claims', () => {
  it('claims an open need: the need is claimed and the change announced', async () => {
    const id = await openNeed();
    const response = await claimed(id, { note: '周六上午可以陪同' });
    expect(response.body).toMatchObject({
      needId: id,
      claimantType: 'volunteer',
      claimantName: '李**',
      status: 'active',
    });
    expect(JSON.stringify(response.body)).not.toContain(CLAIMANT_MOBILE);
    const [claim] = await h.db.select().from(claims).where(eq(claims.needId, id));
    expect(claim).toMatchObject({
      claimantMobile: CLAIMANT_MOBILE,
      consentVersion: '2026-01',
      note: '周六上午可以陪同',
    });
    const [row] = await h.db.select().from(needs).where(eq(needs.id, id));
    expect(row!.status).toBe('claimed');
    expect(row!.claimedAt).toBeInstanceOf(Date);

    const announced = await eventsOf(id);
    expect(announced.map((event) => event.type)).toEqual(['need.created', 'need.updated']);
    expect(announced[1]).toMatchObject({
      districtCode: '440113',
      communityCode: '440113104001',
      streetCode: '440113104',
      payload: { status: 'claimed', claim: { claimantName: '李**' } },
    });
    expect(JSON.stringify(announced)).not.toContain(REQUESTER_MOBILE);
  });

  it('gives ten concurrent claims one winner and nine 409 need_already_claimed', async () => {
    const id = await openNeed();
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        h.request('POST', `/v1/needs/${id}/claims`, {
          body: claimBody({
            claimant: { type: 'volunteer', name: `志愿者${i}`, mobile: CLAIMANT_MOBILE },
          }),
        }),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = responses.filter((r) => r.status === 409);
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(r.body.error.code).toBe('need_already_claimed');
    expect(await h.db.select().from(claims).where(eq(claims.needId, id))).toHaveLength(1);
  });

  it('409 need_already_claimed from the one-active-claim index, too', async () => {
    const id = await openNeed();
    // A claim the lifecycle did not record on the need: only the unique index stops a second.
    await h.db.insert(claims).values({
      id: 'clm_0000000000000001',
      needId: id,
      claimantType: 'donor',
      claimantName: '陈先生',
      claimantMobile: CLAIMANT_MOBILE,
      consentVersion: '2026-01',
    });
    const response = await h.request('POST', `/v1/needs/${id}/claims`, { body: claimBody() });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('need_already_claimed');
    expect(await h.db.select().from(claims)).toHaveLength(1);
  });

  it('409 need_not_open for a fulfilled or closed need, or one staff have not published', async () => {
    const fulfilled = await openNeed();
    await claimed(fulfilled);
    await patch(fulfilled, { status: 'fulfilled' });
    const closed = await openNeed();
    await patch(closed, { status: 'closed', reason: '需求人已撤回' });
    const pending = await postNeed();
    for (const [id, key] of [
      [fulfilled, h.keys.pk],
      [closed, h.keys.sk],
      [pending, h.keys.sk],
    ] as const) {
      const response = await h.request('POST', `/v1/needs/${id}/claims`, {
        key,
        body: claimBody(),
      });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('need_not_open');
    }
  });

  it('404 for a need the public may not see, or of another district', async () => {
    const pending = await postNeed();
    const open = await openNeed();
    for (const [id, key] of [
      [pending, h.keys.pk],
      [open, h.keys.otherPk],
      ['need_0000000000000009', h.keys.pk],
    ] as const) {
      const response = await h.request('POST', `/v1/needs/${id}/claims`, {
        key,
        body: claimBody(),
      });
      expect(response.status).toBe(404);
    }
    expect(await h.db.select().from(claims)).toEqual([]);
  });

  it('400 validation_failed for a bad claimant', async () => {
    const id = await openNeed();
    const response = await h.request('POST', `/v1/needs/${id}/claims`, {
      body: claimBody({ claimant: { type: 'robot', name: '', mobile: '110' } }),
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.issues.map((issue: { path: string[] }) =>
      issue.path.join('.'),
    );
    expect(paths).toEqual(
      expect.arrayContaining(['claimant.type', 'claimant.name', 'claimant.mobile']),
    );
  });
});

describe('POST /v1/needs/{id}/reports', () => {
  const report = (id: string, token: string) =>
    asResident('POST', `/v1/needs/${id}/reports`, { reason: 'spam', reporterToken: token });

  it('takes one report per reporter token, storing only a keyed hash of it', async () => {
    const id = await openNeed();
    const first = await report(id, 'token-aaaaaaaaaaaaaaaa');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ needId: id, reason: 'spam' });
    const again = await report(id, 'token-aaaaaaaaaaaaaaaa');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_reported');
    const rows = await h.db.select().from(reports);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('token-aaaaaaaaaaaaaaaa');
    const [row] = await h.db.select().from(needs).where(eq(needs.id, id));
    expect(row).toMatchObject({ reportCount: 1, hidden: false });
  });

  it('hides a need after three reports until staff unhide it', async () => {
    const id = await openNeed();
    for (const token of ['reporter-one-0000001', 'reporter-two-0000002']) {
      expect((await report(id, token)).status).toBe(201);
    }
    expect(await listIds()).toEqual([id]);
    expect((await report(id, 'reporter-three-00003')).status).toBe(201);

    expect(await listIds()).toEqual([]);
    expect((await asResident('GET', `/v1/needs/${id}`)).status).toBe(404);
    expect((await report(id, 'reporter-four-000004')).status).toBe(404);
    const staff = await h.request('GET', `/v1/needs/${id}`, { key: h.keys.sk });
    expect(staff.body).toMatchObject({ hidden: true, reportCount: 3, status: 'open' });
    const before = (await eventsOf(id)).length;

    const unhidden = await patch(id, { unhide: true });
    expect(unhidden.status).toBe(200);
    expect(unhidden.body).toMatchObject({ hidden: false, reportCount: 0, status: 'open' });
    expect(await listIds()).toEqual([id]);
    const announced = await eventsOf(id);
    expect(announced.slice(before).map((event) => event.type)).toEqual(['need.updated']);
    // A reporter who already reported cannot report again; new reporters count from zero.
    expect((await report(id, 'reporter-one-0000001')).status).toBe(409);
  });

  it('404 for a need under review, 400 for a short token', async () => {
    const pending = await postNeed();
    expect((await report(pending, 'reporter-one-0000001')).status).toBe(404);
    const open = await openNeed();
    const short = await report(open, 'abc');
    expect(short.status).toBe(400);
    expect(short.body.error.issues[0].path).toEqual(['reporterToken']);
  });
});

describe('PATCH /v1/needs/{id}', () => {
  it('publishes a need: audited and announced as need.created, without the contact', async () => {
    const id = await postNeed();
    const response = await patch(id, { status: 'open', reason: '已电话核实' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'open',
      reason: '已电话核实',
      contact: { mobile: REQUESTER_MOBILE },
    });
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'need.update')));
    expect(audit!.detail).toMatchObject({ from: 'pending_review', to: 'open' });
    const announced = await eventsOf(id);
    expect(announced.map((event) => event.type)).toEqual(['need.created']);
    expect(announced[0]!.payload).toMatchObject({ id, status: 'open', requesterName: '王**' });
    expect(JSON.stringify(announced)).not.toContain(REQUESTER_MOBILE);
  });

  it('rejects with a reason and announces nothing; a reconsidered need is created then', async () => {
    const id = await postNeed();
    const noReason = await patch(id, { status: 'rejected' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0]).toMatchObject({
      path: ['reason'],
      code: 'reason_required',
    });
    const rejected = await patch(id, { status: 'rejected', reason: '信息不全' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '信息不全' });
    expect(await eventsOf(id)).toEqual([]);
    const reopened = await patch(id, { status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', reason: null });
    expect((await eventsOf(id)).map((event) => event.type)).toEqual(['need.created']);
  });

  it('409 invalid_status_transition for moves the lifecycle does not allow', async () => {
    const pending = await postNeed();
    const open = await openNeed();
    const closed = await openNeed();
    await patch(closed, { status: 'closed', reason: '重复' });
    for (const [id, body] of [
      [pending, { status: 'fulfilled' }],
      [open, { status: 'claimed' }],
      [open, { status: 'fulfilled' }],
      [open, { releaseClaim: true }],
      [closed, { status: 'open' }],
    ] as const) {
      const response = await patch(id, body);
      expect(response.status, JSON.stringify(body)).toBe(409);
      expect(response.body.error.code).toBe('invalid_status_transition');
    }
  });

  it('releases a claim: the need reopens and someone else may claim it', async () => {
    const id = await openNeed();
    const first = await claimed(id);
    const released = await patch(id, { releaseClaim: true, reason: '认领人无法前往' });
    expect(released.body).toMatchObject({ status: 'open', claim: null });
    const [claim] = await h.db.select().from(claims).where(eq(claims.id, first.body.id));
    expect(claim!.status).toBe('released');
    const second = await claimed(id);
    expect(second.body.id).not.toBe(first.body.id);
    expect((await eventsOf(id)).map((event) => event.type)).toEqual([
      'need.created',
      'need.updated',
      'need.updated',
      'need.updated',
    ]);
  });

  it('fulfils a claimed need: the claim completes and stays shown', async () => {
    const id = await openNeed();
    await claimed(id);
    const response = await patch(id, { status: 'fulfilled' });
    expect(response.body).toMatchObject({ status: 'fulfilled', claim: { claimantName: '李**' } });
    const [claim] = await h.db.select().from(claims).where(eq(claims.needId, id));
    expect(claim!.status).toBe('completed');
    const [row] = await h.db.select().from(needs).where(eq(needs.id, id));
    expect(row!.fulfilledAt).toBeInstanceOf(Date);
    const shown = await asResident('GET', `/v1/needs/${id}`);
    expect(shown.body).toMatchObject({ status: 'fulfilled', claim: { claimantType: 'volunteer' } });
  });

  it('closing a claimed need releases its claim and announces the closure', async () => {
    const id = await openNeed();
    await claimed(id);
    const response = await patch(id, { status: 'closed', reason: '需求人已搬走' });
    expect(response.body).toMatchObject({ status: 'closed', claim: null });
    const [claim] = await h.db.select().from(claims).where(eq(claims.needId, id));
    expect(claim!.status).toBe('released');
    const announced = await eventsOf(id);
    expect(announced.at(-1)).toMatchObject({ type: 'need.updated', payload: { status: 'closed' } });
  });

  it('answers a patch that changes nothing with the need, audited as a read', async () => {
    const id = await openNeed();
    const response = await patch(id, { status: 'open' });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('open');
    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.subjectId, id))).map(
      (row) => row.action,
    );
    expect(actions).toEqual(['need.update', 'need.read']);
    expect((await eventsOf(id)).map((event) => event.type)).toEqual(['need.created']);
  });

  it('403 secret_key_required with a publishable key; 404 for another district', async () => {
    const id = await postNeed();
    const publishable = await patch(id, { status: 'open' }, h.keys.pk);
    expect(publishable.status).toBe(403);
    expect(publishable.body.error.code).toBe('secret_key_required');
    const other = await patch(id, { status: 'open' }, h.keys.otherSk);
    expect(other.status).toBe(404);
    const [row] = await h.db.select().from(needs).where(eq(needs.id, id));
    expect(row!.status).toBe('pending_review');
  });
});

describe('privacy', () => {
  it('never puts the requester’s mobile in a public response', async () => {
    const id = await openNeed();
    await asResident('GET', `/v1/needs/${id}`);
    await listIds();
    await listIds(`?q=${encodeURIComponent('助老')}`);
    await claimed(id);
    await asResident('GET', `/v1/needs/${id}`);
    await patch(id, { status: 'fulfilled' });
    await asResident('GET', `/v1/needs/${id}`);
    await listIds('?status=fulfilled');
    expect(publicBodies.length).toBeGreaterThanOrEqual(8);
    const text = JSON.stringify(publicBodies);
    expect(text).toContain(id);
    expect(text).not.toContain(REQUESTER_MOBILE);
    expect(text).not.toContain('王秀英');
  });
});
