import { districtOf, type Availability, type NeedCategory } from '@wushe/schema';
import { volunteers } from '../../db/tables/index.js';
import { CHANGNING, PANYU } from './divisions.js';
import { beijingTime, DEMO_POLICY_VERSION, demoMobile, type SeedContext } from './support.js';

interface VolunteerSeed {
  readonly id: string;
  readonly name: string;
  /** The serial of the obviously fake mobile `1380000xxxx`; claims in the need data use the same. */
  readonly mobileSerial: number;
  readonly communityCode: string;
  readonly birthDate?: string;
  readonly skills: readonly string[];
  readonly serviceAreas: readonly NeedCategory[];
  readonly availability: readonly Availability[];
  /** A minor's guardian (under 18 the guardian's consent is recorded). */
  readonly guardian?: { readonly name: string; readonly mobileSerial: number };
  readonly registeredDaysAgo: number;
}

/** Fixed ids, so activities, signups and service records can name them. */
export const VOLUNTEER = {
  liZhiqiang: 'vol_pyLiZhiqiang',
  zhouMeiling: 'vol_pyZhouMeiling',
  chenJiale: 'vol_pyChenJiale',
  huangXiaotong: 'vol_pyHuangXiaotong',
  luoJianming: 'vol_pyLuoJianming',
  lingYuqi: 'vol_pyLingYuqi',
  mokWaiman: 'vol_pyMokWaiman',
  tangZiyi: 'vol_pyTangZiyi',
  fungKaming: 'vol_pyFungKaming',
  laiXiuzhen: 'vol_pyLaiXiuzhen',
  suWeijie: 'vol_pySuWeijie',
  xuAiping: 'vol_cnXuAiping',
  zhaoJun: 'vol_cnZhaoJun',
  qianYun: 'vol_cnQianYun',
} as const;

/**
 * 社区志愿者 of both districts. No ID numbers (PIPL: the minimum; the demo needs none); one
 * minor, registered with a guardian's consent.
 */
