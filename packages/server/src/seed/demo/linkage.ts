import { roundToHalfHours } from '@wushe/schema';
import { and, eq, isNull } from 'drizzle-orm';
import {
  communities,
  organizations,
  serviceRecords,
  surveyResponses,
  surveys,
  timebankEntries,
  volunteers,
} from '../../db/tables/index.js';
import { districtServiceAccount, volunteerAccount } from '../../services/volunteers/timebank.js';
import { CHANGNING, DEMO_COMMUNITIES, PANYU } from './divisions.js';
import {
  beijingDate,
  beijingTime,
  DEMO_POLICY_VERSION,
  demoMobile,
  type SeedContext,
} from './support.js';

/*
 * A year of the linkage for the index (SPEC §12): every community's population (常住人口), the
 * registered volunteers the model-community rule counts (≥ 10 per 100 residents), their service
 * over the year, the filed community groups 民政部 2017 counts (≥ 10 urban, ≥ 5 rural; 长宁 ≥ 12),
 * and a year of 社区服务 ratings. Some communities meet each target and most do not, as in life.
 * Everything is generated from fixed numbers, so every seed is the same.
 */

interface CommunityYear {
  /** 常住人口. */
  readonly population: number;
  /** Registered volunteers per 100 residents the community reaches. */
  readonly volunteersPerHundred: number;
  /** Filed community social organizations (beside those the organizations seed has). */
  readonly groups: number;
  /** 社区服务 ratings over the year, and how many of them were 差评. */
  readonly ratings: number;
  readonly lowRatings: number;
}

/** By community code; a community not listed gets `DEFAULT_YEAR`. */
const YEARS: Readonly<Record<string, CommunityYear>> = {
  '440113104001': {
    population: 8_600,
    volunteersPerHundred: 1.2,
    groups: 11,
    ratings: 36,
    lowRatings: 2,
  },
  '440113104002': {
    population: 1_850,
    volunteersPerHundred: 10.6,
    groups: 6,
    ratings: 14,
    lowRatings: 1,
  },
  '440113104003': {
    population: 12_400,
    volunteersPerHundred: 0.6,
    groups: 4,
    ratings: 22,
    lowRatings: 3,
  },
  '440113104004': {
    population: 9_300,
    volunteersPerHundred: 0.8,
    groups: 8,
    ratings: 9,
    lowRatings: 1,
  },
  '440113104005': {
    population: 2_100,
    volunteersPerHundred: 4.5,
    groups: 2,
    ratings: 6,
    lowRatings: 0,
  },
  '440113001001': {
    population: 6_200,
    volunteersPerHundred: 1,
    groups: 10,
    ratings: 18,
    lowRatings: 1,
  },
  '440113013001': {
    population: 1_240,
    volunteersPerHundred: 11.3,
    groups: 5,
    ratings: 12,
    lowRatings: 0,
  },
  '440113013002': {
    population: 2_380,
    volunteersPerHundred: 2.5,
    groups: 3,
    ratings: 4,
    lowRatings: 1,
  },
  '310105002001': {
    population: 2_300,
    volunteersPerHundred: 10.4,
    groups: 13,
    ratings: 30,
    lowRatings: 1,
  },
  '310105002002': {
    population: 4_100,
    volunteersPerHundred: 3,
    groups: 9,
    ratings: 15,
    lowRatings: 2,
  },
  '310105001001': {
    population: 4_800,
    volunteersPerHundred: 2,
    groups: 12,
    ratings: 11,
    lowRatings: 0,
  },
};
const DEFAULT_YEAR: CommunityYear = {
  population: 5_000,
  volunteersPerHundred: 0.6,
  groups: 3,
  ratings: 5,
  lowRatings: 0,
};

const SURNAMES = [
  '陈',
  '李',
  '黄',
  '梁',
  '何',
  '罗',
  '吴',
  '张',
  '王',
  '刘',
  '周',
  '徐',
  '朱',
  '胡',
];
const GIVEN = [
  '伟',
  '芳',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '杰',
  '娟',
  '军',
  '秀英',
  '桂兰',
];
const GROUPS = [
  ['文娱类', 'culture', '广场舞队'],
  ['社区服务类', 'service', '邻里互助队'],
  ['公益慈善类', 'charity', '爱心帮扶队'],
  ['议事协调类', 'deliberation', '居民议事会'],
  ['社会事务类', 'affairs', '平安巡逻队'],
] as const;
const SERVICE = ['探访独居长者', '长者饭堂送餐', '四点半课堂', '社区环境清洁', '垃圾分类督导'];

/** The community-service survey of each district: 一事一评 of the community's services. */
export const COMMUNITY_SURVEY: Readonly<Record<string, string>> = {
  [PANYU]: 'svy_pyCommunityYear',
  [CHANGNING]: 'svy_cnCommunityYear',
};
const QUESTIONS = [
  { id: 'overall', type: 'rating', prompt: '您对本社区服务的总体满意度', required: true },
  {
    id: 'recommend',
    type: 'nps',
    prompt: '您有多大可能向邻居推荐社区的服务',
    required: false,
    lowLabel: '不可能',
    highLabel: '非常可能',
  },
];

/** A day of the past year for the `i`th of `n` things: spread evenly, the latest yesterday. */
const dayOf = (i: number, n: number) => -1 - Math.floor((i * 364) / Math.max(n, 1));

