import type { EditorStrings } from './zh-CN.js';

export const strings: EditorStrings = {
  locale: 'zh-HK',
  save: '儲存',
  saving: '正在儲存…',
  cancel: '取消',
  confirm: '確認',
  actionFailed: '操作未成功：{message}',
  fixFields: '請按提示修改標出的項目',
  forbidden: '此帳號無權在這裏編輯',
  signedOut: '登入已失效：請重新登入',
  saved: '已儲存：{title}',
  roleNames: {
    district_admin: '區級管理員',
    street_staff: '鎮街工作人員',
    community_staff: '社區工作者',
    social_worker: '社工',
    org_member: '社會組織成員',
    reviewer: '評審專家',
  },
};
