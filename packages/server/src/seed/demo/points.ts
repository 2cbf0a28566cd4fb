import { and, eq } from 'drizzle-orm';
import { DistrictSettings } from '@wushe/schema';
import {
  activities,
  districts,
  redemptions,
  rewards,
  serviceRecords,
} from '../../db/tables/index.js';
import { earnPoints } from '../../services/points/earn.js';
import { donateToCommunityPool, transferToFamily } from '../../services/points/family.js';
import { pickupCodeHash } from '../../services/points/pickup-code.js';
import { redeemReward } from '../../services/points/redeem.js';
import { ACTIVITY } from './activities.js';
import { JINXIU, PANYU } from './divisions.js';
import { ORG } from './organizations.js';
import { beijingDate, beijingTime, demoMobile, type SeedContext } from './support.js';
import { VOLUNTEER } from './volunteers.js';

/** Fixed ids, so the demo and its tests can name the 爱心超市's rewards. */
export const REWARD = {
  haircut: 'rwd_jxHaircut01',
  bloodPressure: 'rwd_jxBloodPressure',
  rice: 'rwd_jxRice5kg01',
  oil: 'rwd_jxPeanutOil01',
} as const;

/** The pickup code of the demo's one issued redemption, for the console's redeem screen. */
export const DEMO_PICKUP_CODE = 'JXXJ-2468';

/**
 * 番禺区's points rules as 广州's 公益时间银行 has them: 1 h of 信用时 = 1 point, an annual cap of
 * 1,500 h, points lasting 3 years, transfer to family aged 60 or over, donation back allowed;
 * the elders' haircut day counts 1.5 (skilled work).
 */
const PANYU_POINTS = DistrictSettings.parse({}).points;

/** The 锦绣香江 catalog: partners' services and goods, one out of stock. */
const REWARDS = [
  {
    id: REWARD.bloodPressure,
    kind: 'service',
    title: '量血压',
    description: '社工站护士为长者测量血压并建立记录，每次一人',
    pointsPrice: 1,
    stock: 40,
    providerId: ORG.socialWork,
  },
  {
    id: REWARD.haircut,
    kind: 'service',
    title: '理发',
    description: '邻里惠便民店理发一次（洗剪吹）',
    pointsPrice: 3,
    stock: 12,
    providerId: ORG.enterprise,
  },
  {
    id: REWARD.rice,
    kind: 'goods',
    title: '大米 5 kg',
    description: '邻里惠便民店兑换，凭取货码领取',
    pointsPrice: 8,
    stock: 6,
    providerId: ORG.enterprise,
  },
  {
    id: REWARD.oil,
    kind: 'goods',
    title: '花生油 1.8 L',
    description: '本月已兑完，下月补货',
    pointsPrice: 6,
    stock: 0,
    providerId: ORG.enterprise,
  },
] as const;

/**
 * 公益积分 for the demo, through the services the API uses (one implementation of each rule):
 * the activities' hours are 信用时 and earn points; 李志强 redeems a blood-pressure check (code
 * `JXXJ-2468`, not yet picked up), 苏伟杰 gives a point to 周美玲 (aged over 60), 黄晓彤 gives a
 * point back to the 先锋社区 pool. Help with needs stays 荣誉时, without points.
 */
export async function seedPoints({ tx, now }: SeedContext): Promise<void> {
  const [panyu] = await tx.select().from(districts).where(eq(districts.code, PANYU));
  await tx
    .update(districts)
    .set({ settings: { ...(panyu?.settings ?? {}), points: PANYU_POINTS } })
    .where(eq(districts.code, PANYU));
  await tx
    .update(activities)
    .set({ pointsMultiplier: 1.5 })
    .where(eq(activities.id, ACTIVITY.elderHaircut));
  await tx.insert(rewards).values(
    REWARDS.map((reward) => ({
      ...reward,
      districtCode: PANYU,
      communityCode: JINXIU,
      createdAt: beijingTime(now, -20, 10),
    })),
  );

  const checkIns = await tx
    .select()
    .from(serviceRecords)
    .where(and(eq(serviceRecords.districtCode, PANYU), eq(serviceRecords.source, 'check_in')));
  for (const record of checkIns.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    await earnPoints(tx, record, PANYU_POINTS, record.createdAt);
  }

  const at = beijingTime(now, -2, 15);
  const issued = await redeemReward(tx, {
    districtCode: PANYU,
    volunteerId: VOLUNTEER.liZhiqiang,
    rewardId: REWARD.bloodPressure,
    now: at,
  });
  await tx
    .update(redemptions)
    .set({ codeHash: pickupCodeHash(DEMO_PICKUP_CODE) })
    .where(eq(redemptions.id, issued.id));
  await transferToFamily(tx, {
    districtCode: PANYU,
    volunteerId: VOLUNTEER.suWeijie,
    toMobile: demoMobile(2),
    relation: 'parent',
    points: 1,
    rules: PANYU_POINTS,
    today: beijingDate(at),
    now: at,
  });
  await donateToCommunityPool(tx, {
    districtCode: PANYU,
    volunteerId: VOLUNTEER.huangXiaotong,
    points: 1,
    rules: PANYU_POINTS,
    now: at,
  });
}
