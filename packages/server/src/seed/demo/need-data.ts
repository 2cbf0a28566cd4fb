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
 * The 需求清单 and 微心愿 of the demo: every category and every status, both kinds, in the seeds'
 * fields (养老、助残、儿童、心理健康、教育培训、文体、社区治理、环境卫生、社会救助). Names are made up.
 */
export const NEEDS: readonly NeedSeed[] = [
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
  {
    id: 'need_btFirstAid',
    communityCode: '440113006002',
    kind: 'service',
    category: 'education',
    status: 'open',
    title: '居民急救技能培训',
    description:
      '希望社区开展一次心肺复苏和 AED 使用培训，面向楼栋长、志愿者和有长者的家庭，学会关键时刻救命。',
    anonymous: false,
    requester: ['钟永康', 114],
    daysAgo: 4,
  },
  {
    id: 'need_swPictureBooks',
    communityCode: '440113013001',
    kind: 'wish',
    category: 'education',
    status: 'claimed',
    title: '社区图书角添置绘本',
    description:
      '沙湾北村社区图书角的儿童书很少，希望添置 50 本适合 3 到 8 岁孩子的绘本，周末开展亲子共读。',
    valueFen: 50_000,
    anonymous: false,
    requester: ['沙湾北村图书角', 115],
    daysAgo: 16,
    claim: { type: 'donor', name: '黄伟明', mobileSerial: 204, afterHours: 72 },
  },
  {
    id: 'need_jxRecitalSound',
    communityCode: '440113104001',
    kind: 'service',
    category: 'culture_sports',
    status: 'fulfilled',
    title: '重阳节长者诗词朗诵会',
    description:
      '重阳节想为长者办一场诗词朗诵会，需要有团体帮忙排练节目、借用音响并布置党群服务中心活动室。',
    anonymous: false,
    requester: ['锦绣香江社区居委会', 116],
    daysAgo: 38,
    claim: { type: 'organization', name: '朗诵歌唱艺术协会', mobileSerial: 205, afterHours: 8 },
  },
  {
    id: 'need_xfAmplifier',
    communityCode: '440113001001',
    kind: 'wish',
    category: 'culture_sports',
    status: 'open',
    title: '星光长者合唱团的扩音器',
    description:
      '合唱团在星光老年人之家排练，原有扩音器坏了，希望添置一台便携扩音器，方便户外义演。',
    valueFen: 45_000,
    anonymous: false,
    requester: ['区婉华', 117],
    daysAgo: 7,
  },
  {
    id: 'need_qfCorridors',
    communityCode: '440113011001',
    kind: 'service',
    category: 'community_governance',
    status: 'open',
    title: '楼道堆物整治居民议事',
    description:
      '部分楼道长期堆放杂物和电动车，存在消防隐患。希望社区召集居民议事会，商量整治办法和公约。',
    anonymous: false,
    requester: ['麦志强', 118],
    daysAgo: 10,
  },
  {
    id: 'need_jxLiftDuplicate',
    communityCode: '440113104001',
    kind: 'service',
    category: 'community_governance',
    status: 'closed',
    title: '老楼加装电梯意见征集',
    description: '希望社区组织 12 栋居民征集加装电梯的意见，协调低层住户的顾虑。',
    anonymous: false,
    requester: ['黎明辉', 119],
    daysAgo: 21,
    reason: '与居民议事会已在协商的加装电梯议题重复，已合并跟进',
  },
  {
    id: 'need_jxSortingGuides',
    communityCode: '440113104001',
    kind: 'service',
    category: 'sanitation',
    status: 'open',
    title: '垃圾分类督导志愿者招募',
    description:
      '小区定时定点投放点晚高峰缺少督导，希望招募志愿者每晚 7 点到 9 点轮值，指导居民分类投放。',
    anonymous: false,
    requester: ['锦绣香江物业服务中心', 120],
    daysAgo: 2,
  },
  {
    id: 'need_lqRiverbank',
    communityCode: '440113013002',
    kind: 'service',
    category: 'sanitation',
    status: 'fulfilled',
    title: '河涌岸边垃圾清理',
    description: '龙岐村河涌岸边堆积了塑料瓶和泡沫垃圾，影响环境和水质，希望组织一次志愿清洁行动。',
    anonymous: false,
    requester: ['龙岐村委会', 121],
    daysAgo: 30,
    claim: {
      type: 'organization',
      name: '穗石村大学城青年志愿服务队',
      mobileSerial: 206,
      afterHours: 36,
    },
  },
  {
    id: 'need_ljCompostBins',
    communityCode: '440113007002',
    kind: 'wish',
    category: 'sanitation',
    status: 'closed',
    title: '厨余堆肥桶',
    description: '想在小区花园试点厨余堆肥，需要两个带盖堆肥桶。',
    valueFen: 30_000,
    anonymous: true,
    requester: ['杨洁', 122],
    daysAgo: 18,
    reason: '居民已自行解决，申请撤回',
  },
  {
    id: 'need_yjlToolLibrary',
    communityCode: '440113104004',
    kind: 'service',
    category: 'other',
    status: 'pending_review',
    title: '社区共享工具箱',
    description:
      '希望在社区服务站设一个共享工具箱，居民登记后可借用电钻、梯子、水管扳手，用完归还。',
    anonymous: false,
    requester: ['邓家豪', 123],
    daysAgo: 1,
  },
  {
    id: 'need_jxGroupBuy',
    communityCode: '440113104001',
    kind: 'service',
    category: 'other',
    status: 'rejected',
    title: '低价团购家电优惠',
    description: '加微信群即可低价团购品牌家电，名额有限，欢迎社区居民转发参加。',
    anonymous: false,
    requester: ['王先生', 124],
    daysAgo: 4,
    reason: '内容为商业推广，不属于社区服务需求',
  },
  {
    id: 'need_cnOldPartner',
    communityCode: '310105002001',
    kind: 'service',
    category: 'elderly_care',
    status: 'open',
    title: '高龄独居老人结对“老伙伴”',
    description: '番禺路一位 90 岁独居老人希望有低龄老人志愿者结对，每周上门两次聊天、读报。',
    anonymous: false,
    requester: ['沈阿姨', 131],
    daysAgo: 5,
  },
  {
    id: 'need_cnMicroRenewal',
    communityCode: '310105002002',
    kind: 'service',
    category: 'community_governance',
    status: 'fulfilled',
    title: '小区公共空间微更新议事',
    description: '法华居委会辖区一处闲置角落想改造成口袋花园，希望组织居民议事，听取各楼意见。',
    anonymous: false,
    requester: ['顾先生', 132],
    daysAgo: 25,
    claim: { type: 'organization', name: '法华睦邻议事会', mobileSerial: 207, afterHours: 12 },
  },
];
