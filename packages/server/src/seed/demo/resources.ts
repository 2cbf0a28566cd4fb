import type { NeedCategory, ResourceStatus, TargetGroup } from '@wushe/schema';
import { resources } from '../../db/tables/index.js';
import { resourceSearchTerms } from '../../services/linkage/resources.js';
import { CHANGNING, JINXIU, PANYU } from './divisions.js';
import { ORG } from './organizations.js';
import { beijingTime, DEMO_MARK, type SeedContext } from './support.js';

/** Fixed ids, so tests and the SDK's recordings can name them. */
export const RESOURCE = {
  eldersMeals: 'res_jxEldersMeals',
  homeworkClub: 'res_pyHomeworkClub',
  carersGroup: 'res_pyCarersGroup',
  repairs: 'res_jxVolunteerRepairs',
  choir: 'res_xfChoirClass',
  paused: 'res_jxPatrolEscort',
  changningPartners: 'res_cnOldPartners',
  changningCounselling: 'res_cnCounselling',
} as const;

interface ResourceSeed {
  readonly id: string;
  readonly districtCode: string;
  readonly organizationId: string;
  readonly title: string;
  readonly description: string;
  readonly category: NeedCategory;
  readonly targetGroups: readonly TargetGroup[];
  readonly communityCodes: readonly string[];
  readonly capacity?: string;
  readonly schedule: string;
  readonly contactName: string;
  readonly status?: ResourceStatus;
  readonly daysAgo: number;
}

const NANCUN_VILLAGE = '440113104002';
const XIANFENG = '440113001001';
const FANYU_ROAD = '310105002001';
const FAHUA = '310105002002';

/**
 * The 资源清单 of both districts (SPEC §11): what the seeds' organizations offer — 锦绣香江's
 * community social organizations, the 南村镇 社工站 (禾悦社工), 长宁's 睦邻社工 and 老伙伴 —
 * listed beside the needs so staff can match them. One is paused, to show it is not public.
 */
const RESOURCES: readonly ResourceSeed[] = [
  {
    id: RESOURCE.eldersMeals,
    districtCode: PANYU,
    organizationId: ORG.elders,
    title: '长者助餐与上门探访',
    description: '为独居、高龄长者每周送餐三次，志愿者上门探访、陪伴聊天，发现困难及时转介社工。',
    category: 'elderly_care',
    targetGroups: ['elders'],
    communityCodes: [JINXIU],
    capacity: '每月 40 户',
    schedule: '每周一、三、五 11:00–13:00',
    contactName: '锦绣香江长者会 陈姑娘',
    daysAgo: 40,
  },
  {
    id: RESOURCE.homeworkClub,
    districtCode: PANYU,
    organizationId: ORG.socialWork,
    title: '“四点半课堂”课后托管',
    description: '南村镇社工站为双职工和困难家庭儿童提供课后托管、作业辅导和阅读陪伴。',
    category: 'child_welfare',
    targetGroups: ['children', 'low_income_families'],
    communityCodes: [JINXIU, NANCUN_VILLAGE],
    capacity: '每期 32 名',
    schedule: '上学日 16:30–18:30',
    contactName: '南村镇社工站',
    daysAgo: 30,
  },
  {
    id: RESOURCE.carersGroup,
    districtCode: PANYU,
    organizationId: ORG.socialWork,
    title: '照顾者喘息服务与心理支持',
    description: '为长期照顾失能家人的居民提供短时喘息照护、情绪疏导小组和个案辅导。',
    category: 'mental_health',
    targetGroups: ['elders', 'people_with_disabilities'],
    communityCodes: [JINXIU, NANCUN_VILLAGE, '440113104003'],
    schedule: '每月第二、四个周六 9:30–11:30',
    contactName: '南村镇社工站',
    daysAgo: 20,
  },
  {
    id: RESOURCE.repairs,
    districtCode: PANYU,
    organizationId: ORG.jinxiuVolunteers,
    title: '义工上门维修：水电小修与适老化改造',
    description: '爱心义工队为困难长者和残障居民家中检修电线、更换龙头、加装扶手。',
    category: 'social_assistance',
    targetGroups: ['elders', 'people_with_disabilities', 'low_income_families'],
    communityCodes: [JINXIU],
    capacity: '每月 15 户',
    schedule: '每周六上午，需提前预约',
    contactName: '锦绣香江爱心义工队',
    daysAgo: 12,
  },
  {
    id: RESOURCE.choir,
    districtCode: PANYU,
    organizationId: ORG.xianfengChoir,
    title: '长者合唱兴趣班',
    description: '星光长者合唱团每周排练，欢迎社区长者免费参加，定期参与社区文艺汇演。',
    category: 'culture_sports',
    targetGroups: ['elders'],
    communityCodes: [XIANFENG],
    schedule: '每周二、四 15:00–17:00',
    contactName: '先锋社区星光长者合唱团',
    daysAgo: 8,
  },
  {
    id: RESOURCE.paused,
    districtCode: PANYU,
    organizationId: ORG.jinxiuPatrol,
    title: '夜间陪同回家',
    description: '平安巡逻队为晚归的长者和学生提供夜间陪同回家服务（人手调整中，暂停）。',
    category: 'community_governance',
    targetGroups: ['all_residents'],
    communityCodes: [JINXIU],
    schedule: '每晚 20:00–22:00',
    contactName: '锦绣香江平安巡逻队',
    status: 'paused',
    daysAgo: 60,
  },
  {
    id: RESOURCE.changningPartners,
    districtCode: CHANGNING,
    organizationId: ORG.changningElders,
    title: '老伙伴结对探访',
    description: '低龄长者与高龄独居长者结对，每周电话问候、上门探访，陪同就医。',
    category: 'elderly_care',
    targetGroups: ['elders'],
    communityCodes: [FANYU_ROAD],
    capacity: '结对 50 对',
    schedule: '每周至少一次',
    contactName: '番禺路老伙伴互助社',
    daysAgo: 25,
  },
  {
    id: RESOURCE.changningCounselling,
    districtCode: CHANGNING,
    organizationId: ORG.changningSocialWork,
    title: '家庭心理咨询与亲子辅导',
    description: '睦邻社工为有需要的家庭提供心理咨询、亲子关系辅导和危机干预。',
    category: 'mental_health',
    targetGroups: ['children', 'women', 'all_residents'],
    communityCodes: [FANYU_ROAD, FAHUA],
    schedule: '工作日 9:00–17:00，需预约',
    contactName: '长宁区睦邻社会工作服务社',
    daysAgo: 15,
  },
];

export async function seedResources({ tx, now }: SeedContext): Promise<void> {
  await tx.insert(resources).values(
    RESOURCES.map((resource) => {
      const places = {
        communityCodes: [...resource.communityCodes],
        streetCodes: [...new Set(resource.communityCodes.map((code) => code.slice(0, 9)))],
      };
      const at = beijingTime(now, -resource.daysAgo, 10);
      return {
        id: resource.id,
        districtCode: resource.districtCode,
        organizationId: resource.organizationId,
        title: resource.title,
        description: resource.description,
        category: resource.category,
        targetGroups: [...resource.targetGroups],
        ...places,
        capacity: resource.capacity ?? null,
        schedule: resource.schedule,
        contactName: resource.contactName,
        contactPhone: `020-0000 0000${DEMO_MARK}`,
        status: resource.status ?? 'published',
        searchTerms: resourceSearchTerms(resource, places),
        createdAt: at,
        updatedAt: at,
      };
    }),
  );
}
