import type { ProjectKind, ProjectStatus } from '@wushe/schema';
import { projects, projectUpdates } from '../../db/tables/index.js';
import { CHANGNING, JINXIU, PANYU } from './divisions.js';
import { ORG } from './organizations.js';
import { beijingDate, beijingTime, type SeedContext } from './support.js';

/**
 * Fixed ids. `main` is the survey subject with many responses; `microVenture` the one with too
 * few to publish. `prj_Wd5Ha2Jr7N` is the subject the contract's request examples rate.
 * `quietCanteen` has published nothing for 200 days: quiet, its fund refuses to pay it.
 */
export const PROJECT = {
  main: 'prj_Wd5Ha2Jr7N',
  microVenture: 'prj_jxSmartElderCare',
  ecosystem: 'prj_pyEcosystem',
  poetry: 'prj_jxPoetryHeritage',
  carers: 'prj_hnCarersRespite',
  courtyard: 'prj_jxCourtyardGarden',
  quietCanteen: 'prj_ncQuietCanteen',
  changning: 'prj_cnYixiaoYilao',
  changningVenture: 'prj_cnOldPartnersVenture',
  changningMicro: 'prj_cnFahuaMicro',
  changningBuilding: 'prj_cnYuyuanBuilding',
} as const;

const NANCUN_VILLAGE = '440113104002';
const FANYU_ROAD = '310105002001';
const FAHUA = '310105002002';
const YUYUAN_ROAD = '310105003001';

interface ProjectSeed {
  readonly id: string;
  readonly districtCode: string;
  readonly title: string;
  readonly kind: ProjectKind;
  readonly organizationId: string;
  readonly needIds?: readonly string[];
  readonly communityCodes: readonly string[];
  readonly budgetFen: number;
  readonly fundId?: string;
  readonly socialWorkerIds?: readonly string[];
  /** Start and end, in days from the seed. */
  readonly startsInDays: number;
  readonly endsInDays?: number;
  readonly status: ProjectStatus;
  /** Public progress updates: days from the seed, and what was reported. */
  readonly updates?: readonly (readonly [number, string])[];
}

/**
 * Needs turned into funded projects by the four routes of SPEC §11 in both districts: 政府购买服务,
 * 公益创投, the 社区微创投 (the 2019 reply: 30 万 of community funds behind 32 micro projects, about
 * 1 万 each) and 社区营造.
 */
