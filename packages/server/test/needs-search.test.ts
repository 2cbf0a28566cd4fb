import { beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { needs } from '../src/db/tables/index.js';
import { queryRows } from '../src/db/database.js';
import { needPageQuery, type NeedListFilter } from '../src/services/needs/list.js';
import { PUBLIC_STATUSES } from '../src/services/needs/present.js';
import { searchCondition, searchTermsOf } from '../src/services/needs/search.js';
import { shownClaimsQuery } from '../src/services/needs/store.js';
import { useHarness } from './harness.js';
import { REQUESTER_MOBILE, useNeedHelpers } from './needs-fixtures.js';

/** Searching and paging the needs list, and the query plan of a page over many needs. */

const h = useHarness();
const { asResident, postNeed, openNeed, listIds } = useNeedHelpers(h);

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

describe('search within a place', () => {
  it('stores each need with its community and street among its search terms', async () => {
    const id = await postNeed({ title: '社区助老服务需求', communityId: '440113104002' });
    const [row] = await queryRows<{ search_terms: string[] }>(
      h.db,
      sql`select search_terms from needs where id = ${id}`,
    );
    expect(row!.search_terms).toEqual(
      expect.arrayContaining(['助老', 'c:440113104002', 's:440113104']),
    );
  });

  it('finds a word only in the community or street asked for', async () => {
    const here = await openNeed({ title: '锦绣香江助老服务', communityId: '440113104001' });
    const nextDoor = await openNeed({ title: '南村村助老服务', communityId: '440113104002' });
    const elsewhere = await openNeed({ title: '先锋社区助老服务', communityId: '440113001001' });
    expect(await listIds('?q=助老&community=440113104001')).toEqual([here]);
    expect((await listIds('?q=助老&street=440113104')).sort()).toEqual([here, nextDoor].sort());
    expect((await listIds('?q=助老')).sort()).toEqual([here, nextDoor, elsewhere].sort());
  });

  it('backfills the place terms of needs stored before they existed (migration 0001)', async () => {
    const id = await postNeed({ title: '旧数据助老需求' });
    await h.db
      .update(needs)
      .set({ searchTerms: searchTermsOf('旧数据助老需求') })
      .where(eq(needs.id, id));
    const { readFileSync, readdirSync } = await import('node:fs');
    const folder = new URL('../drizzle/', import.meta.url);
    const file = readdirSync(folder).find((name) => name.startsWith('0001_'))!;
    await h.db.execute(sql.raw(readFileSync(new URL(file, folder), 'utf8')));
    const [row] = await queryRows<{ search_terms: string[] }>(
      h.db,
      sql`select search_terms from needs where id = ${id}`,
    );
    expect(row!.search_terms).toEqual(
      expect.arrayContaining(['助老', 'c:440113104001', 's:440113104']),
    );
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
    // The claim each claimed or fulfilled need shows, as the lifecycle leaves it.
    await h.db.execute(sql`
      insert into claims (id, need_id, claimant_type, claimant_name, claimant_mobile, consent_version, status)
      select 'clm_plan' || substr(id, 10), id, 'volunteer', '李志愿', '13900000000', '2026-01',
        case status when 'claimed' then 'active' else 'completed' end
      from needs where id like 'need_plan%' and status in ('claimed', 'fulfilled')`);
    await h.db.execute(sql`analyze needs`);
    await h.db.execute(sql`analyze claims`);
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
    // The claims a page shows are found by need, not by reading every claim.
    const claimedPage = await needPageQuery(h.db, { ...publicPage, statuses: ['fulfilled'] })!;
    const claimsPlan = (
      await queryRows<Record<string, string>>(
        h.db,
        sql`explain ${shownClaimsQuery(
          h.db,
          claimedPage.map((row) => row.id),
        ).getSQL()}`,
      )
    ).map((row) => row['QUERY PLAN']);
    expect(claimsPlan.join('\n')).toMatch(
      /Index Scan using claims_need_idx|Bitmap Index Scan on claims_need_idx/,
    );
  }, 180_000); // 100,000 rows inserted on PGlite: slow when the whole suite shares two cores
});
