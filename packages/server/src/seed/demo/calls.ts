import type { CallKind, Criterion } from '@wushe/schema';
import { calls, callVotes, proposals, proposalScores } from '../../db/tables/index.js';
import { rankProposals } from '../../services/calls/ranking.js';
import { CHANGNING, JINXIU, NANCUN, PANYU } from './divisions.js';
import { ORG } from './organizations.js';
import { PROJECT } from './projects.js';
import { beijingTime, type SeedContext } from './support.js';

/** Fixed ids: the demo reviewer (`panyu.reviewer`) is scoped to the open call. */
export const CALL = {
  open: 'call_pyMicroVenture2026',
  closed: 'call_pyVenture2026',
  changning: 'call_cnXinhuaVenture2026',
} as const;

/** Changning's example rubric (需求调研 30, 项目设计 40, 预期成效 30), each scored out of 10. */
const RUBRIC: Criterion[] = [
  { id: 'research', name: '需求调研', weight: 30, maxScore: 10 },
  { id: 'design', name: '项目设计', weight: 40, maxScore: 10 },
  { id: 'impact', name: '预期成效', weight: 30, maxScore: 10 },
];

interface ProposalSeed {
  readonly id: string;
  readonly organizationId: string;
  readonly title: string;
  readonly summary: string;
  readonly communityCodes: readonly string[];
  readonly budgetFen: number;
  readonly daysAgo: number;
  /** Each reviewer's scores: research, design, impact. */
  readonly reviews?: readonly (readonly [number, number, number])[];
  readonly votes?: number;
  readonly projectId?: string;
}

interface CallSeed {
  readonly id: string;
  /** The district and the street (or district) that opens it: 番禺 and 南村镇 when not given. */
  readonly districtCode?: string;
  readonly divisionCode?: string;
  readonly title: string;
  readonly kind: CallKind;
  readonly budgetFen: number;
  /** Proposals close this many days from the seed (negative: past). */
  readonly closesInDays: number;
  readonly closed: boolean;
  readonly proposals: readonly ProposalSeed[];
}

const NANCUN_VILLAGE = '440113104002';
/** 长宁区新华路街道 and two of its 居委会. */
const XINHUA = '310105002';
const FANYU_ROAD = '310105002001';
const FAHUA = '310105002002';

/**
 * 南村镇's calls (Panyu's model: 微创投 from community funds through its 三级枢纽): this year's
 * 社区微创投, open, with three proposals residents may vote on; last year's 公益创投, closed and
 * ranked by the default blend, its winner the 五社联动 ecosystem project. And 长宁's: 新华路街道's
 * 社区公益创投, open, after the district's 2023 plan (公益创投 for projects that meet residents'
 * "急难愁困", 关爱"一小一老"), with proposals of its 社区社会组织 and 社工 agency.
 */
const CALLS: readonly CallSeed[] = [
  {
    id: CALL.open,
    title: '2026 年南村镇社区微创投',
    kind: 'micro_venture',
    budgetFen: 30_000_000,
    closesInDays: 20,
    closed: false,
    proposals: [
      {
        id: 'prp_jxEldersLunch',
        organizationId: ORG.elders,
        title: '长者午间食堂志愿送餐',
        summary: '为锦绣香江 40 户独居长者每周送餐三次，志愿者同时上门探访。',
        communityCodes: [JINXIU],
        budgetFen: 1_000_000,
        daysAgo: 6,
      },
      {
        id: 'prp_jxPoetryKids',
        organizationId: ORG.poetry,
        title: '亲子诗词传承课堂（第二期）',
        summary: '延续第一期好评，为 20 组亲子家庭开设周末诗词课堂与社区展演。',
        communityCodes: [JINXIU],
        budgetFen: 800_000,
        daysAgo: 4,
      },
      {
        id: 'prp_ncvRepairs',
        organizationId: ORG.jinxiuVolunteers,
        title: '困难家庭适老化小改造',
        summary: '为锦绣香江、南村村 15 户困难长者家庭加装扶手、防滑垫和夜灯。',
        communityCodes: [JINXIU, NANCUN_VILLAGE],
        budgetFen: 1_200_000,
        daysAgo: 2,
      },
    ],
  },
  {
    id: CALL.changning,
    districtCode: CHANGNING,
    divisionCode: XINHUA,
    title: '2026 年新华路街道社区公益创投',
    kind: 'venture',
    budgetFen: 20_000_000,
    closesInDays: 25,
    closed: false,
    proposals: [
      {
        id: 'prp_cnOldPartnersMeals',
        organizationId: ORG.changningElders,
        title: '老伙伴助餐：低龄长者为高龄独居长者送餐',
        summary: '番禺路居委 30 位低龄长者结对高龄独居长者，每周送餐三次并电话问候。',
        communityCodes: [FANYU_ROAD],
        budgetFen: 1_500_000,
        daysAgo: 8,
      },
      {
        id: 'prp_cnFahuaStairs',
        organizationId: ORG.changningCouncil,
        title: '法华居委老旧楼道加装扶手议事',
        summary: '居民议事确定 20 个楼道的扶手与夜灯方案，由志愿者协助施工与回访。',
        communityCodes: [FAHUA],
        budgetFen: 1_200_000,
        daysAgo: 5,
      },
      {
        id: 'prp_cnMulinYixiaoYilao',
        organizationId: ORG.changningSocialWork,
        title: '关爱“一小一老”：课后陪伴与长者探访',
        summary: '社工带领志愿者为双职工家庭儿童提供课后陪伴，并组织孩子探访独居长者。',
        communityCodes: [FANYU_ROAD, FAHUA],
        budgetFen: 2_800_000,
        daysAgo: 3,
      },
    ],
  },
  {
    id: CALL.closed,
    title: '2025 年南村镇公益创投',
    kind: 'venture',
    budgetFen: 50_000_000,
    closesInDays: -330,
    closed: true,
    proposals: [
      {
        id: 'prp_pyEcosystem',
        organizationId: ORG.federation,
        title: '“五社联动”公益生态圈建设项目',
        summary: '培育村居社区社会组织，搭建社区基金与志愿服务的对接平台。',
        communityCodes: [JINXIU, NANCUN_VILLAGE],
        budgetFen: 30_000_000,
        daysAgo: 360,
        reviews: [
          [9, 8, 8],
          [8, 9, 8],
        ],
        votes: 46,
        projectId: PROJECT.ecosystem,
      },
      {
        id: 'prp_pyCarersVenture',
        organizationId: ORG.socialWork,
        title: '照顾者喘息服务',
        summary: '为长期照顾失能家人的居民提供喘息照护和情绪支持小组。',
        communityCodes: [JINXIU],
        budgetFen: 2_500_000,
        daysAgo: 355,
        reviews: [
          [8, 8, 7],
          [7, 8, 8],
        ],
        votes: 61,
      },
      {
        id: 'prp_xfChoirVenture',
        organizationId: ORG.xianfengChoir,
        title: '长者合唱进社区',
        summary: '星光长者合唱团走进各村居演出，带动长者参与社区文化活动。',
        communityCodes: ['440113001001'],
        budgetFen: 600_000,
        daysAgo: 350,
        reviews: [
          [6, 6, 7],
          [7, 6, 6],
        ],
        votes: 93,
      },
    ],
  },
];

