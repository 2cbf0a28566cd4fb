import { districtOf, roundToHalfHours, type NeedCategory } from '@wushe/schema';
import { activities, serviceRecords, signups, timebankEntries } from '../../db/tables/index.js';
// The time bank's own account names, so seeded hours land where recorded ones do.
import { districtServiceAccount, volunteerAccount } from '../../services/volunteers/timebank.js';
import { PANYU } from './divisions.js';
import { ORG } from './organizations.js';
import {
  beijingDate,
  beijingTime,
  DEMO_POLICY_VERSION,
  demoMobile,
  type SeedContext,
} from './support.js';
import { VOLUNTEER, volunteerContact } from './volunteers.js';

/** Fixed ids other parts of the demo name; `elderHaircut` is the contract examples' activity. */
export const ACTIVITY = { elderHaircut: 'act_Rb8Tz1Kq5W' } as const;

interface ActivitySeed {
  readonly id: string;
  readonly communityCode: string;
  readonly organizationId: string | null;
  readonly title: string;
  readonly description: string;
  readonly category: NeedCategory;
  readonly location: string;
  /** Days from the seed: negative for past activities, positive for upcoming ones. */
  readonly dayOffset: number;
  readonly startHour: number;
  readonly minutes: number;
  readonly capacity: number;
  /** Registered volunteers who signed up, in signup order. */
  readonly volunteers: readonly string[];
  /** Residents who signed up once with a name and mobile, after the volunteers. */
  readonly residents: number;
}

/**
 * Past activities (with their service records) and upcoming ones: one with places left, one
 * full with a waitlist, one nobody has joined yet.
 */
const ACTIVITIES: readonly ActivitySeed[] = [
  {
    id: ACTIVITY.elderHaircut,
    communityCode: '440113104001',
    organizationId: ORG.jinxiuVolunteers,
    title: '锦绣香江长者义剪日',
    description: '爱心义工队为社区长者免费理发，行动不便的长者可预约上门。',
    category: 'elderly_care',
    location: '锦绣香江社区党群服务中心一楼',
    dayOffset: -8,
    startHour: 9,
    minutes: 150,
    capacity: 8,
    volunteers: [VOLUNTEER.liZhiqiang, VOLUNTEER.zhouMeiling, VOLUNTEER.suWeijie],
    residents: 3,
  },
  {
    id: 'act_lqRiverClean',
    communityCode: '440113013002',
    organizationId: ORG.suishiStudents,
    title: '龙岐村河涌清洁行动',
    description: '沿河涌步道拾捡垃圾、清理漂浮物，活动后开展垃圾分类小课堂。',
    category: 'sanitation',
    location: '龙岐村文化室门口集合',
    dayOffset: -26,
    startHour: 8,
    minutes: 180,
    capacity: 30,
    volunteers: [VOLUNTEER.laiXiuzhen, VOLUNTEER.lingYuqi, VOLUNTEER.fungKaming],
    residents: 9,
  },
  {
    id: 'act_xfPhoneClass',
    communityCode: '440113001001',
    organizationId: null,
    title: '长者智能手机课堂',
    description: '手把手教长者用手机预约挂号、扫码乘车、视频通话和识别诈骗电话。',
    category: 'elderly_care',
    location: '先锋社区星光老年人之家',
    dayOffset: -31,
    startHour: 15,
    minutes: 100,
    capacity: 20,
    volunteers: [VOLUNTEER.huangXiaotong, VOLUNTEER.chenJiale],
    residents: 12,
  },
  {
    id: 'act_jxPoetryKids',
    communityCode: '440113104001',
    organizationId: ORG.poetry,
    title: '亲子诗词课堂',
    description: '锦绣香江诗词社带领亲子家庭诵读岭南诗词，每期名额有限，报满后进入候补。',
    category: 'culture_sports',
    location: '锦绣香江社区图书室',
    dayOffset: 5,
    startHour: 10,
    minutes: 90,
    capacity: 6,
    volunteers: [VOLUNTEER.tangZiyi, VOLUNTEER.zhouMeiling],
    residents: 6,
  },
  {
    id: 'act_jxSortingShift',
    communityCode: '440113104001',
    organizationId: ORG.jinxiuPatrol,
    title: '垃圾分类督导轮值',
    description: '晚高峰在定时定点投放点指导居民分类投放，新志愿者由老队员带班。',
    category: 'sanitation',
    location: '锦绣香江 3 号投放点',
    dayOffset: 2,
    startHour: 19,
    minutes: 120,
    capacity: 12,
    volunteers: [VOLUNTEER.luoJianming, VOLUNTEER.suWeijie, VOLUNTEER.liZhiqiang],
    residents: 2,
  },
  {
    id: 'act_btFirstAid',
    communityCode: '440113006002',
    organizationId: ORG.socialWork,
    title: '心肺复苏与 AED 急救培训',
    description: '持证急救导师讲解心肺复苏与 AED 使用，现场分组实操，结业可申请急救员证书。',
    category: 'education',
    location: '北亭村党群服务中心多功能室',
    dayOffset: 9,
    startHour: 14,
    minutes: 180,
    capacity: 40,
    volunteers: [VOLUNTEER.luoJianming],
    residents: 2,
  },
  {
    id: 'act_jxElderVisits',
    communityCode: '440113104001',
    organizationId: ORG.elders,
    title: '独居长者探访日',
    description: '两人一组探访独居长者，了解生活需要，记录微心愿。',
    category: 'elderly_care',
    location: '锦绣香江社区居委会集合',
    dayOffset: 12,
    startHour: 9,
    minutes: 180,
    capacity: 20,
    volunteers: [],
    residents: 0,
  },
  {
    id: 'act_cnOldPartners',
    communityCode: '310105002001',
    organizationId: ORG.changningElders,
    title: '“老伙伴”结对探访',
    description: '低龄老人志愿者与高龄独居老人结对，上门聊天、读报、检查居家安全。',
    category: 'elderly_care',
    location: '番禺路居委会活动室',
    dayOffset: 4,
    startHour: 9,
    minutes: 120,
    capacity: 15,
    volunteers: [VOLUNTEER.xuAiping],
    residents: 1,
  },
];

