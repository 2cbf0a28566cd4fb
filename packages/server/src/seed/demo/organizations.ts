import { organizations, socialWorkers } from '../../db/tables/index.js';
import type { OrganizationCategory, OrganizationKind } from '@wushe/schema';
import { CHANGNING, JINXIU, NANCUN, PANYU, streetOf } from './divisions.js';
import { demoCreditCode, type SeedContext } from './support.js';

/** Fixed ids, so funds, projects, activities and claims can name the organizations they involve. */
export const ORG = {
  federation: 'org_pyFederation',
  charity: 'org_pyCharityAssoc',
  foundation: 'org_pyNancunFoundation',
  socialWork: 'org_pyHeyueSocialWork',
  enterprise: 'org_pyLinliHui',
  nancunFederation: 'org_ncFederation',
  elders: 'org_jxElders',
  recitation: 'org_jxRecitation',
  poetry: 'org_jxPoetry',
  jinxiuVolunteers: 'org_jxVolunteers',
  jinxiuCouncil: 'org_jxCouncil',
  jinxiuPatrol: 'org_jxPatrol',
  xianfengChoir: 'org_xfStarChoir',
  suishiStudents: 'org_ssStudents',
  qifuSorting: 'org_qfSorting',
  nancunVillageCouncil: 'org_ncvCouncil',
  changningFoundation: 'org_cnXinhuaFoundation',
  changningSocialWork: 'org_cnMulinSocialWork',
  changningElders: 'org_cnOldPartners',
  changningCouncil: 'org_cnFahuaCouncil',
  changningCare: 'org_cnYixiaoYilao',
} as const;

/** The charity organization that holds the demo's funds, with its real-shaped credit code. */
export const CHARITY = {
  id: ORG.charity,
  name: '广州市番禺区慈善会',
  creditCode: demoCreditCode('51', PANYU, 'MJK100018'),
} as const;

interface OrganizationSeed {
  readonly id: string;
  readonly districtCode: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly category?: OrganizationCategory;
  /** Registered ones carry a credit code; filed (备案) community groups have none. */
  readonly creditCode?: string;
  /** Where it works: a community (its street follows), a street, or the whole district. */
  readonly communityCode?: string;
  readonly streetCode?: string;
  readonly description: string;
  readonly publicFundraising?: boolean;
}

/**
 * The organizations of the five societies. Names come from the seeds where they name one (番禺区
 * 社会组织联合会, 锦绣香江长者会, 朗诵歌唱艺术协会, 锦绣香江诗词社, 镇街社区社会组织联合会); the
 * others are made up in their style. Every kind and every one of the five categories appears.
 */