export async function seedLinkageYear({ tx, now, staffKeyIds }: SeedContext): Promise<void> {
  const volunteerRows: (typeof volunteers.$inferInsert)[] = [];
  const recordRows: (typeof serviceRecords.$inferInsert)[] = [];
  const groupRows: (typeof organizations.$inferInsert)[] = [];
  const responseRows: (typeof surveyResponses.$inferInsert)[] = [];
  const serial: Record<string, number> = { [PANYU]: 1_000, [CHANGNING]: 1_000 };

  for (const [index, community] of DEMO_COMMUNITIES.entries()) {
    // A community without its own figures gets the default year and a population of its own.
    const year = YEARS[community.code] ?? {
      ...DEFAULT_YEAR,
      population: DEFAULT_YEAR.population - 2_000 + ((index * 1_733) % 8_000),
    };
    const district = community.districtCode;
    await tx
      .update(communities)
      .set({ population: year.population })
      // A community that had its population already (a district's own data) keeps it.
      .where(and(eq(communities.code, community.code), isNull(communities.population)));
    const slug = community.code.slice(3);
    const count = Math.round((year.population * year.volunteersPerHundred) / 100);
    for (let i = 0; i < count; i++) {
      const number = (serial[district]! += 1);
      const id = `vol_yr${slug}${String(i).padStart(4, '0')}`;
      const registeredAt = beijingTime(now, dayOf(i, count) - 30, 10);
      volunteerRows.push({
        id,
        districtCode: district,
        code: `${district === PANYU ? 'PY' : 'CN'}-${String(900_000 + number).padStart(6, '0')}`,
        name: `${SURNAMES[(i + index) % SURNAMES.length]}${GIVEN[(i * 7 + index) % GIVEN.length]}`,
        mobile: demoMobile(number),
        communityCode: community.code,
        skills: [],
        serviceAreas: ['elderly_care'],
        availability: ['weekend_daytime'],
        consentVersion: DEMO_POLICY_VERSION,
        consentedAt: registeredAt,
        createdAt: registeredAt,
      });
      // About a quarter serve in the year, each once to three times.
      if (i % 4 !== 0) continue;
      for (let time = 0; time < 1 + (i % 3); time++) {
        const minutes = 60 + ((i + time) % 5) * 30;
        const servedAt = beijingTime(now, dayOf(i + time * 17, count + 60), 9);
        recordRows.push({
          id: `srv_yr${slug}${String(i).padStart(4, '0')}${time}`,
          districtCode: district,
          volunteerId: id,
          servedOn: beijingDate(servedAt),
          minutes,
          halfHours: roundToHalfHours(minutes),
          content: SERVICE[(i + time) % SERVICE.length]!,
          recordedBy: staffKeyIds[district]!,
          createdAt: new Date(servedAt.getTime() + 9 * 3_600_000),
        });
      }
    }
    for (let i = 0; i < year.groups; i++) {
      const [, category, name] = GROUPS[i % GROUPS.length]!;
      groupRows.push({
        id: `org_yr${slug}${String(i).padStart(2, '0')}`,
        districtCode: district,
        name: `${community.name}${name}${i >= GROUPS.length ? `（${Math.floor(i / GROUPS.length) + 1}）` : ''}`,
        kind: 'community_social_org',
        category,
        registration: 'filed',
        streetCode: community.streetCode,
        communityCode: community.code,
        createdAt: beijingTime(now, -400 + i * 20, 10),
      });
    }
    for (let i = 0; i < year.ratings; i++) {
      const low = i < year.lowRatings;
      const overall = low ? 1 + (i % 2) : [5, 4, 5, 3, 5, 4, 4][i % 7]!;
      responseRows.push({
        id: `rsp_yr${slug}${String(i).padStart(4, '0')}`,
        surveyId: COMMUNITY_SURVEY[district]!,
        subjectId: community.code,
        respondentHash: `demo-year-${community.code}-${i}`,
        answers: [
          { questionId: 'overall', value: overall },
          { questionId: 'recommend', value: low ? 3 : [10, 9, 8, 10, 7, 9, 6][i % 7]! },
        ],
        // The 差评 came early enough for their 15 working days to be over.
        createdAt: beijingTime(now, low ? -60 - i * 30 : dayOf(i, year.ratings), 15),
      });
    }
  }
  await tx.insert(surveys).values(
    [PANYU, CHANGNING].map((district) => ({
      id: COMMUNITY_SURVEY[district]!,
      districtCode: district,
      title: '社区服务满意度评价',
      description: '一事一评：请对本社区这一年的服务作出评价，结果用于五社联动评价。',
      subjectType: 'community_service',
      questions: QUESTIONS,
      resultsPublic: true,
    })),
  );
  for (let i = 0; i < volunteerRows.length; i += 1_000) {
    await tx.insert(volunteers).values(volunteerRows.slice(i, i + 1_000));
  }
  await tx.insert(serviceRecords).values(recordRows);
  await tx.insert(timebankEntries).values(
    recordRows.flatMap((record) => [
      {
        transferId: record.id,
        account: volunteerAccount(record.volunteerId),
        halfHours: record.halfHours,
        createdAt: record.createdAt!,
      },
      {
        transferId: record.id,
        account: districtServiceAccount(record.districtCode),
        halfHours: -record.halfHours,
        createdAt: record.createdAt!,
      },
    ]),
  );
  await tx.insert(organizations).values(groupRows);
  await tx.insert(surveyResponses).values(responseRows);
}
