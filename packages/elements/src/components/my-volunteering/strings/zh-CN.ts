import type { Locale } from '@wushe/schema';

/** The first wording of `<wushe-my-volunteering>` in one locale: its title, sign-in and notices. */
export interface MyVolunteeringStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly signInIntro: string;
  readonly saved: string;
  /** `{count}`: coming signups cancelled with it. */
  readonly withdrawn: string;
  readonly signupCancelled: string;
}

export const zhCN: MyVolunteeringStrings = {
  locale: 'zh-CN',
  title: '我的志愿服务',
  signInIntro: '用手机号登录，查看您的志愿者登记、活动报名、服务时长和积分。',
  saved: '已保存您的修改',
  withdrawn: '已撤回同意，您的志愿者登记已删除，取消了 {count} 个报名。',
  signupCancelled: '已取消报名。名额会留给候补的居民。',
};
