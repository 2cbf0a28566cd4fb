import type { ClaimantType, Locale, ReportReason } from '@wushe/schema';

/** The wording of `<wushe-needs-list>`'s claim, report and post dialogs in one locale. */
export interface NeedDialogStrings {
  readonly locale: Locale;
  readonly claimTitle: string;
  readonly claimantType: string;
  readonly claimantTypes: Readonly<Record<ClaimantType, string>>;
  readonly name: string;
  readonly mobile: string;
  readonly note: string;
  /** A field's label with the common “optional” mark: `{label}`, `{optional}`. */
  readonly withOptional: string;
  readonly consent: string;
  readonly claimed: string;
  readonly alreadyClaimed: string;
  readonly reportTitle: string;
  readonly reason: string;
  readonly reasons: Readonly<Record<ReportReason, string>>;
  readonly reported: string;
  readonly alreadyReported: string;
  readonly postTitle: string;
  readonly needTitle: string;
  readonly description: string;
  readonly valueYuan: string;
  readonly anonymousPost: string;
  readonly contact: string;
  readonly posted: string;
}

export const zhCN: NeedDialogStrings = {
  locale: 'zh-CN',
  claimTitle: '认领「{title}」',
  claimantType: '认领身份',
  claimantTypes: { volunteer: '志愿者', organization: '组织', donor: '捐赠人' },
  name: '姓名或组织名称',
  mobile: '手机号码',
  note: '留言',
  withOptional: '{label}（{optional}）',
  consent: '我同意社区按隐私政策使用以上信息联系我',
  claimed: '认领成功，社区工作人员会尽快联系您',
  alreadyClaimed: '刚刚有人认领了这个需求，请看看其他需求。您填写的内容已保留。',
  reportTitle: '举报「{title}」',
  reason: '举报原因',
  reasons: {
    spam: '垃圾广告',
    offensive: '内容不当',
    does_not_belong: '不属于本社区',
    other: '其他原因',
  },
  reported: '已收到您的举报，工作人员会尽快核实',
  alreadyReported: '您已经举报过这个需求',
  postTitle: '发布需求',
  needTitle: '标题',
  description: '详细描述',
  valueYuan: '价值（元）',
  anonymousPost: '匿名发布（不公开姓名）',
  contact: '联系人',
  posted: '已提交，社区工作人员审核后将公开展示',
};
