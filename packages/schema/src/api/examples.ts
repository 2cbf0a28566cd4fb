import type {
  CreateNeedRequest,
  ClaimNeedRequest,
  ReportNeedRequest,
  UpdateNeedRequest,
} from '../entities/need.js';
import type { RegisterVolunteerRequest } from '../entities/volunteer.js';
import type { RequestResidentCodeRequest, ResidentSignInRequest } from '../entities/resident.js';
import type { UpdateMyVolunteerRequest } from '../entities/resident-data.js';
import type { ActivitySignupRequest } from '../entities/activity.js';
import type { CreateServiceRecordRequest } from '../entities/service-record.js';
import type { ConfirmDonationRequest, CreateDonationRequest } from '../entities/donation.js';
import type { SettleDonationRequest } from '../entities/desk.js';
import type { Question, SurveyResponseRequest } from '../entities/survey.js';
import type {
  CreateDelegatedSessionRequest,
  SetStaffPasswordRequest,
  StaffSignInRequest,
} from '../entities/staff.js';
import type { CreateDivisionRequest, UpdateDivisionRequest } from '../entities/division.js';
import type {
  CreateOrganizationRequest,
  UpdateOrganizationRequest,
} from '../entities/organization.js';
import type {
  CreateSocialWorkerRequest,
  UpdateSocialWorkerRequest,
} from '../entities/social-worker.js';
import type {
  CreateAccountRequest,
  TotpCodeRequest,
  UpdateAccountRequest,
} from '../entities/accounts.js';
import type {
  CreateActivityRequest,
  UpdateActivityRequest,
} from '../entities/activity-requests.js';
import type {
  CreateSurveyRequest,
  CreateSurveyVersionRequest,
  UpdateSurveyRequest,
} from '../entities/survey-requests.js';
import type {
  CreateDisbursementRequest,
  CreateFundRequest,
  UpdateFundRequest,
} from '../entities/fund-admin.js';
import type { CreateKeyRequest } from '../entities/api-key.js';
import type { UpdateSettingsRequest } from '../entities/settings.js';
import type { RecordFollowUpRequest } from '../entities/follow-up.js';
import type {
  CreateRewardRequest,
  RedeemPickupCodeRequest,
  RedeemRewardRequest,
  UpdateRewardRequest,
} from '../entities/rewards.js';
import type { DonatePointsRequest, FamilyTransferRequest } from '../entities/points.js';
import type {
  CreateMatchRequest,
  CreateResourceRequest,
  OrganizationClaimRequest,
  UpdateResourceRequest,
} from '../entities/resource.js';
import type { CreateProjectUpdateRequest, UpdateProjectRequest } from '../entities/project.js';
import type {
  ApproveProposalRequest,
  CreateCallRequest,
  CreateProposalRequest,
  ScoreProposalRequest,
  VoteRequest,
} from '../entities/call.js';
import type { RouteName } from './routes.js';

/**
 * One realistic request body for every route that takes one, from the demo district (番禺区南村镇
 * 锦绣香江社区). The tests round-trip each; the OpenAPI document shows them as examples.
 */
