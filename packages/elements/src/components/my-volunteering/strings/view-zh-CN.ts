import type { Locale, PointsMovementKind, SignupStatus } from '@wushe/schema';

/** The signed-in view's wording of `<wushe-my-volunteering>` in one locale. `{name}` are placeholders. */
export interface MyVolunteeringViewStrings {
  readonly locale: Locale;
  readonly notVolunteer: string;
  // My registration
  readonly registration: string;
  readonly code: string;
  readonly name: string;
  readonly mobile: string;
  readonly idNumber: string;
  readonly none: string;
  readonly community: string;
  readonly skills: string;
  readonly skillsHint: string;
  readonly serviceAreas: string;
  readonly availability: string;
  /** `{date}`, `{version}`: when and to which policy version the resident consented. */
  readonly consentGiven: string;
  readonly edit: string;
  readonly save: string;
  readonly cancelEdit: string;
  readonly withdraw: string;
  readonly withdrawExplained: string;
  readonly withdrawConfirm: string;
  readonly keep: string;
  // My signups
  readonly signups: string;
  readonly noSignups: string;
  readonly status: Readonly<Record<SignupStatus, string>>;
  /** `{position}`: place on the waitlist. */
  readonly waitlistPosition: string;
  readonly activityCancelled: string;
  readonly cancelSignup: string;
  /** `{title}`: the activity. */
  readonly cancelConfirm: string;
  readonly cancelYes: string;
  // My hours
  readonly hours: string;
  readonly noHours: string;
  readonly activity: string;
  readonly otherService: string;
  readonly creditHours: string;
  readonly honorHours: string;
  readonly hoursExplained: string;
  readonly total: string;
  readonly lastServed: string;
  /** `{hours}`: a number of hours, halves allowed. */
  readonly hoursValue: string;
  // The certificate (志愿服务记录证明)
  readonly showCertificate: string;
  readonly hideCertificate: string;
  readonly print: string;
  readonly certificateTitle: string;
  /**
   * `{name}`, `{code}`, `{idNumber}`, `{organization}`, `{from}`, `{to}`, `{total}`, `{credit}`,
   * `{honor}`: the certificate's statement.
   */
  readonly certificateStatement: string;
  readonly certificateDate: string;
  readonly certificateContent: string;
  readonly certificateKind: string;
  readonly issuer: string;
  readonly issuedOn: string;
  readonly seal: string;
  readonly certificateBasis: string;
  // My points
  readonly points: string;
  readonly balance: string;
  /** `{points}`, `{date}`. */
  readonly nextExpiry: string;
  /** `{hours}`, `{cap}`: 信用时 that earned points this year against the annual cap. */
  readonly yearEarning: string;
  readonly history: string;
  readonly noPoints: string;
  readonly when: string;
  readonly what: string;
  readonly change: string;
  readonly kinds: Readonly<Record<PointsMovementKind, string>>;
  // My personal data (PIPL)
  readonly myData: string;
  readonly myDataExplained: string;
  readonly exportData: string;
  /** `{file}`: the downloaded file's name. */
  readonly exported: string;
  /** `{file}`: the downloaded file's name. */
  readonly saveAgain: string;
  readonly eraseData: string;
  readonly eraseTitle: string;
  readonly eraseWhatGoes: string;
  readonly eraseWhatStays: string;
  readonly eraseConfirm: string;
  readonly eraseKeep: string;
  readonly erased: string;
}

