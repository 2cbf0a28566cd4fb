// The linkage-index benchmark's data: 番禺区 grown to its 16 镇街 (the seeds' figure) and about 320
// 村居, with a year of generated activity in each (needs, volunteers and their hours, organizations,
// social workers, ratings, donations, disbursements), always the same (a seeded generator).
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, seedDemo } from '../dist/index.js';
import {
  communities,
  disbursements,
  donations,
  funds,
  needs,
  organizations,
  serviceRecords,
  socialWorkers,
  streets,
  surveyResponses,
  surveys,
  volunteers,
} from '../dist/db/tables/index.js';

export const STREETS = 16;
export const COMMUNITIES_PER_STREET = 20;
const DAY = 86_400_000;

/** mulberry32, as the needs benchmark: the same realistic data on every run. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20261206);
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

async function insertAll(db, table, rows) {
  for (let i = 0; i < rows.length; i += 1_000)
    await db.insert(table).values(rows.slice(i, i + 1_000));
}

/** Opens the database at `where`, seeds the demo, grows 番禺区 and a year of activity; the counts. */
export async function populate(where, now = new Date()) {
  const database = await openDatabase(where);
  const { db } = database;
  await seedDemo(db);
  const have = await queryRows(db, sql`select code from streets where district_code = '440113'`);
  const streetCodes = have.map((row) => row.code);
  for (let n = 201; streetCodes.length < STREETS; n++) {
    const code = `440113${n}`;
    await db
      .insert(streets)
      .values({ code, districtCode: '440113', name: `镇街${n}`, kind: 'town' });
    streetCodes.push(code);
  }
  const communityRows = [];
  for (const street of streetCodes) {
    for (let n = 101; n < 101 + COMMUNITIES_PER_STREET; n++) {
      communityRows.push({
        code: `${street}${n}`,
        streetCode: street,
        districtCode: '440113',
        name: `村居${street.slice(6)}${n}`,
        kind: random() < 0.45 ? 'rural_village' : 'urban_community',
        population: between(2_000, 15_000),
      });
    }
  }
  await insertAll(db, communities, communityRows);

  const at = () => new Date(now.getTime() - between(0, 364) * DAY - between(0, 86_399) * 1000);
  const needRows = [];
  const volunteerRows = [];
  const recordRows = [];
  const orgRows = [];
  const workerRows = [];
  const fundRows = [];
  const donationRows = [];
  const disbursementRows = [];
  const responseRows = [];
  for (const [index, community] of communityRows.entries()) {
    const id = `${index}`.padStart(5, '0');
    for (let i = 0; i < between(20, 60); i++) {
      const createdAt = at();
      const status = ['open', 'claimed', 'fulfilled', 'fulfilled', 'pending_review', 'rejected'][
        between(0, 5)
      ];
      const claimedAt =
        status === 'claimed' || status === 'fulfilled'
          ? new Date(createdAt.getTime() + between(1, 10) * DAY)
          : null;
      needRows.push({
        id: `need_ix${id}${String(i).padStart(4, '0')}`,
        districtCode: '440113',
        streetCode: community.streetCode,
        communityCode: community.code,
        kind: 'service',
        category: 'elderly_care',
        title: '助老陪诊',
        description: '社区独居老人需要志愿者陪同复诊',
        anonymous: false,
        contactName: '测试居民',
        contactMobile: '13800000000',
        consentVersion: '2026-01',
        status,
        searchTerms: [],
        createdAt,
        updatedAt: createdAt,
        claimedAt,
        fulfilledAt:
          status === 'fulfilled' ? new Date(claimedAt.getTime() + between(1, 20) * DAY) : null,
      });
    }
    const volunteerCount = between(10, 40);
    for (let i = 0; i < volunteerCount; i++) {
      const volunteerId = `vol_ix${id}${String(i).padStart(4, '0')}`;
      volunteerRows.push({
        id: volunteerId,
        districtCode: '440113',
        code: `PYX${id}${String(i).padStart(4, '0')}`,
        name: '志愿者',
        mobile: `139${id}${String(i).padStart(3, '0')}`.slice(0, 11),
        communityCode: community.code,
        skills: [],
        serviceAreas: [],
        availability: [],
        consentVersion: '2026-01',
        createdAt: at(),
      });
      for (let r = 0; r < between(0, 3); r++) {
        const minutes = between(30, 240);
        recordRows.push({
          id: `srv_ix${id}${String(i).padStart(4, '0')}${r}`,
          districtCode: '440113',
          volunteerId,
          servedOn: at().toISOString().slice(0, 10),
          minutes,
          halfHours: Math.round(minutes / 30),
          content: '探访长者',
          recordedBy: 'bench',
        });
      }
    }
    for (let i = 0; i < between(1, 14); i++) {
      orgRows.push({
        id: `org_ix${id}${String(i).padStart(3, '0')}`,
        districtCode: '440113',
        name: `社区社会组织${id}-${i}`,
        kind: 'community_social_org',
        category: 'culture',
        registration: 'filed',
        streetCode: community.streetCode,
        communityCode: community.code,
        active: random() < 0.9,
      });
    }
    for (let i = 0; i < between(0, 3); i++) {
      workerRows.push({
        id: `sw_ix${id}${i}`,
        districtCode: '440113',
        name: '社工',
        communityCode: community.code,
        streetCode: community.streetCode,
      });
    }
    for (let i = 0; i < between(5, 40); i++) {
      responseRows.push({
        id: `rsp_ix${id}${String(i).padStart(4, '0')}`,
        surveyId: 'svy_ixcommunity0001',
        subjectId: community.code,
        respondentHash: `bench-${id}-${i}`,
        answers: [
          { questionId: 'overall', value: between(1, 5) > 1 ? between(3, 5) : between(1, 2) },
          { questionId: 'recommend', value: between(0, 10) },
        ],
        createdAt: at(),
      });
    }
    if (random() < 0.3) {
      const fundId = `fund_ix${id}`;
      fundRows.push({
        id: fundId,
        districtCode: '440113',
        name: `社区基金${id}`,
        description: '社区慈善基金',
        streetCode: community.streetCode,
        communityCode: community.code,
        mode: 'direct',
        targetFen: 10_000_000,
        disclosure:
          random() < 0.7
            ? {
                organizationName: '广州市番禺区慈善会',
                creditCode: '51440113MJL177142X',
                certificateNumber: '粤民慈证字第001号',
                filingNumber: '53440113MJL177142X',
                contact: '020-84600000',
                lookupUrl: 'https://cishan.chinanpo.mca.gov.cn',
              }
            : null,
      });
      for (let i = 0; i < between(10, 120); i++) {
        donationRows.push({
          id: `don_ix${id}${String(i).padStart(4, '0')}`,
          districtCode: '440113',
          fundId,
          amountFen: between(10, 2_000) * 100,
          status: random() < 0.9 ? 'succeeded' : 'pending',
          channel: 'offline',
          reference: `IX-${id}-${i}`,
          donorMobile: `137${id}${String(between(0, 40)).padStart(3, '0')}`.slice(0, 11),
          anonymous: false,
          publishName: false,
          confirmedAt: at(),
        });
      }
      disbursementRows.push({
        id: `dsb_ix${id}`,
        fundId,
        amountFen: between(100, 5_000) * 100,
        purpose: '长者饭堂',
        recipient: '社区长者会',
        paidAt: at(),
      });
    }
  }
  await db.insert(surveys).values({
    id: 'svy_ixcommunity0001',
    districtCode: '440113',
    title: '社区服务满意度',
    description: '一事一评',
    subjectType: 'community_service',
    questions: [
      { id: 'overall', type: 'rating', prompt: '总体满意度', required: true },
      {
        id: 'recommend',
        type: 'nps',
        prompt: '推荐',
        required: false,
        lowLabel: '0',
        highLabel: '10',
      },
    ],
    resultsPublic: true,
  });
  await insertAll(db, needs, needRows);
  await insertAll(db, volunteers, volunteerRows);
  await insertAll(db, serviceRecords, recordRows);
  await insertAll(db, organizations, orgRows);
  await insertAll(db, socialWorkers, workerRows);
  await insertAll(db, surveyResponses, responseRows);
  await insertAll(db, funds, fundRows);
  await insertAll(db, donations, donationRows);
  await insertAll(db, disbursements, disbursementRows);
  await db.execute(sql`analyze`);
  await database.close();
  return {
    streets: streetCodes.length,
    communities: communityRows.length,
    needs: needRows.length,
    volunteers: volunteerRows.length,
    serviceRecords: recordRows.length,
    organizations: orgRows.length,
    responses: responseRows.length,
    donations: donationRows.length,
  };
}