const ORGANIZATIONS: readonly OrganizationSeed[] = [
  {
    id: ORG.federation,
    districtCode: PANYU,
    name: '广州市番禺区社会组织联合会',
    kind: 'community_social_org',
    category: 'affairs',
    creditCode: demoCreditCode('51', PANYU, 'MJK100026'),
    description:
      '区级枢纽型社会组织（区社联会），统筹“五社联动”公益生态圈建设项目，2016 年起在村（居）试点党建引领“五社联动”。',
  },
  {
    id: ORG.charity,
    districtCode: PANYU,
    name: CHARITY.name,
    kind: 'charity_org',
    creditCode: CHARITY.creditCode,
    description: '具有公开募捐资格的慈善组织，设立并管理各社区慈善基金。',
    publicFundraising: true,
  },
  {
    id: ORG.foundation,
    districtCode: PANYU,
    name: '广州市番禺区南村社区公益基金会',
    kind: 'foundation',
    creditCode: demoCreditCode('53', PANYU, 'MJK100034'),
    streetCode: NANCUN,
    description: '由辖内企业、商会和个体户发起的社区基金会，资助社区社会组织开展微创投项目。',
  },
  {
    id: ORG.socialWork,
    districtCode: PANYU,
    name: '广州市番禺区和悦社会工作服务中心',
    kind: 'social_work_agency',
    creditCode: demoCreditCode('52', PANYU, 'MJK100042'),
    description: '承接镇街社工站服务，为长者、儿童、残疾人和困难家庭提供专业社会工作服务。',
  },
  {
    id: ORG.enterprise,
    districtCode: PANYU,
    name: '广州市番禺区邻里惠社区服务有限公司',
    kind: 'community_enterprise',
    creditCode: demoCreditCode('91', PANYU, 'MA5D10057'),
    communityCode: JINXIU,
    description: '社区企业：经营社区便民维修与长者助餐，部分收益注入社区基金，反哺社区治理。',
  },
  {
    id: ORG.nancunFederation,
    districtCode: PANYU,
    name: '广州市番禺区南村镇社区社会组织联合会',
    kind: 'community_social_org',
    category: 'affairs',
    creditCode: demoCreditCode('51', PANYU, 'MJK100069'),
    streetCode: NANCUN,
    description: '镇街枢纽平台，联系、服务南村镇的社区社会组织，运营南村镇社会组织培育基地。',
  },
  {
    id: ORG.elders,
    districtCode: PANYU,
    name: '锦绣香江长者会',
    kind: 'community_social_org',
    category: 'service',
    communityCode: JINXIU,
    description: '社区长者自组织，开展邻里探访、智能养老体验和长者互助活动。',
  },
  {
    id: ORG.recitation,
    districtCode: PANYU,
    name: '朗诵歌唱艺术协会',
    kind: 'community_social_org',
    category: 'culture',
    communityCode: JINXIU,
    description: '居民朗诵与合唱团体，参与社区公益微创投，在节庆为长者义演。',
  },
  {
    id: ORG.poetry,
    districtCode: PANYU,
    name: '锦绣香江诗词社',
    kind: 'community_social_org',
    category: 'culture',
    communityCode: JINXIU,
    description: '诗词爱好者社团，开设亲子诗词课堂，传承岭南诗词文化。',
  },
  {
    id: ORG.jinxiuVolunteers,
    districtCode: PANYU,
    name: '锦绣香江爱心义工队',
    kind: 'community_social_org',
    category: 'charity',
    communityCode: JINXIU,
    description: '“家门口”的志愿服务队，承接微心愿认领、困难家庭帮扶和义剪义修。',
  },
  {
    id: ORG.jinxiuCouncil,
    districtCode: PANYU,
    name: '锦绣香江居民议事会',
    kind: 'community_social_org',
    category: 'deliberation',
    communityCode: JINXIU,
    description: '由居民代表、楼栋长和业委会成员组成，协商加装电梯、楼道整治等社区事务。',
  },
  {
    id: ORG.jinxiuPatrol,
    districtCode: PANYU,
    name: '锦绣香江平安巡逻队',
    kind: 'community_social_org',
    category: 'affairs',
    communityCode: JINXIU,
    description: '参与平安创建、消防隐患排查和防诈骗宣传的居民队伍。',
  },
  {
    id: ORG.xianfengChoir,
    districtCode: PANYU,
    name: '先锋社区星光长者合唱团',
    kind: 'community_social_org',
    category: 'culture',
    communityCode: '440113001001',
    description: '在星光老年人之家活动的长者合唱团。',
  },
  {
    id: ORG.suishiStudents,
    districtCode: PANYU,
    name: '穗石村大学城青年志愿服务队',
    kind: 'community_social_org',
    category: 'charity',
    communityCode: '440113006001',
    description: '大学城学生志愿者，为村内留守儿童和外来务工家庭子女提供课业辅导。',
  },
  {
    id: ORG.qifuSorting,
    districtCode: PANYU,
    name: '祈福新邨垃圾分类督导队',
    kind: 'community_social_org',
    category: 'service',
    communityCode: '440113011001',
    description: '在定时定点投放点轮值督导，推动垃圾分类。',
  },
  {
    id: ORG.nancunVillageCouncil,
    districtCode: PANYU,
    name: '南村村村民议事会',
    kind: 'community_social_org',
    category: 'deliberation',
    communityCode: '440113104002',
    description: '村民协商村内公共事务的议事平台。',
  },
  {
    id: ORG.changningFoundation,
    districtCode: CHANGNING,
    name: '上海市长宁区新华社区基金会',
    kind: 'foundation',
    creditCode: demoCreditCode('53', CHANGNING, 'MJB200015'),
    streetCode: '310105002',
    description: '依托社区基金会设立社区专项基金，盘活社区公益慈善资源。',
  },
  {
    id: ORG.changningSocialWork,
    districtCode: CHANGNING,
    name: '上海市长宁区睦邻社会工作服务社',
    kind: 'social_work_agency',
    creditCode: demoCreditCode('52', CHANGNING, 'MJB200023'),
    description: '运营“1+10+N”社工站，开展关爱“一小一老”社工服务。',
  },
  {
    id: ORG.changningElders,
    districtCode: CHANGNING,
    name: '番禺路老伙伴互助社',
    kind: 'community_social_org',
    category: 'service',
    communityCode: '310105002001',
    description: '低龄老人结对关爱高龄独居老人的互助组织。',
  },
  {
    id: ORG.changningCouncil,
    districtCode: CHANGNING,
    name: '法华睦邻议事会',
    kind: 'community_social_org',
    category: 'deliberation',
    communityCode: '310105002002',
    description: '全过程人民民主实践：居民协商小区微更新与公共空间使用。',
  },
  {
    id: ORG.changningCare,
    districtCode: CHANGNING,
    name: '愚园路“一小一老”关爱志愿团',
    kind: 'community_social_org',
    category: 'charity',
    communityCode: '310105003001',
    description: '为双职工家庭儿童和独居老人提供志愿陪伴。',
  },
];

