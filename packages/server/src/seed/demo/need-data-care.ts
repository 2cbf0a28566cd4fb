import type { ClaimantType, NeedCategory, NeedKind, NeedStatus } from '@wushe/schema';

export interface NeedSeed {
  readonly id: string;
  readonly communityCode: string;
  readonly kind: NeedKind;
  readonly category: NeedCategory;
  readonly status: NeedStatus;
  readonly title: string;
  readonly description: string;
  /** Only for a 微心愿 (`wish`), in fen. */
  readonly valueFen?: number;
  readonly anonymous: boolean;
  /** The requester's name and the serial of their (obviously fake) mobile number. */
  readonly requester: readonly [name: string, mobileSerial: number];
  /** Posted this many days before the seed. */
  readonly daysAgo: number;
  /** Why it was rejected or closed: the requester is told. */
  readonly reason?: string;
  /** Who took it: active for `claimed`, completed for `fulfilled`. */
  readonly claim?: {
    readonly type: ClaimantType;
    readonly name: string;
    readonly mobileSerial: number;
    readonly note?: string;
    /** Hours from posting to the claim: the "time to claim" indicator the district reads. */
    readonly afterHours: number;
  };
}

/**
 * The demo's 需求清单 and 微心愿 for care (养老、社会救助、儿童、助残、心理健康) in 番禺区. With
 * `COMMUNITY_NEEDS` (need-data-community.ts) they cover every category and every status, both
 * kinds, in the seeds' fields. Names are made up.
 */