export const requestExamples = {
  createNeed: {
    communityId: '440113104001',
    kind: 'wish',
    category: 'elderly_care',
    title: '为独居长者添置助行器',
    description: '锦绣香江社区一位 82 岁独居长者腿脚不便，希望有一台带座椅的助行器，方便下楼买菜。',
    valueFen: 26_000,
    anonymous: true,
    contact: { name: '陈秀英', mobile: '13812345678' },
    consent: { policyVersion: '2026-01', agreed: true },
  } satisfies CreateNeedRequest,
  claimNeed: {
    claimant: { type: 'organization', name: '锦绣香江长者会', mobile: '13926012345' },
    note: '本周六上午送到长者家中',
    consent: { policyVersion: '2026-01', agreed: true },
  } satisfies ClaimNeedRequest,
  reportNeed: {
    reason: 'spam',
    reporterToken: 'rt_3f9a7c21b4e64d0a',
  } satisfies ReportNeedRequest,
  updateNeed: {
    status: 'open',
    reason: '已电话核实，需求属实',
  } satisfies UpdateNeedRequest,
  signUpForActivity: {
    volunteerId: 'vol_7Hq2Lm9PxA',
    name: '李志强',
    mobile: '13711112222',
    consent: { policyVersion: '2026-01', agreed: true },
  } satisfies ActivitySignupRequest,
  registerVolunteer: {
    name: '李志强',
    mobile: '13711112222',
    idNumber: '440113197001010034',
    communityId: '440113104001',
    skills: ['理发', '维修家电'],
    serviceAreas: ['elderly_care', 'community_governance'],
    availability: ['weekend_daytime'],
    consent: { policyVersion: '2026-01', agreed: true },
  } satisfies RegisterVolunteerRequest,
  createServiceRecord: {
    volunteerId: 'vol_7Hq2Lm9PxA',
    activityId: 'act_Rb8Tz1Kq5W',
    servedOn: '2026-11-14',
    minutes: 150,
    content: '为锦绣香江社区长者义剪',
  } satisfies CreateServiceRecordRequest,
  createDonation: {
    fundId: 'fund_Nc4Ps8Yd2M',
    amountFen: 20_000,
    donor: { name: '黄伟明', anonymous: false, publishName: false, mobile: '13600001111' },
    receipt: { title: '黄伟明' },
    channel: 'offline',
    consent: { policyVersion: '2026-01', agreed: true },
  } satisfies CreateDonationRequest,
  confirmDonation: {
    providerReference: 'BANK-20261122-0042',
    succeeded: true,
  } satisfies ConfirmDonationRequest,
  settleDonation: {
    succeeded: true,
    providerReference: 'BANK-20261206-0107',
  } satisfies SettleDonationRequest,
  respondToSurvey: {
    respondentToken: 'Yk3m9QpL2vX8sT4w',
    subjectId: 'prj_Wd5Ha2Jr7N',
    answers: [
      { questionId: 'overall', value: 5 },
      { questionId: 'recommend', value: 9 },
      { questionId: 'best', value: ['staff', 'timely'] },
      { questionId: 'comment', value: '社工很耐心，服务及时。' },
    ],
  } satisfies SurveyResponseRequest,
  staffSignIn: {
    login: 'chen.xiaohong',
    password: 'Jinxiu-Xiangjiang-2026',
  } satisfies StaffSignInRequest,
  setStaffPassword: {
    setupToken: 'setup_3fK9wQ2mZ7pL1xV8rT4nB6cY',
    password: 'Jinxiu-Xiangjiang-2026',
  } satisfies SetStaffPasswordRequest,
  createDelegatedSession: {
    accountId: 'acc_7Hq2Lm9Xv3Rt8Kp1',
  } satisfies CreateDelegatedSessionRequest,
  createDivision: {
    code: '440113104003',
    name: '南村村村委会',
    parentCode: '440113104',
    kind: 'rural_village',
    population: 6_800,
  } satisfies CreateDivisionRequest,
  updateDivision: { population: 52_000 } satisfies UpdateDivisionRequest,
  createOrganization: {
    name: '锦绣香江社区书画社',
    kind: 'community_social_org',
    category: 'culture',
    registration: 'filed',
    communityId: '440113104001',
    description: '社区长者书法、国画兴趣团队，每周二、四在党群服务中心活动。',
  } satisfies CreateOrganizationRequest,
  updateOrganization: { category: 'charity', active: true } satisfies UpdateOrganizationRequest,
  createSocialWorker: {
    name: '罗嘉怡',
    organizationId: 'org_pyHeyueSocialWork',
    station: '南村镇社工站',
    certificateLevel: 'assistant_social_worker',
    communityId: '440113104001',
  } satisfies CreateSocialWorkerRequest,
  updateSocialWorker: { certificateLevel: 'social_worker' } satisfies UpdateSocialWorkerRequest,
  createAccount: {
    name: '陈晓红',
    login: 'chen.xiaohong',
    roles: [{ role: 'community_staff', scope: '440113104001' }],
    contact: { mobile: '13800138000' },
  } satisfies CreateAccountRequest,
  updateAccount: {
    roles: [
      { role: 'community_staff', scope: '440113104001' },
      { role: 'social_worker', scope: '440113104002' },
    ],
  } satisfies UpdateAccountRequest,
  confirmTotp: { code: '287082' } satisfies TotpCodeRequest,
  disableTotp: { code: '287082' } satisfies TotpCodeRequest,
  createActivity: {
    communityId: '440113104001',
    title: '重阳节长者义剪',
    description: '为锦绣香江社区 70 岁以上长者免费理发，需要会理发的志愿者和引导员。',
    category: 'elderly_care',
    location: '锦绣香江社区服务中心一楼活动室',
    startsAt: '2026-10-29T01:00:00.000Z',
    endsAt: '2026-10-29T04:00:00.000Z',
    capacity: 12,
  } satisfies CreateActivityRequest,
  updateActivity: {
    location: '锦绣香江社区服务中心二楼多功能厅',
    capacity: 15,
  } satisfies UpdateActivityRequest,
  createSurvey: {
    communityId: '440113104001',
    title: '长者饭堂项目满意度评价',
    description: '请为本月长者饭堂的服务打分，您的意见将帮助我们改进。',
    subjectType: 'project',
    questions: [
      { id: 'overall', type: 'rating', prompt: '您对长者饭堂的总体评价', required: true },
      { id: 'comment', type: 'text', prompt: '您还有什么建议？', required: false, maxLength: 500 },
    ],
    resultsPublic: true,
  } satisfies CreateSurveyRequest,
  updateSurvey: {
    title: '长者饭堂项目满意度评价（十二月）',
    open: true,
  } satisfies UpdateSurveyRequest,
  createSurveyVersion: {
    questions: [
      { id: 'overall', type: 'rating', prompt: '您对长者饭堂的总体评价', required: true },
      { id: 'taste', type: 'rating', prompt: '饭菜的口味和软硬合适吗？', required: true },
    ],
  } satisfies CreateSurveyVersionRequest,
  createFund: {
    divisionId: '440113104001',
    name: '锦绣香江社区慈善基金',
    description: '用于社区困难家庭帮扶与长者服务。',
    mode: 'direct',
    targetFen: 5_000_000,
    disclosure: {
      organizationName: '广州市番禺区慈善会',
      creditCode: '53100000500021676K',
      certificateNumber: '粤民慈募证字〔2023〕017号',
      filingNumber: '53440113MJL123456X2026001',
      contact: '020-84800000',
      lookupUrl: 'https://cszg.mca.gov.cn/',
    },
    donatable: true,
  } satisfies CreateFundRequest,
  updateFund: {
    disclosure: { filingNumber: '53440113MJL123456X2026002' },
    donatable: true,
  } satisfies UpdateFundRequest,
  createDisbursement: {
    amountFen: 120_000,
    purpose: '重阳节长者慰问品',
    recipient: '锦绣香江社区 12 户独居长者',
    paidAt: '2026-10-29T02:00:00Z',
  } satisfies CreateDisbursementRequest,
  createKey: {
    kind: 'publishable',
    mode: 'live',
    origins: ['https://www.panyu.gov.cn'],
  } satisfies CreateKeyRequest,
  updateSettings: {
    holidays: [
      {
        year: 2026,
        daysOff: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
        workdays: ['2026-09-27', '2026-10-10'],
      },
    ],
    publicIndicators: true,
  } satisfies UpdateSettingsRequest,
  recordFollowUp: {
    outcome: 'explained',
    notes: '12月8日电话回访，说明了活动改期的原因，居民表示理解，建议提前一周通知。',
  } satisfies RecordFollowUpRequest,
  createReward: {
    kind: 'service',
    title: '理发',
    description: '邻里惠便民店理发一次（洗剪吹）',
    pointsPrice: 3,
    stock: 12,
    communityId: '440113104001',
    providerId: 'org_pyLinliHui',
  } satisfies CreateRewardRequest,
  updateReward: { stock: 20, pointsPrice: 4 } satisfies UpdateRewardRequest,
  redeemPickupCode: { code: 'JXXJ-2468' } satisfies RedeemPickupCodeRequest,
  redeemReward: { rewardId: 'rwd_jxHaircut01' } satisfies RedeemRewardRequest,
  transferMyPoints: {
    toMobile: '13900139000',
    relation: 'parent',
    points: 10,
  } satisfies FamilyTransferRequest,
  donateMyPoints: { points: 5 } satisfies DonatePointsRequest,
  requestResidentCode: { mobile: '13800138000' } satisfies RequestResidentCodeRequest,
  residentSignIn: { mobile: '13800138000', code: '482915' } satisfies ResidentSignInRequest,
  updateMyVolunteer: {
    skills: ['陪诊', '理发'],
    availability: ['weekend_daytime'],
  } satisfies UpdateMyVolunteerRequest,
  createResource: {
    organizationId: 'org_jxElders',
    title: '长者助餐与上门探访',
    description: '为独居、高龄长者每周送餐三次，志愿者上门探访、陪伴聊天。',
    category: 'elderly_care',
    targetGroups: ['elders'],
    communityIds: ['440113104001'],
    capacity: '每月 40 户',
    schedule: '每周一、三、五 11:00–13:00',
    contact: { name: '锦绣香江长者会', phone: '020-8478 1234' },
  } satisfies CreateResourceRequest,
  updateResource: { status: 'paused' } satisfies UpdateResourceRequest,
  createMatch: {
    resourceId: 'res_jxEldersMeals',
    note: '长者会每周一、三、五送餐，请与陈姑娘联系',
  } satisfies CreateMatchRequest,
  claimNeedAsOrganization: { organizationId: 'org_jxElders' } satisfies OrganizationClaimRequest,
  createProjectUpdate: {
    body: '重阳节组织长者健康讲座与义诊，服务 120 人次。',
  } satisfies CreateProjectUpdateRequest,
  updateProject: { status: 'in_progress' } satisfies UpdateProjectRequest,
  createCall: {
    divisionId: '440113104',
    title: '2027 年南村镇社区微创投',
    kind: 'micro_venture',
    budgetFen: 30_000_000,
    opensAt: '2027-01-03T16:00:00Z',
    proposalsCloseAt: '2027-03-31T10:00:00Z',
    needCategories: ['elderly_care', 'child_welfare'],
    rubric: [
      { id: 'research', name: '需求调研', weight: 30, maxScore: 10 },
      { id: 'design', name: '项目设计', weight: 40, maxScore: 10 },
      { id: 'impact', name: '预期成效', weight: 30, maxScore: 10 },
    ],
    weights: { reviewers: 70, votes: 30 },
  } satisfies CreateCallRequest,
  createProposal: {
    organizationId: 'org_jxElders',
    title: '长者午间食堂志愿送餐',
    summary: '为锦绣香江 40 户独居长者每周送餐三次，志愿者同时上门探访。',
    communityIds: ['440113104001'],
    needIds: [],
    budgetFen: 1_000_000,
  } satisfies CreateProposalRequest,
  scoreProposal: {
    proposalId: 'prp_jxEldersLunch',
    scores: { research: 8, design: 7, impact: 9 },
  } satisfies ScoreProposalRequest,
  voteInCall: {
    proposalId: 'prp_jxEldersLunch',
    respondentToken: 'rt_6f1c2a9e4b7d4c0f',
  } satisfies VoteRequest,
  approveProposal: {
    proposalId: 'prp_jxEldersLunch',
    fundId: 'fund_Nc4Ps8Yd2M',
  } satisfies ApproveProposalRequest,
} as const satisfies Partial<Record<RouteName, unknown>>;