/** Hours served on fulfilled needs, recorded against the need rather than an activity. */
const NEED_SERVICE = [
  {
    id: 'srv_xfPhoneClassNeed',
    volunteerId: VOLUNTEER.huangXiaotong,
    needId: 'need_xfPhoneClass',
    dayOffset: -30,
    minutes: 95,
    content: '先锋社区长者智能手机一对一辅导',
  },
  {
    id: 'srv_jxWiringNeed',
    volunteerId: VOLUNTEER.liZhiqiang,
    needId: 'need_jxWiring',
    dayOffset: -25,
    minutes: 140,
    content: '为困难长者检修老化电线、更换插座',
  },
] as const;

/** Names of residents who sign up once without registering (mobiles `13800005xx`). */
const RESIDENT_NAMES = ['罗婶', '陈伯', '张阿姨', '何先生', '黎小姐', '关伯', '邓姨', '叶先生'];

type SignupRow = typeof signups.$inferInsert;
type ServiceRecordRow = typeof serviceRecords.$inferInsert;

/** First come, first served: places up to the capacity, the rest wait in signup order. */
function signupsOf(activity: ActivitySeed, now: Date): SignupRow[] {
  const people = [
    ...activity.volunteers.map((id) => ({ volunteerId: id, ...volunteerContact(id) })),
    ...Array.from({ length: activity.residents }, (_, i) => ({
      volunteerId: null,
      name: RESIDENT_NAMES[i % RESIDENT_NAMES.length]!,
      mobile: demoMobile(500 + i),
    })),
  ];
  const slug = activity.id.replace(/^act_/, '');
  return people.map((person, i) => ({
    id: `sgn_${slug}${String(i + 1).padStart(2, '0')}`,
    activityId: activity.id,
    volunteerId: person.volunteerId,
    name: person.name,
    mobile: person.mobile,
    consentVersion: DEMO_POLICY_VERSION,
    status: i < activity.capacity ? 'confirmed' : 'waitlisted',
    // Signups arrive in order over the days before the activity, and all before the seed.
    createdAt: beijingTime(now, Math.min(activity.dayOffset - 10 + Math.min(i, 8), -1), 12),
  }));
}