const CRITERIA = RUBRIC.map((criterion) => criterion.id);
const scoresOf = (review: readonly number[]) =>
  Object.fromEntries(CRITERIA.map((id, index) => [id, review[index]!]));

export async function seedCalls({ tx, now }: SeedContext): Promise<void> {
  for (const call of CALLS) {
    const createdAt = beijingTime(now, -Math.max(...call.proposals.map((p) => p.daysAgo)) - 7, 9);
    const closesAt = beijingTime(now, call.closesInDays, 18);
    const entries = call.proposals.map((proposal) => ({
      id: proposal.id,
      createdAt: beijingTime(now, -proposal.daysAgo, 10),
      votes: proposal.votes ?? 0,
      reviews: (proposal.reviews ?? []).map(scoresOf),
    }));
    const ranking = call.closed ? rankProposals(RUBRIC, { reviewers: 70, votes: 30 }, entries) : [];
    await tx.insert(calls).values({
      id: call.id,
      districtCode: call.districtCode ?? PANYU,
      divisionCode: call.divisionCode ?? NANCUN,
      title: call.title,
      kind: call.kind,
      budgetFen: call.budgetFen,
      opensAt: createdAt,
      proposalsCloseAt: closesAt,
      needCategories: ['elderly_care', 'child_welfare', 'culture_sports', 'social_assistance'],
      rubric: RUBRIC,
      reviewerWeight: 70,
      voteWeight: 30,
      status: call.closed ? 'closed' : 'open',
      createdAt,
      closedAt: call.closed ? beijingTime(now, call.closesInDays + 10, 17) : null,
    });
    await tx.insert(proposals).values(
      call.proposals.map((proposal, index) => {
        const result = ranking.find((entry) => entry.id === proposal.id);
        return {
          id: proposal.id,
          callId: call.id,
          organizationId: proposal.organizationId,
          title: proposal.title,
          summary: proposal.summary,
          communityCodes: [...proposal.communityCodes],
          streetCodes: [...new Set(proposal.communityCodes.map((code) => code.slice(0, 9)))],
          budgetFen: proposal.budgetFen,
          result: result
            ? {
                rank: result.rank,
                votes: result.votes,
                voteShare: result.voteShare,
                reviewerScore: result.reviewerScore,
                blendedScore: result.blendedScore,
              }
            : null,
          projectId: proposal.projectId ?? null,
          createdAt: entries[index]!.createdAt,
        };
      }),
    );
    const reviews = call.proposals.flatMap((proposal) =>
      (proposal.reviews ?? []).map((review, reviewer) => ({
        proposalId: proposal.id,
        callId: call.id,
        accountId: `acc_seedReviewer${reviewer + 1}`,
        scores: scoresOf(review),
        createdAt: closesAt,
      })),
    );
    if (reviews.length > 0) await tx.insert(proposalScores).values(reviews);
    const votes = call.proposals.flatMap((proposal) =>
      Array.from({ length: proposal.votes ?? 0 }, (_, n) => ({
        callId: call.id,
        proposalId: proposal.id,
        // Seeded households: hashes no respondent token can produce (they are not hex).
        respondentHash: `seed-household-${proposal.id}-${n}`,
        createdAt: closesAt,
      })),
    );
    if (votes.length > 0) await tx.insert(callVotes).values(votes);
  }
}