/**
 * The questions of a project satisfaction survey (好差评): one of each type. The demo seed, the
 * SDK's fixtures and the tests all rate projects with it, and `requestExamples.respondToSurvey`
 * answers it.
 */
export const projectSurveyQuestions: Question[] = [
  { id: 'overall', type: 'rating', prompt: '您对本项目服务的总体评价', required: true },
  {
    id: 'recommend',
    type: 'nps',
    prompt: '您有多大可能向邻居推荐这个项目？',
    required: true,
    lowLabel: '完全不可能',
    highLabel: '非常可能',
  },
  {
    id: 'heard',
    type: 'single',
    prompt: '您是通过什么渠道了解到本项目的？',
    required: false,
    options: [
      { id: 'neighbour', label: '邻居或亲友介绍' },
      { id: 'committee', label: '居委会通知' },
      { id: 'social_worker', label: '社工上门' },
      { id: 'wechat', label: '社区微信群' },
    ],
  },
  {
    id: 'best',
    type: 'multi',
    prompt: '您最满意哪些方面？（最多选三项）',
    required: false,
    maxChoices: 3,
    options: [
      { id: 'staff', label: '社工和志愿者态度好' },
      { id: 'timely', label: '服务及时' },
      { id: 'professional', label: '服务专业' },
      { id: 'convenient', label: '地点方便' },
      { id: 'content', label: '活动内容丰富' },
    ],
  },
  {
    id: 'comment',
    type: 'text',
    prompt: '您还有什么意见或建议？',
    required: false,
    maxLength: 500,
  },
];