/** Each volunteer at a past activity served its length, some leaving a little early. */
function activityServiceOf(
  activity: ActivitySeed,
  { now, staffKeyIds }: SeedContext,
): ServiceRecordRow[] {
  if (activity.dayOffset >= 0) return [];
  const districtCode = districtOf(activity.communityCode)!;
  const slug = activity.id.replace(/^act_/, '');
  const servedOn = beijingDate(beijingTime(now, activity.dayOffset, activity.startHour));
  // The organiser records the hours on the evening of the activity.
  const createdAt = beijingTime(now, activity.dayOffset, 21);
  return activity.volunteers.slice(0, activity.capacity).map((volunteerId, i) => {
    const minutes = activity.minutes - (i % 3) * 20;
    return {
      id: `srv_${slug}${String(i + 1).padStart(2, '0')}`,
      districtCode,
      volunteerId,
      activityId: activity.id,
      servedOn,
      minutes,
      halfHours: roundToHalfHours(minutes),
      content: activity.title,
      // From the activity's check-in list: 信用时, which earn points (SPEC §13).
      source: 'check_in',
      recordedBy: staffKeyIds[districtCode]!,
      createdAt,
    };
  });
}

/**
 * Activities, their signups, and the volunteer hours served, each record with its double-entry
 * time-bank transfer: the volunteer's account credited, the district's service account debited,
 * both under the record's id, so the bank sums to zero.
 */
export async function seedActivities(context: SeedContext): Promise<void> {
  const { tx, now, staffKeyIds } = context;
  const signupsByActivity = new Map(
    ACTIVITIES.map((activity) => [activity.id, signupsOf(activity, now)]),
  );
  // An activity's counts are those of its signups, as the signup route keeps them.
  const counted = (activityId: string, status: string) =>
    signupsByActivity.get(activityId)!.filter((signup) => signup.status === status).length;
  await tx.insert(activities).values(
    ACTIVITIES.map((activity) => {
      const startsAt = beijingTime(now, activity.dayOffset, activity.startHour);
      return {
        id: activity.id,
        districtCode: districtOf(activity.communityCode)!,
        communityCode: activity.communityCode,
        organizationId: activity.organizationId,
        title: activity.title,
        description: activity.description,
        category: activity.category,
        location: activity.location,
        startsAt,
        endsAt: new Date(startsAt.getTime() + activity.minutes * 60_000),
        capacity: activity.capacity,
        signedUp: counted(activity.id, 'confirmed'),
        waitlisted: counted(activity.id, 'waitlisted'),
      };
    }),
  );
  await tx.insert(signups).values([...signupsByActivity.values()].flat());

  const records: ServiceRecordRow[] = [
    ...ACTIVITIES.flatMap((activity) => activityServiceOf(activity, context)),
    ...NEED_SERVICE.map((service) => ({
      id: service.id,
      districtCode: PANYU,
      volunteerId: service.volunteerId,
      needId: service.needId,
      servedOn: beijingDate(beijingTime(now, service.dayOffset, 10)),
      minutes: service.minutes,
      halfHours: roundToHalfHours(service.minutes),
      content: service.content,
      recordedBy: staffKeyIds[PANYU]!,
      createdAt: beijingTime(now, service.dayOffset, 18),
    })),
  ];
  await tx.insert(serviceRecords).values(records);
  await tx.insert(timebankEntries).values(
    records.flatMap((record) => [
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
}