export const viewZhCN: MyVolunteeringViewStrings = {
  locale: 'zh-CN',
  notVolunteer: '这个手机号还没有登记为志愿者。登记后，您的报名、服务时长和积分会显示在这里。',
  registration: '我的登记信息',
  code: '志愿者编号',
  name: '姓名',
  mobile: '手机号',
  idNumber: '身份证号',
  none: '未填写',
  community: '所在社区',
  skills: '特长技能',
  skillsHint: '多项用逗号或顿号分隔，如：理发、维修家电',
  serviceAreas: '愿意参与的服务',
  availability: '方便服务的时间',
  consentGiven: '您于 {date} 同意了第 {version} 版志愿者个人信息保护政策',
  edit: '修改登记信息',
  save: '保存修改',
  cancelEdit: '不修改了',
  withdraw: '撤回同意',
  withdrawExplained:
    '撤回同意后，您的志愿者登记会被删除，尚未开始的活动报名会被取消；已记录的服务时长会保留。',
  withdrawConfirm: '确定撤回同意并删除登记',
  keep: '保留登记',
  signups: '我的活动报名',
  noSignups: '您还没有报名活动。',
  status: { confirmed: '已报名', waitlisted: '候补中', cancelled: '已取消' },
  waitlistPosition: '候补第 {position} 位，有人取消时会按顺序递补并通知您',
  activityCancelled: '活动已取消',
  cancelSignup: '取消报名',
  cancelConfirm: '确定取消“{title}”的报名吗？',
  cancelYes: '确定取消',
  hours: '我的服务时长',
  noHours: '还没有记录的服务时长。参加活动后，组织者会为您记录。',
  activity: '活动',
  otherService: '其他志愿服务',
  creditHours: '信用时',
  honorHours: '荣誉时',
  hoursExplained: '信用时由活动签到记录，可以兑换积分；荣誉时由组织者手工录入，只作记录。',
  total: '合计',
  lastServed: '最近服务',
  hoursValue: '{hours} 小时',
  showCertificate: '查看志愿服务记录证明',
  hideCertificate: '收起证明',
  print: '打印证明',
  certificateTitle: '志愿服务记录证明',
  certificateStatement:
    '兹证明 {name}（志愿者编号 {code}，身份证号 {idNumber}）于 {from} 至 {to} 在{organization}参加志愿服务，累计志愿服务时长 {total} 小时，其中信用时 {credit} 小时、荣誉时 {honor} 小时。',
  certificateDate: '服务日期',
  certificateContent: '服务内容',
  certificateKind: '类别',
  issuer: '出具单位',
  issuedOn: '出具日期',
  seal: '（盖章）',
  certificateBasis:
    '本证明依据《志愿服务条例》和《志愿服务记录与证明出具办法（试行）》，按志愿服务记录如实出具。',
  points: '我的积分',
  balance: '可用积分',
  nextExpiry: '{points} 分将于 {date} 到期',
  yearEarning: '今年已有 {hours} 小时信用时计入积分（每年上限 {cap} 小时）',
  history: '积分明细',
  noPoints: '还没有积分。参加活动签到获得的信用时可以兑换积分。',
  when: '时间',
  what: '事项',
  change: '积分',
  kinds: {
    earned: '服务获得',
    transferred_out: '转赠家人',
    transferred_in: '家人转赠',
    donated: '捐给社区',
    redeemed: '爱心超市兑换',
    expired: '过期',
  },
  myData: '我的个人信息',
  myDataExplained:
    '依照《个人信息保护法》，您可以随时导出本平台保存的您的个人信息，或注销并删除它。',
  exportData: '导出我的数据',
  exported: '已导出您的数据：{file}',
  saveAgain: '再次保存 {file}',
  eraseData: '注销并删除我的数据',
  eraseTitle: '注销并删除您的个人信息？',
  eraseWhatGoes:
    '将删除：您的姓名、手机号、身份证号、志愿者登记、尚未开始的活动报名、短信记录和登录状态。删除后无法恢复。',
  eraseWhatStays:
    '将匿名保留：您的服务时长、捐赠记录和评价。它们不再带有您的姓名和手机号，只用于社区的统计和账目。',
  eraseConfirm: '确定注销并删除',
  eraseKeep: '不删除了',
  erased: '您的个人信息已删除，所有页面都已退出登录。匿名保留的服务时长、捐赠和评价不再与您关联。',
};
