import type { ProjectKind, ProjectStatus } from '@wushe/schema';
import { projects } from '../../db/tables/index.js';
import { CHANGNING, JINXIU, PANYU } from './divisions.js';
import { ORG } from './organizations.js';
import { beijingDate, beijingTime, type SeedContext } from './support.js';

/**
 * Fixed ids. `main` is the survey subject with many responses; `microVenture` the one with too
 * few to publish. `prj_Wd5Ha2Jr7N` is the subject the contract's request examples rate.
 */
export const PROJECT = {
  main: 'prj_Wd5Ha2Jr7N',
  microVenture: 'prj_jxSmartElderCare',
  ecosystem: 'prj_pyEcosystem',
  poetry: 'prj_jxPoetryHeritage',
  carers: 'prj_hnCarersRespite',
  changning: 'prj_cnYixiaoYilao',
} as const;

interface ProjectSeed {
  readonly id: string;
  readonly districtCode: string;
  readonly name: string;
  readonly kind: ProjectKind;
  readonly organizationId: string;
  readonly needId?: string;
  readonly communityCode?: string;
  readonly budgetFen: number;
  /** Start and end, in days from the seed. */
  readonly startsInDays: number;
  readonly endsInDays?: number;
  readonly status: ProjectStatus;
}

/**
 * Needs turned into funded projects by the three routes the seeds name: 政府购买服务, 公益创投 and
 * the 社区微创投 (the 2019 reply: 30 万 of community funds behind 32 micro projects, about 1 万 each).
 */
const PROJECTS: readonly ProjectSeed[] = [
  {
    id: PROJECT.main,
    districtCode: PANYU,
    name: '南村镇社工站“一老一小”关爱服务',
    kind: 'government_purchase',
    organizationId: ORG.socialWork,
    communityCode: JINXIU,
    budgetFen: 48_000_000,
    startsInDays: -200,
    endsInDays: 165,
    status: 'active',
  },
  {
    id: PROJECT.microVenture,
    districtCode: PANYU,
    name: '锦绣香江长者智能养老体验',
    kind: 'micro_venture',
    organizationId: ORG.elders,
    communityCode: JINXIU,
    budgetFen: 900_000,
    startsInDays: -60,
    endsInDays: 30,
    status: 'active',
  },
  {
    id: PROJECT.ecosystem,
    districtCode: PANYU,
    name: '“五社联动”公益生态圈建设项目',
    kind: 'venture',
    organizationId: ORG.federation,
    budgetFen: 30_000_000,
    startsInDays: -300,
    endsInDays: 65,
    status: 'active',
  },
  {
    id: PROJECT.poetry,
    districtCode: PANYU,
    name: '亲子诗词传承课堂',
    kind: 'micro_venture',
    organizationId: ORG.poetry,
    communityCode: JINXIU,
    budgetFen: 800_000,
    startsInDays: -150,
    endsInDays: -20,
    status: 'completed',
  },
  {
    id: PROJECT.carers,
    districtCode: PANYU,
    name: '照顾者喘息与情绪支持小组',
    kind: 'venture',
    organizationId: ORG.socialWork,
    needId: 'need_hnCarers',
    communityCode: '440113104003',
    budgetFen: 2_500_000,
    startsInDays: 20,
    status: 'planned',
  },
  {
    id: PROJECT.changning,
    districtCode: CHANGNING,
    name: '新华路街道关爱“一小一老”社工服务',
    kind: 'government_purchase',
    organizationId: ORG.changningSocialWork,
    communityCode: '310105002001',
    budgetFen: 36_000_000,
    startsInDays: -120,
    endsInDays: 245,
    status: 'active',
  },
];

export async function seedProjects({ tx, now }: SeedContext): Promise<void> {
  const dayFromNow = (days: number) => beijingDate(beijingTime(now, days, 12));
  await tx.insert(projects).values(
    PROJECTS.map((project) => ({
      id: project.id,
      districtCode: project.districtCode,
      title: project.name,
      kind: project.kind,
      organizationId: project.organizationId,
      needId: project.needId ?? null,
      communityCode: project.communityCode ?? null,
      budgetFen: project.budgetFen,
      startsOn: dayFromNow(project.startsInDays),
      endsOn: project.endsInDays === undefined ? null : dayFromNow(project.endsInDays),
      status: project.status,
    })),
  );
}