const PROJECTS: readonly ProjectSeed[] = [
  {
    id: PROJECT.main,
    districtCode: PANYU,
    title: '南村镇社工站“一老一小”关爱服务',
    kind: 'government_purchase',
    organizationId: ORG.socialWork,
    communityCodes: [JINXIU, NANCUN_VILLAGE],
    socialWorkerIds: ['sw_pyChenJiaxin', 'sw_pyLiangZhihao'],
    budgetFen: 48_000_000,
    startsInDays: -200,
    endsInDays: 165,
    status: 'in_progress',
    updates: [
      [-150, '完成锦绣香江、南村村 86 户独居长者入户评估，建立关爱档案。'],
      [-60, '“四点半课堂”开班，每周四次为 32 名儿童提供课后托管与作业辅导。'],
      [-12, '重阳节组织长者健康讲座与义诊，服务 120 人次。'],
    ],
  },
  {
    id: PROJECT.microVenture,
    districtCode: PANYU,
    title: '锦绣香江长者智能养老体验',
    kind: 'micro_venture',
    organizationId: ORG.elders,
    communityCodes: [JINXIU],
    budgetFen: 900_000,
    fundId: 'fund_Nc4Ps8Yd2M',
    startsInDays: -60,
    endsInDays: 30,
    status: 'in_progress',
    updates: [[-15, '血压计、一键呼叫器到位，首批 20 位长者完成使用培训。']],
  },
  {
    id: PROJECT.ecosystem,
    districtCode: PANYU,
    title: '“五社联动”公益生态圈建设项目',
    kind: 'venture',
    organizationId: ORG.federation,
    communityCodes: [],
    budgetFen: 30_000_000,
    startsInDays: -300,
    endsInDays: 65,
    status: 'in_progress',
    updates: [[-40, '完成 16 个村居的社区社会组织培育辅导，新备案组织 9 家。']],
  },
  {
    id: PROJECT.poetry,
    districtCode: PANYU,
    title: '亲子诗词传承课堂',
    kind: 'micro_venture',
    organizationId: ORG.poetry,
    communityCodes: [JINXIU],
    budgetFen: 800_000,
    fundId: 'fund_Nc4Ps8Yd2M',
    startsInDays: -150,
    endsInDays: -20,
    status: 'completed',
    updates: [
      [-100, '第一期 12 组亲子家庭结业。'],
      [-22, '结项展演在社区广场举行，居民评价见满意度结果。'],
    ],
  },
  {
    id: PROJECT.carers,
    districtCode: PANYU,
    title: '照顾者喘息与情绪支持小组',
    kind: 'venture',
    organizationId: ORG.socialWork,
    needIds: ['need_hnCarers'],
    communityCodes: ['440113104003'],
    budgetFen: 2_500_000,
    startsInDays: 20,
    status: 'approved',
  },
  {
    id: PROJECT.courtyard,
    districtCode: PANYU,
    title: '锦绣香江“共享小院”社区营造',
    kind: 'community_building',
    organizationId: ORG.jinxiuCouncil,
    communityCodes: [JINXIU],
    budgetFen: 1_500_000,
    startsInDays: 45,
    status: 'proposed',
  },
  {
    id: PROJECT.quietCanteen,
    districtCode: PANYU,
    title: '南村长者饭堂志愿送餐',
    kind: 'micro_venture',
    organizationId: ORG.nancunFederation,
    communityCodes: [NANCUN_VILLAGE],
    budgetFen: 1_000_000,
    fundId: 'fund_Nc4Ps8Yd2M',
    startsInDays: -400,
    endsInDays: 60,
    status: 'in_progress',
    updates: [[-200, '送餐志愿队组建完成，每日为 18 位长者送餐。']],
  },
  {
    id: PROJECT.changning,
    districtCode: CHANGNING,
    title: '新华路街道关爱“一小一老”社工服务',
    kind: 'government_purchase',
    organizationId: ORG.changningSocialWork,
    communityCodes: [FANYU_ROAD, FAHUA],
    socialWorkerIds: ['sw_cnZhouMin'],
    budgetFen: 36_000_000,
    startsInDays: -120,
    endsInDays: 245,
    status: 'in_progress',
    updates: [[-30, '番禺路、法华两个居委共开展助老服务 460 人次。']],
  },
  {
    id: PROJECT.changningVenture,
    districtCode: CHANGNING,
    title: '老伙伴互助：低龄长者结对高龄长者',
    kind: 'venture',
    organizationId: ORG.changningElders,
    communityCodes: [FANYU_ROAD],
    budgetFen: 6_000_000,
    startsInDays: -90,
    endsInDays: 275,
    status: 'in_progress',
    updates: [[-10, '结对 45 对，每周电话问候与上门探访。']],
  },
  {
    id: PROJECT.changningMicro,
    districtCode: CHANGNING,
    title: '法华居委楼道议事微更新',
    kind: 'micro_venture',
    organizationId: ORG.changningCouncil,
    communityCodes: [FAHUA],
    budgetFen: 800_000,
    startsInDays: -200,
    endsInDays: -10,
    status: 'completed',
    updates: [[-12, '12 个楼道完成议事与微更新，居民满意度调查进行中。']],
  },
  {
    id: PROJECT.changningBuilding,
    districtCode: CHANGNING,
    title: '愚园路“一小一老”友好街区营造',
    kind: 'community_building',
    organizationId: ORG.changningCare,
    communityCodes: [YUYUAN_ROAD],
    budgetFen: 2_000_000,
    startsInDays: 30,
    status: 'approved',
  },
];

/** A community's street: the first nine digits of its code. */
const streetOf = (community: string) => community.slice(0, 9);

export async function seedProjects({ tx, now }: SeedContext): Promise<void> {
  const dayFromNow = (days: number) => beijingDate(beijingTime(now, days, 12));
  const lastReport = (project: ProjectSeed) => {
    const last = project.updates?.at(-1);
    return last ? beijingTime(now, last[0], 18) : null;
  };
  await tx.insert(projects).values(
    PROJECTS.map((project) => ({
      id: project.id,
      districtCode: project.districtCode,
      title: project.title,
      kind: project.kind,
      organizationId: project.organizationId,
      needId: project.needIds?.[0] ?? null,
      needIds: [...(project.needIds ?? [])],
      communityCode: project.communityCodes[0] ?? null,
      communityCodes: [...project.communityCodes],
      streetCodes: [...new Set(project.communityCodes.map(streetOf))],
      socialWorkerIds: [...(project.socialWorkerIds ?? [])],
      fundId: project.fundId ?? null,
      budgetFen: project.budgetFen,
      startsOn: dayFromNow(project.startsInDays),
      endsOn: project.endsInDays === undefined ? null : dayFromNow(project.endsInDays),
      status: project.status,
      lastReportedAt: lastReport(project),
      // Entered two weeks before it starts (or before today, for one not started): the index
      // counts the projects that existed by the end of its period.
      createdAt: beijingTime(now, Math.min(project.startsInDays, 0) - 14, 10),
    })),
  );
  const updates = PROJECTS.flatMap((project) =>
    (project.updates ?? []).map(([days, body], index) => ({
      id: `pup_${project.id.slice(4)}${index + 1}`,
      projectId: project.id,
      body,
      role: 'org_member',
      createdAt: beijingTime(now, days, 18),
    })),
  );
  await tx.insert(projectUpdates).values(updates);
}
