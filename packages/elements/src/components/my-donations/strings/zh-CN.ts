import type { DonationStatus, Locale } from '@wushe/schema';
import type { ResidentListWords } from '../../../internal/resident-list-element.js';

/** The wording of `<wushe-my-donations>` in one locale. `{name}` are placeholders. */
export interface MyDonationsStrings extends ResidentListWords {
  readonly locale: Locale;
  readonly statuses: Readonly<Record<DonationStatus, string>>;
  readonly amount: string;
  readonly date: string;
  readonly status: string;
  /** How the public ledger names the donor (慈善法 Art. 82). */
  readonly shownAs: string;
  readonly receipt: string;
  /** `{title}`: the name on the receipt asked for. */
  readonly receiptRequested: string;
  /** `{code}`: an organization's 统一社会信用代码. */
  readonly creditCode: string;
  /** No receipt was asked for with the donation; how to get one now. */
  readonly noReceipt: string;
}

export const zhCN: MyDonationsStrings = {
  locale: 'zh-CN',
  title: '我的捐赠',
  signInIntro: '用捐赠时留的手机号登录，查看您的每笔捐赠、到账情况和捐赠票据申请。',
  empty: '这个手机号还没有捐赠记录。',
  refresh: '刷新',
  statuses: {
    pending: '待确认到账',
    succeeded: '已到账',
    failed: '未成功',
    refunded: '已退款',
  },
  amount: '金额',
  date: '日期',
  status: '状态',
  shownAs: '公示署名',
  receipt: '捐赠票据',
  receiptRequested: '已申请，抬头：{title}',
  creditCode: '统一社会信用代码：{code}',
  noReceipt: '未申请。如需票据，请联系基金的发起机构。',
};