const SHIQIAO = '440113001';
const XINHUA = '310105002';

/**
 * Social workers of the two agencies, posted to 社工站 and serving the station's street, with
 * every certificate level and none.
 */
const SOCIAL_WORKERS = [
  {
    id: 'sw_pyChenJiaxin',
    organizationId: ORG.socialWork,
    name: '陈嘉欣',
    station: '南村镇社工站',
    districtCode: PANYU,
    streetCode: NANCUN,
    certificateLevel: 'senior_social_worker',
  },
  {
    id: 'sw_pyLiangZhihao',
    organizationId: ORG.socialWork,
    name: '梁志豪',
    station: '南村镇社工站',
    districtCode: PANYU,
    streetCode: NANCUN,
    certificateLevel: 'social_worker',
  },
  {
    id: 'sw_pyHeWanting',
    organizationId: ORG.socialWork,
    name: '何婉婷',
    station: '市桥街道社工站',
    districtCode: PANYU,
    streetCode: SHIQIAO,
    certificateLevel: 'assistant_social_worker',
  },
  {
    id: 'sw_pyLiShaofen',
    organizationId: ORG.socialWork,
    name: '黎少芬',
    station: '南村镇社工站',
    districtCode: PANYU,
    streetCode: NANCUN,
    certificateLevel: null,
  },
  {
    id: 'sw_cnZhouMin',
    organizationId: ORG.changningSocialWork,
    name: '周敏',
    station: '新华路街道社工站',
    districtCode: CHANGNING,
    streetCode: XINHUA,
    certificateLevel: 'social_worker',
  },
  {
    id: 'sw_cnWangLei',
    organizationId: ORG.changningSocialWork,
    name: '王磊',
    station: '新华路街道社工站',
    districtCode: CHANGNING,
    streetCode: XINHUA,
    certificateLevel: 'assistant_social_worker',
  },
] as const;

/** Organizations (with their social workers); created a few months back, as real ones would be. */
export async function seedOrganizations({ tx, now }: SeedContext): Promise<void> {
  const registeredLongAgo = new Date(now.getTime() - 180 * 24 * 3_600_000);
  await tx.insert(organizations).values(
    ORGANIZATIONS.map((org) => ({
      id: org.id,
      districtCode: org.districtCode,
      name: org.name,
      kind: org.kind,
      category: org.category ?? null,
      registration: org.creditCode ? 'registered' : 'filed',
      creditCode: org.creditCode ?? null,
      communityCode: org.communityCode ?? null,
      streetCode: org.communityCode ? streetOf(org.communityCode) : (org.streetCode ?? null),
      description: org.description,
      publicFundraising: org.publicFundraising ?? false,
      createdAt: registeredLongAgo,
    })),
  );
  await tx.insert(socialWorkers).values([...SOCIAL_WORKERS]);
}
