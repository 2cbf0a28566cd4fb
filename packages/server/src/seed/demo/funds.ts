import type { DonationStatus, FundDisclosure, PaymentChannel } from '@wushe/schema';
import { disbursements, donations, funds } from '../../db/tables/index.js';
import { JINXIU, NANCUN, PANYU } from './divisions.js';
import { CHARITY } from './organizations.js';
import { PROJECT } from './projects.js';
import {
  beijingTime,
  DEMO_MARK,
  DEMO_POLICY_VERSION,
  demoMobile,
  type SeedContext,
} from './support.js';

/** Fixed ids; `fund_Nc4Ps8Yd2M` is the fund the contract's donation example gives to. */
export const FUND = {
  direct: 'fund_Nc4Ps8Yd2M',
  platform: 'fund_pyNancunPlatform',
  undisclosed: 'fund_pyXianfengDraft',
} as const;

/**
 * The Charity-Law Art. 25 disclosure of the fundraiser. The credit code passes GB 32100 (it must,
 * to be served), so it cannot carry the mark; every other number visibly says it is a demo.
 */
const DISCLOSURE: FundDisclosure = {
  organizationName: CHARITY.name,
  creditCode: CHARITY.creditCode,
  certificateNumber: `穗民慈募证字 DEMO-0001 号${DEMO_MARK}`,
  filingNumber: `${CHARITY.creditCode}-A2026-001${DEMO_MARK}`,
  contact: `020-0000 0000${DEMO_MARK}`,
  lookupUrl: 'https://cszg.mca.gov.cn/',
};

interface DonationSeed {
  readonly amountFen: number;
  readonly name?: string;
  readonly anonymous?: boolean;
  /** False: the charity knows the name, the public ledger shows 匿名 (Art. 82). */
  readonly publishName?: boolean;
  readonly mobileSerial?: number;
  readonly receipt?: { title: string; creditCode?: string };
  readonly channel: PaymentChannel;
  readonly status: DonationStatus;
  readonly daysAgo: number;
  readonly needId?: string;
}

/**
 * Gifts to 锦绣香江社区慈善基金: residents, a 社区企业 and the 商会 (the seeds' "社区企业发展社区
 * 基金"), some anonymous, some not to be published; a pledge still pending and a failed payment,
 * which count for nothing.
 */
const DONATIONS: readonly DonationSeed[] = [
  {
    amountFen: 300_000,
    name: '广州市番禺区邻里惠社区服务有限公司',
    receipt: { title: '广州市番禺区邻里惠社区服务有限公司' },
    channel: 'offline',
    status: 'succeeded',
    daysAgo: 41,
  },
  {
    amountFen: 200_000,
    name: '番禺区南村镇商会',
    receipt: { title: '番禺区南村镇商会' },
    channel: 'offline',
    status: 'succeeded',
    daysAgo: 38,
  },
  { amountFen: 100_000, anonymous: true, channel: 'offline', status: 'succeeded', daysAgo: 35 },
  {
    amountFen: 20_000,
    name: '黄伟明',
    publishName: false,
    mobileSerial: 204,
    receipt: { title: '黄伟明' },
    channel: 'offline',
    status: 'succeeded',
    daysAgo: 33,
  },
  {
    amountFen: 50_000,
    name: '梁淑仪',
    mobileSerial: 101,
    channel: 'sandbox',
    status: 'succeeded',
    daysAgo: 30,
  },
  { amountFen: 5_000, anonymous: true, channel: 'sandbox', status: 'succeeded', daysAgo: 28 },
  {
    amountFen: 16_800,
    name: '朗诵歌唱艺术协会全体会员',
    channel: 'offline',
    status: 'succeeded',
    daysAgo: 26,
  },
  {
    amountFen: 8_800,
    name: '周美玲',
    mobileSerial: 2,
    channel: 'sandbox',
    status: 'succeeded',
    daysAgo: 24,
  },
  { amountFen: 2_000, name: '陈伯', channel: 'offline', status: 'succeeded', daysAgo: 22 },
  {
    amountFen: 6_600,
    name: '何国强',
    publishName: false,
    channel: 'sandbox',
    status: 'succeeded',
    daysAgo: 19,
  },
  {
    amountFen: 30_000,
    name: '区婉华',
    channel: 'sandbox',
    status: 'succeeded',
    daysAgo: 15,
    needId: 'need_ncQuilts',
  },
  {
    amountFen: 5_000,
    name: '李志强',
    publishName: false,
    mobileSerial: 1,
    channel: 'sandbox',
    status: 'succeeded',
    daysAgo: 12,
  },
  {
    amountFen: 20_000,
    name: '张丽娟',
    mobileSerial: 108,
    receipt: { title: '张丽娟' },
    channel: 'sandbox',
    status: 'succeeded',
    daysAgo: 10,
  },
  { amountFen: 8_800, name: '锦绣香江诗词社', channel: 'offline', status: 'succeeded', daysAgo: 8 },
  { amountFen: 1_000, anonymous: true, channel: 'sandbox', status: 'succeeded', daysAgo: 6 },
  { amountFen: 3_000, name: '莫慧敏', channel: 'sandbox', status: 'succeeded', daysAgo: 4 },
  { amountFen: 10_000, name: '邓家豪', channel: 'sandbox', status: 'succeeded', daysAgo: 2 },
  { amountFen: 1_000, name: '冯志明', channel: 'sandbox', status: 'succeeded', daysAgo: 1 },
  {
    amountFen: 50_000,
    name: '谭嘉敏',
    mobileSerial: 112,
    channel: 'offline',
    status: 'pending',
    daysAgo: 1,
  },
  { amountFen: 2_000, name: '苏伟杰', channel: 'sandbox', status: 'failed', daysAgo: 3 },
];