export const CARE_NEEDS: readonly NeedSeed[] = [
  {
    id: 'need_jxElderVisit',
    communityCode: '440113104001',
    kind: 'service',
    category: 'elderly_care',
    status: 'open',
    title: '独居长者每周上门探访',
    description:
      '锦绣香江社区一位 86 岁独居长者，子女在外地工作。希望有志愿者每周上门探访一次，陪长者聊天，顺便检查家中水电燃气是否安全。',
    anonymous: false,
    requester: ['梁淑仪', 101],
    daysAgo: 3,
  },
  {
    id: 'need_jxWalker',
    communityCode: '440113104001',
    kind: 'wish',
    category: 'elderly_care',
    status: 'claimed',
    title: '为独居长者添置助行器',
    description:
      '锦绣香江社区一位 82 岁独居长者腿脚不便，希望有一台带座椅的助行器，方便下楼买菜、到星光老年人之家参加活动。',
    valueFen: 26_000,
    anonymous: true,
    requester: ['陈秀英', 102],
    daysAgo: 9,
    claim: {
      type: 'organization',
      name: '锦绣香江长者会',
      mobileSerial: 201,
      note: '本周六上午送到长者家中',
      afterHours: 20,
    },
  },
  {
    id: 'need_xfPhoneClass',
    communityCode: '440113001001',
    kind: 'service',
    category: 'elderly_care',
    status: 'fulfilled',
    title: '长者智能手机使用辅导',
    description:
      '社区不少长者不会用手机预约挂号、扫码乘车和视频通话，希望有志愿者每周开一次手机课堂，手把手教学。',
    anonymous: false,
    requester: ['何国强', 103],
    daysAgo: 34,
    claim: { type: 'volunteer', name: '黄晓彤', mobileSerial: 4, afterHours: 30 },
  },
  {
    id: 'need_hnBathing',
    communityCode: '440113104003',
    kind: 'service',
    category: 'elderly_care',
    status: 'pending_review',
    title: '失能长者上门助浴',
    description:
      '家中老人中风后卧床，家属独自难以帮老人洗澡，希望了解社区是否有上门助浴服务，每两周一次。',
    anonymous: true,
    requester: ['罗美华', 104],
    daysAgo: 1,
  },
  {
    id: 'need_ncQuilts',
    communityCode: '440113104002',
    kind: 'wish',
    category: 'social_assistance',
    status: 'open',
    title: '困难家庭冬季棉被',
    description:
      '南村村有三户低保和低收入家庭，家中被褥单薄、已经破旧，希望为每户添置两床厚棉被，一共六床，过一个暖冬。',
    valueFen: 90_000,
    anonymous: false,
    requester: ['南村村委会', 105],
    daysAgo: 6,
  },
  {
    id: 'need_hnTempRelief',
    communityCode: '440113104003',
    kind: 'service',
    category: 'social_assistance',
    status: 'pending_review',
    title: '协助因病致困家庭申请临时救助',
    description:
      '租住在社区的一户家庭，丈夫突发重病住院，家里只剩妻子和两个孩子。希望社工协助了解并申请临时救助和医疗救助。',
    anonymous: true,
    requester: ['刘芳', 106],
    daysAgo: 2,
  },
  {
    id: 'need_jxWiring',
    communityCode: '440113104001',
    kind: 'service',
    category: 'social_assistance',
    status: 'fulfilled',
    title: '困难长者家中电线老化检修',
    description:
      '一位低保长者家中电线老化，插座发烫，存在火灾隐患，希望有懂电工的志愿者上门检修并更换插座。',
    anonymous: false,
    requester: ['冯志明', 107],
    daysAgo: 27,
    claim: { type: 'volunteer', name: '李志强', mobileSerial: 1, afterHours: 6 },
  },
  {
    id: 'need_jxAfterSchool',
    communityCode: '440113104001',
    kind: 'service',
    category: 'child_welfare',
    status: 'open',
    title: '双职工家庭儿童课后托管',
    description:
      '放学后 4 点到 6 点家中无人照看，希望社区组织志愿者在党群服务中心开展课后托管和作业辅导，关爱“一小”。',
    anonymous: false,
    requester: ['张丽娟', 108],
    daysAgo: 5,
  },
  {
    id: 'need_ssSchoolbags',
    communityCode: '440113006001',
    kind: 'wish',
    category: 'child_welfare',
    status: 'fulfilled',
    title: '留守儿童的新书包和文具',
    description: '穗石村五名留守儿童开学需要新书包、文具盒和练习本，每人一套，希望在开学前收到。',
    valueFen: 15_000,
    anonymous: false,
    requester: ['穗石村妇联', 109],
    daysAgo: 40,
    claim: { type: 'donor', name: '番禺某文具商行', mobileSerial: 202, afterHours: 48 },
  },
  {
    id: 'need_xcWheelchair',
    communityCode: '440113001002',
    kind: 'service',
    category: 'disability_support',
    status: 'claimed',
    title: '轮椅使用者陪同就医',
    description:
      '社区一位下肢残疾居民每月需要到区医院复诊两次，家人上班走不开，希望有志愿者推轮椅陪同往返。',
    anonymous: false,
    requester: ['吴建华', 110],
    daysAgo: 12,
    claim: { type: 'volunteer', name: '陈家乐', mobileSerial: 3, afterHours: 10 },
  },
  {
    id: 'need_dsScreenReader',
    communityCode: '440113007001',
    kind: 'wish',
    category: 'disability_support',
    status: 'open',
    title: '视障居民的读屏手机',
    description:
      '一位视障居民想学习用手机听新闻、叫车，希望有一台支持读屏功能的智能手机，并有志愿者教他使用。',
    valueFen: 120_000,
    anonymous: true,
    requester: ['郭伟', 111],
    daysAgo: 8,
  },
  {
    id: 'need_hnCarers',
    communityCode: '440113104003',
    kind: 'service',
    category: 'mental_health',
    status: 'open',
    title: '照顾者喘息与情绪支持小组',
    description:
      '长期照顾失能老人和残疾家人的家属身心压力很大，希望社工开设照顾者减压小组，每月聚一次，互相支持。',
    anonymous: false,
    requester: ['谭嘉敏', 112],
    daysAgo: 11,
  },
  {
    id: 'need_jxCompanionCall',
    communityCode: '440113104001',
    kind: 'service',
    category: 'mental_health',
    status: 'claimed',
    title: '独居长者心理陪伴电话',
    description:
      '几位独居长者近来情绪低落、睡眠差，希望有社工每周打一次陪伴电话，必要时转介心理咨询。',
    anonymous: true,
    requester: ['李月娥', 113],
    daysAgo: 14,
    claim: {
      type: 'organization',
      name: '广州市番禺区和悦社会工作服务中心',
      mobileSerial: 203,
      note: '由南村镇社工站社工跟进',
      afterHours: 26,
    },
  },
];