const VOLUNTEERS: readonly VolunteerSeed[] = [
  {
    id: VOLUNTEER.liZhiqiang,
    name: '李志强',
    mobileSerial: 1,
    communityCode: '440113104001',
    birthDate: '1970-01-01',
    skills: ['理发', '维修家电', '电工'],
    serviceAreas: ['elderly_care', 'social_assistance', 'community_governance'],
    availability: ['weekend_daytime'],
    registeredDaysAgo: 150,
  },
  {
    id: VOLUNTEER.zhouMeiling,
    name: '周美玲',
    mobileSerial: 2,
    communityCode: '440113104001',
    birthDate: '1958-06-12',
    skills: ['粤剧', '朗诵', '探访长者'],
    serviceAreas: ['elderly_care', 'culture_sports'],
    availability: ['weekday_daytime', 'weekend_daytime'],
    registeredDaysAgo: 140,
  },
  {
    id: VOLUNTEER.chenJiale,
    name: '陈家乐',
    mobileSerial: 3,
    communityCode: '440113001002',
    skills: ['驾驶', '陪诊'],
    serviceAreas: ['disability_support', 'elderly_care'],
    availability: ['weekday_daytime', 'flexible'],
    registeredDaysAgo: 120,
  },
  {
    id: VOLUNTEER.huangXiaotong,
    name: '黄晓彤',
    mobileSerial: 4,
    communityCode: '440113001001',
    birthDate: '1999-03-08',
    skills: ['智能手机教学', '摄影'],
    serviceAreas: ['elderly_care', 'education'],
    availability: ['weekday_evening', 'weekend_daytime'],
    registeredDaysAgo: 90,
  },
  {
    id: VOLUNTEER.luoJianming,
    name: '罗建明',
    mobileSerial: 5,
    communityCode: '440113104001',
    skills: ['急救', '消防安全'],
    serviceAreas: ['community_governance', 'education'],
    availability: ['weekend_daytime', 'weekend_evening'],
    registeredDaysAgo: 80,
  },
  {
    id: VOLUNTEER.lingYuqi,
    name: '凌雨琪',
    mobileSerial: 6,
    communityCode: '440113006001',
    birthDate: '2004-09-20',
    skills: ['作业辅导', '英语'],
    serviceAreas: ['child_welfare', 'education'],
    availability: ['weekday_evening', 'weekend_daytime'],
    registeredDaysAgo: 70,
  },
  {
    id: VOLUNTEER.mokWaiman,
    name: '莫慧敏',
    mobileSerial: 7,
    communityCode: '440113104003',
    skills: ['心理倾听', '社区活动策划'],
    serviceAreas: ['mental_health', 'elderly_care'],
    availability: ['flexible'],
    registeredDaysAgo: 65,
  },
  {
    id: VOLUNTEER.tangZiyi,
    name: '汤子怡',
    mobileSerial: 8,
    communityCode: '440113104001',
    // A minor (until 2028): registered with her guardian's consent recorded.
    birthDate: '2010-05-01',
    skills: ['诗词朗诵', '绘画'],
    serviceAreas: ['culture_sports', 'child_welfare'],
    availability: ['weekend_daytime'],
    guardian: { name: '汤振华', mobileSerial: 9 },
    registeredDaysAgo: 40,
  },
  {
    id: VOLUNTEER.fungKaming,
    name: '冯家明',
    mobileSerial: 10,
    communityCode: '440113011001',
    skills: ['垃圾分类宣传'],
    serviceAreas: ['sanitation', 'community_governance'],
    availability: ['weekday_evening'],
    registeredDaysAgo: 60,
  },
  {
    id: VOLUNTEER.laiXiuzhen,
    name: '赖秀珍',
    mobileSerial: 11,
    communityCode: '440113013002',
    skills: ['烹饪', '环保手工'],
    serviceAreas: ['sanitation', 'elderly_care'],
    availability: ['weekday_daytime'],
    registeredDaysAgo: 55,
  },
  {
    id: VOLUNTEER.suWeijie,
    name: '苏伟杰',
    mobileSerial: 12,
    communityCode: '440113104001',
    skills: ['音响设备', '摄影'],
    serviceAreas: ['culture_sports', 'sanitation'],
    availability: ['weekend_evening', 'flexible'],
    registeredDaysAgo: 30,
  },
  {
    id: VOLUNTEER.xuAiping,
    name: '徐爱萍',
    mobileSerial: 21,
    communityCode: '310105002001',
    birthDate: '1960-11-02',
    skills: ['结对陪伴', '读报'],
    serviceAreas: ['elderly_care'],
    availability: ['weekday_daytime'],
    registeredDaysAgo: 100,
  },
  {
    id: VOLUNTEER.zhaoJun,
    name: '赵骏',
    mobileSerial: 22,
    communityCode: '310105003001',
    skills: ['儿童陪伴', '篮球'],
    serviceAreas: ['child_welfare', 'culture_sports'],
    availability: ['weekend_daytime'],
    registeredDaysAgo: 45,
  },
  {
    id: VOLUNTEER.qianYun,
    name: '钱芸',
    mobileSerial: 23,
    communityCode: '310105002002',
    skills: ['园艺', '议事记录'],
    serviceAreas: ['community_governance', 'sanitation'],
    availability: ['weekend_daytime', 'weekday_evening'],
    registeredDaysAgo: 35,
  },
];

/** A volunteer's name and mobile, for signups that name registered volunteers. */
export function volunteerContact(id: string): { name: string; mobile: string } {
  const volunteer = VOLUNTEERS.find((candidate) => candidate.id === id);
  if (!volunteer) throw new Error(`${id} is not a demo volunteer`);
  return { name: volunteer.name, mobile: demoMobile(volunteer.mobileSerial) };
}

const PREFIX_OF: Record<string, string> = { [PANYU]: 'PY', [CHANGNING]: 'CN' };

export async function seedVolunteers({ tx, now }: SeedContext): Promise<void> {
  const serials: Record<string, number> = {};
  await tx.insert(volunteers).values(
    VOLUNTEERS.map((volunteer) => {
      const districtCode = districtOf(volunteer.communityCode)!;
      // Volunteer codes count up per district (PY-000001 …), as registration hands them out.
      const serial = (serials[districtCode] = (serials[districtCode] ?? 0) + 1);
      const registeredAt = beijingTime(now, -volunteer.registeredDaysAgo, 10);
      return {
        id: volunteer.id,
        districtCode,
        code: `${PREFIX_OF[districtCode]}-${String(serial).padStart(6, '0')}`,
        name: volunteer.name,
        mobile: demoMobile(volunteer.mobileSerial),
        birthDate: volunteer.birthDate ?? null,
        communityCode: volunteer.communityCode,
        skills: [...volunteer.skills],
        serviceAreas: [...volunteer.serviceAreas],
        availability: [...volunteer.availability],
        guardian: volunteer.guardian
          ? {
              name: volunteer.guardian.name,
              mobile: demoMobile(volunteer.guardian.mobileSerial),
              consent: true,
              at: registeredAt.toISOString(),
            }
          : null,
        consentVersion: DEMO_POLICY_VERSION,
        consentedAt: registeredAt,
        createdAt: registeredAt,
      };
    }),
  );
}
