import type { Locale, StaffRole } from '@wushe/schema';

/** The console shell's wording, in one locale (the widgets bring their own). */
export interface ConsoleStrings {
  readonly locale: Locale;
  readonly appName: string;
  readonly checking: string;
  readonly signedInAs: string;
  readonly roles: string;
  readonly division: string;
  readonly signOut: string;
  readonly signingOut: string;
  readonly language: string;
  readonly elder: string;
  readonly loadFailed: string;
  readonly retry: string;
  readonly noDivision: string;
  readonly menu: string;
  readonly roleNames: Readonly<Record<StaffRole, string>>;
}

export const zhCN: ConsoleStrings = {
  locale: 'zh-CN',
  appName: '五社联动工作台',
  checking: '正在确认登录状态…',
  signedInAs: '当前账号',
  roles: '角色与范围',
  division: '工作范围',
  signOut: '退出登录',
  signingOut: '正在退出…',
  language: '语言',
  elder: '大字模式',
  loadFailed: '暂时无法连接服务器',
  retry: '重试',
  noDivision: '此账号没有社区或镇街范围的角色：这里暂无可处理的事项',
  menu: '工作菜单',
  roleNames: {
    district_admin: '区级管理员',
    street_staff: '镇街工作人员',
    community_staff: '社区工作者',
    social_worker: '社工',
    org_member: '社会组织成员',
    reviewer: '评审专家',
  },
};

export const strings = zhCN;
