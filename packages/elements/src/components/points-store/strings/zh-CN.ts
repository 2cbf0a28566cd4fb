import type { Locale, RewardKind } from '@wushe/schema';

/** The wording of `<wushe-points-store>` in one locale. `{name}` are placeholders. */
export interface PointsStoreStrings {
  readonly locale: Locale;
  readonly title: string;
  /** The kind filter's label and its choices. */
  readonly kindFilter: string;
  readonly allKinds: string;
  readonly kinds: Readonly<Record<RewardKind, string>>;
  readonly price: string;
  readonly stock: string;
  readonly outOfStock: string;
  readonly provider: string;
  readonly redeem: string;
  readonly redeemLabel: string;
  readonly balance: string;
  readonly notVolunteer: string;
  readonly signInToRedeem: string;
  readonly signInIntro: string;
  readonly signInButton: string;
  readonly empty: string;
  readonly confirmTitle: string;
  readonly confirmText: string;
  readonly balanceAfter: string;
  readonly confirm: string;
  readonly redeeming: string;
  readonly issuedTitle: string;
  readonly pickupCode: string;
  readonly pickupHint: string;
  readonly pickupOnce: string;
  readonly qrLabel: string;
  readonly done: string;
  /** Why the server refused a redemption, by error code; `failed` for any other. */
  readonly refusals: Readonly<
    Record<
      'insufficient_points' | 'out_of_stock' | 'reward_withdrawn' | 'resident_session_expired',
      string
    >
  >;
  readonly failed: string;
  readonly misconfigured: string;
}

export const zhCN: PointsStoreStrings = {
  locale: 'zh-CN',
  title: '爱心超市',
  kindFilter: '类别',
  allKinds: '全部',
  kinds: { service: '服务', goods: '物品' },
  price: '{points} 积分',
  stock: '剩余 {count} 份',
  outOfStock: '已兑完',
  provider: '提供方：{name}',
  redeem: '兑换',
  redeemLabel: '用 {points} 积分兑换 {title}',
  balance: '我的积分：{points}',
  notVolunteer: '您还没有志愿者登记，参加志愿服务后可获得积分。',
  signInToRedeem: '登录后可查看积分并兑换。',
  signInIntro: '用手机号接收短信验证码登录，即可查看积分、兑换爱心超市的服务和物品。',
  signInButton: '登录兑换',
  empty: '本社区的爱心超市暂时没有可兑换的项目。',
  confirmTitle: '确认兑换',
  confirmText: '用 {points} 积分兑换“{title}”（{provider}提供）？',
  balanceAfter: '兑换后剩余 {points} 积分。',
  confirm: '确认兑换',
  redeeming: '正在兑换…',
  issuedTitle: '兑换成功',
  pickupCode: '取货码',
  pickupHint: '请凭取货码到{provider}领取“{title}”。',
  pickupOnce: '取货码只显示这一次，请截图或抄下；只能使用一次。',
  qrLabel: '取货码 {code} 的二维码',
  done: '完成',
  refusals: {
    insufficient_points: '积分不足，无法兑换这一项。',
    out_of_stock: '这一项刚刚兑完了，请选择其他项目。',
    reward_withdrawn: '这一项已下架，请选择其他项目。',
    resident_session_expired: '登录已失效，请重新登录后再兑换。',
  },
  failed: '兑换没有成功，积分未扣除。请稍后再试。',
  misconfigured: '这个爱心超市组件缺少 community 设置，无法显示。请联系网站管理员。',
};
