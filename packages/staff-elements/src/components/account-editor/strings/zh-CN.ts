import type { Locale } from '@wushe/schema';

/** The account editor's wording, in one locale. */
export interface AccountEditorStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly empty: string;
  readonly create: string;
  readonly name: string;
  readonly login: string;
  readonly loginHint: string;
  readonly contact: string;
  readonly contactHint: string;
  readonly roles: string;
  readonly role: string;
  readonly scope: string;
  readonly addRole: string;
  readonly removeRole: string;
  readonly editRoles: string;
  readonly disable: string;
  readonly enable: string;
  readonly disabled: string;
  readonly invitePending: string;
  readonly resendInvite: string;
  readonly nothingToGrant: string;
}

export const zhCN: AccountEditorStrings = {
  locale: 'zh-CN',
  title: '工作人员账号',
  empty: '这个范围内还没有您管理的账号',
  create: '邀请工作人员',
  name: '姓名',
  login: '登录名',
  loginHint: '字母、数字、点、下划线或连字符，例如 chen.xiaohong',
  contact: '手机号或电子邮箱',
  contactHint: '邀请链接（72 小时内有效）发到这里',
  roles: '角色与范围',
  role: '角色',
  scope: '范围',
  addRole: '再加一个角色',
  removeRole: '去掉这个角色',
  editRoles: '修改角色',
  disable: '停用',
  enable: '重新启用',
  disabled: '已停用',
  invitePending: '邀请待接受',
  resendInvite: '重发邀请',
  nothingToGrant: '此账号不能授予任何角色',
};

export const strings = zhCN;