/** What the money was used for (Art. 42), each tied to its project where there is one. */
const DISBURSEMENTS = [
  {
    id: 'dsb_jxWiringParts',
    amountFen: 38_000,
    purpose: '困难长者家中电线检修材料',
    recipient: '锦绣香江社区 1 户低保长者',
    projectId: null,
    daysAgo: 24,
  },
  {
    id: 'dsb_jxPoetryBooks',
    amountFen: 60_000,
    purpose: '亲子诗词课堂教材印制',
    recipient: '锦绣香江诗词社',
    projectId: PROJECT.poetry,
    daysAgo: 20,
  },
  {
    id: 'dsb_jxSmartDevices',
    amountFen: 250_000,
    purpose: '长者智能养老体验设备（血压计、一键呼叫器）',
    recipient: '锦绣香江长者会',
    projectId: PROJECT.microVenture,
    daysAgo: 14,
  },
  {
    id: 'dsb_jxRecitalGoods',
    amountFen: 12_000,
    purpose: '重阳节长者诗词朗诵会物资',
    recipient: '朗诵歌唱艺术协会',
    projectId: null,
    daysAgo: 36,
  },
] as const;

const succeeded = DONATIONS.filter((donation) => donation.status === 'succeeded');

/**
 * Three funds, one per state a widget must show: a `direct` fund with full disclosure, gifts and
 * disbursements; a `platform` fund whose campaign runs on 腾讯公益 (its gifts are made and counted
 * there, so none here); and a fund still without disclosure, which is not offered for donation.
 * A fund's totals are those of its succeeded donations, computed, never typed in.
 */
export async function seedFunds({ tx, now }: SeedContext): Promise<void> {
  const donationRows = DONATIONS.map((donation, i) => {
    const serial = String(i + 1).padStart(4, '0');
    const createdAt = beijingTime(now, -donation.daysAgo, 10 + (i % 10));
    return {
      id: `don_jxDemo${serial}`,
      districtCode: PANYU,
      fundId: FUND.direct,
      needId: donation.needId ?? null,
      amountFen: donation.amountFen,
      status: donation.status,
      channel: donation.channel,
      reference: `DEMO-JX-${serial}`,
      donorName: donation.anonymous ? null : (donation.name ?? null),
      donorMobile: donation.mobileSerial ? demoMobile(donation.mobileSerial) : null,
      anonymous: donation.anonymous ?? false,
      publishName: donation.publishName ?? !donation.anonymous,
      receipt: donation.receipt ?? null,
      consentVersion: DEMO_POLICY_VERSION,
      providerReference: donation.status === 'succeeded' ? `DEMO-BANK-${serial}` : null,
      createdAt,
      // Offline pledges are confirmed when the money arrives a day later; online ones at once.
      confirmedAt:
        donation.status === 'succeeded'
          ? new Date(createdAt.getTime() + (donation.channel === 'offline' ? 86_400_000 : 60_000))
          : null,
    };
  });
  // The direct fund last moved when its latest gift was confirmed.
  const lastConfirmed = Math.max(...donationRows.map((row) => row.confirmedAt?.getTime() ?? 0));
  await tx.insert(funds).values([
    {
      id: FUND.direct,
      districtCode: PANYU,
      name: '锦绣香江社区慈善基金',
      description:
        '由广州市番禺区慈善会设立的社区慈善基金，用于社区长者关爱、困难家庭帮扶、微心愿和社区微创投项目。捐赠可申请捐赠票据。（演示数据）',
      streetCode: NANCUN,
      communityCode: JINXIU,
      mode: 'direct',
      targetFen: 5_000_000,
      raisedFen: succeeded.reduce((sum, donation) => sum + donation.amountFen, 0),
      donorCount: succeeded.length,
      disbursedFen: DISBURSEMENTS.reduce((sum, disbursement) => sum + disbursement.amountFen, 0),
      disclosure: DISCLOSURE,
      holderOrganizationId: CHARITY.id,
      updatedAt: new Date(lastConfirmed),
    },
    {
      id: FUND.platform,
      districtCode: PANYU,
      name: '南村镇“五社联动”社区基金',
      description:
        '在民政部指定的互联网公开募捐信息平台（腾讯公益）开展募捐，支持南村镇社区社会组织的微创投项目。请前往平台页面捐赠。（演示数据）',
      streetCode: NANCUN,
      mode: 'platform',
      targetFen: 30_000_000,
      disclosure: { ...DISCLOSURE, filingNumber: `${CHARITY.creditCode}-A2026-002${DEMO_MARK}` },
      holderOrganizationId: CHARITY.id,
      platformName: '腾讯公益',
      platformUrl: 'https://gongyi.example.org/campaigns/panyu-nancun-wushe-demo',
      updatedAt: beijingTime(now, -5, 9),
    },
    {
      id: FUND.undisclosed,
      districtCode: PANYU,
      name: '先锋社区邻里互助基金（筹备中）',
      description: '募捐方案尚在备案，信息公开完成前暂不接受捐赠。（演示数据）',
      streetCode: '440113001',
      communityCode: '440113001001',
      mode: 'direct',
      targetFen: 2_000_000,
      disclosure: null,
      updatedAt: beijingTime(now, -3, 9),
    },
  ]);

  await tx.insert(donations).values(donationRows);

  await tx.insert(disbursements).values(
    DISBURSEMENTS.map(({ daysAgo, ...disbursement }) => ({
      ...disbursement,
      fundId: FUND.direct,
      paidAt: beijingTime(now, -daysAgo, 15),
    })),
  );
}
