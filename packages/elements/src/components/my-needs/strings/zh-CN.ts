import type { ClaimantType, Locale, NeedKind, NeedStatus } from '@wushe/schema';
import type { ResidentListWords } from '../../../internal/resident-list-element.js';

/** The wording of `<wushe-my-needs>` in one locale. `{name}` are placeholders. */
export interface MyNeedsStrings extends ResidentListWords {
  readonly locale: Locale;
  readonly kinds: Readonly<Record<NeedKind, string>>;
  /** A need's status now, on its badge. */
  readonly statuses: Readonly<Record<NeedStatus, string>>;
  /** A step of the timeline that was reached. */
  readonly steps: Readonly<Record<NeedStatus, string>>;
  /** A step still ahead on the usual way (review, claim, fulfilment). */
  readonly ahead: Readonly<Record<'open' | 'claimed' | 'fulfilled', string>>;
  readonly claimants: Readonly<Record<ClaimantType, string>>;
  /** `{who}`: the claimant's kind; `{name}`: the name shown. */
  readonly claimedBy: string;
  /** `{reason}`: why staff rejected or closed it. */
  readonly reason: string;
  /** `{date}` */
  readonly postedOn: string;
  /** `{amount}`: a 微心愿's value. */
  readonly worth: string;
  /** `{title}`: the button that shows a need's timeline. */
  readonly showTimeline: string;
  readonly hideTimeline: string;
  /** `{title}`: the timeline's name for screen readers. */
  readonly timelineOf: string;
}

export const zhCN: MyNeedsStrings = {
  locale: 'zh-CN',
  title: '我的需求',
  signInIntro: '用发布需求时留的手机号登录，查看每条需求的审核、认领和完成进度。',
  empty: '这个手机号还没有发布过需求。在社区的需求清单里可以发布。',
  refresh: '刷新',
  kinds: { service: '服务需求', wish: '微心愿' },
  statuses: {
    pending_review: '待审核',
    open: '等待认领',
    claimed: '已认领',
    fulfilled: '已完成',
    rejected: '未通过审核',
    closed: '已关闭',
  },
  steps: {
    pending_review: '已提交，等待社区审核',
    open: '审核通过，已在需求清单公开',
    claimed: '已被认领',
    fulfilled: '已完成',
    rejected: '未通过审核',
    closed: '已关闭',
  },
  ahead: { open: '待审核', claimed: '待认领', fulfilled: '待完成' },
  claimants: { volunteer: '志愿者', organization: '社会组织', donor: '爱心人士' },
  claimedBy: '认领人：{who} {name}',
  reason: '原因：{reason}',
  postedOn: '发布于 {date}',
  worth: '价值 {amount}',
  showTimeline: '查看进度',
  hideTimeline: '收起进度',
  timelineOf: '“{title}”的进度',
};
