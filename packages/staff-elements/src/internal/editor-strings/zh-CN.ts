import type { Locale, StaffRole } from '@wushe/schema';

/** The wording every staff editor shares (its own words come from the editor's strings). */
export interface EditorStrings {
  readonly locale: Locale;
  readonly save: string;
  readonly saving: string;
  readonly cancel: string;
  readonly confirm: string;
  /** `{message}`: why an action did not go through. */
  readonly actionFailed: string;
  readonly fixFields: string;
  readonly forbidden: string;
  readonly signedOut: string;
  /** `{title}`: announced once a record is saved. */
  readonly saved: string;
  readonly roleNames: Readonly<Record<StaffRole, string>>;
}

export const zhCN: EditorStrings = {
  locale: 'zh-CN',
  save: '保存',
  saving: '正在保存…',
  cancel: '取消',
  confirm: '确认',
  actionFailed: '操作未成功：{message}',
  fixFields: '请按提示修改标出的项目',
  forbidden: '此账号无权在这里编辑',
  signedOut: '登录已失效：请重新登录',
  saved: '已保存：{title}',
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
