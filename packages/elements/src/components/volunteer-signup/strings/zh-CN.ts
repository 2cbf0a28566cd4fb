import type { Locale } from '@wushe/schema';

/** The wording of `<wushe-volunteer-signup>` in one locale. `{name}` are placeholders. */
export interface VolunteerSignupStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly intro: string;
  readonly name: string;
  readonly mobile: string;
  readonly mobileHint: string;
  readonly idNumber: string;
  readonly idNumberHint: string;
  readonly birthDate: string;
  readonly birthDateHint: string;
  readonly community: string;
  readonly chooseCommunity: string;
  /** When the district has no community to register in. */
  readonly noCommunities: string;
  readonly skills: string;
  readonly skillsHint: string;
  readonly serviceAreas: string;
  readonly availability: string;
  readonly guardian: string;
  readonly guardianHint: string;
  readonly guardianName: string;
  readonly guardianMobile: string;
  readonly guardianConsent: string;
  readonly consent: string;
  readonly policy: string;
  readonly opensNewWindow: string;
  readonly register: string;
  readonly volunteerExists: string;
  readonly registered: string;
  readonly codeLabel: string;
  readonly registeredNext: string;
  readonly registerAnother: string;
  readonly signupTitle: string;
  readonly time: string;
  readonly location: string;
  readonly placesLeft: string;
  readonly full: string;
  /** After `full`: how many already wait. */
  readonly waiting: string;
  readonly closed: string;
  /** A cancelled activity; `{reason}` is the organiser's, when given. */
  readonly cancelled: string;
  readonly cancelledBecause: string;
  readonly notFound: string;
  readonly signup: string;
  readonly confirmed: string;
  readonly confirmedNext: string;
  readonly waitlisted: string;
  readonly waitlistedNext: string;
  readonly signupAnother: string;
  readonly alreadySignedUp: string;
  readonly activityClosed: string;
  readonly activityCancelled: string;
}

export const zhCN: VolunteerSignupStrings = {
  locale: 'zh-CN',
  title: '志愿者登记',
  intro: '登记成为社区志愿者，我们会根据您的特长和时间邀请您参加志愿服务。',
  name: '姓名',
  mobile: '手机号',
  mobileHint: '11 位手机号码，仅用于社区联系您，不会公开',
  idNumber: '身份证号',
  idNumberHint: '填写后自动识别出生日期',
  birthDate: '出生日期',
  birthDateHint: '未满 18 周岁需要监护人同意',
  community: '所在社区',
  chooseCommunity: '请选择社区',
  noCommunities: '这里还没有可以登记志愿者的社区。如想参加志愿服务，请联系社区居委会。',
  skills: '特长技能',
  skillsHint: '多项用逗号或顿号分隔，如：理发、维修家电',
  serviceAreas: '愿意参与的服务',
  availability: '方便服务的时间',
  guardian: '监护人',
  guardianHint: '未满 18 周岁，请由监护人填写并同意',
  guardianName: '监护人姓名',
  guardianMobile: '监护人手机号',
  guardianConsent: '我是监护人，同意其参加志愿服务',
  consent: '我已阅读并同意',
  policy: '《志愿者个人信息保护政策》',
  opensNewWindow: '（在新窗口打开）',
  register: '提交登记',
  volunteerExists: '这个手机号已经登记过志愿者。如需修改信息或找回志愿者编号，请联系社区居委会。',
  registered: '登记成功，欢迎加入！',
  codeLabel: '您的志愿者编号',
  registeredNext: '请记下这个编号，参加活动和记录服务时长时会用到。社区工作人员会尽快与您联系。',
  registerAnother: '再登记一位',
  signupTitle: '活动报名',
  time: '时间',
  location: '地点',
  placesLeft: '还剩 {count} 个名额',
  full: '名额已满，报名后将进入候补',
  waiting: '（已有 {count} 人候补）',
  closed: '活动报名已结束',
  cancelled: '活动已取消',
  cancelledBecause: '活动已取消：{reason}',
  notFound: '没有找到这个活动，它可能已经结束',
  signup: '报名',
  confirmed: '报名成功！',
  confirmedNext: '请按时到达活动地点，期待与您见面。',
  waitlisted: '已进入候补，您排在第 {position} 位',
  waitlistedNext: '有名额空出时，活动组织者会电话通知您。',
  signupAnother: '再报名一位',
  alreadySignedUp: '这个手机号已经报名了这个活动，无需重复报名。如需取消，请联系活动组织者。',
  activityClosed: '这个活动已经开始或结束，报名已关闭。欢迎关注社区的其他活动。',
  activityCancelled: '这个活动已经取消，不再接受报名。欢迎关注社区的其他活动。',
};
