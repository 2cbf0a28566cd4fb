import type { SocialWorkerEditorStrings } from './zh-CN.js';

export const strings: SocialWorkerEditorStrings = {
  locale: 'zh-HK',
  title: '社工',
  empty: '這個範圍內還沒有社工',
  create: '添加社工',
  name: '姓名',
  organization: '所屬社工機構',
  noOrganization: '（不屬於機構）',
  station: '所在社工站',
  stationHint: '機構和社工站至少填一項',
  certificate: '職業水平證書',
  noCertificate: '暫無證書',
  place: '服務地點',
  wholeDistrict: '全區',
  active: '在崗',
  inactive: '已離崗',
  linkedAccount: '已關聯登入帳號',
  edit: '編輯',
  levels: {
    assistant_social_worker: '助理社工師',
    social_worker: '社工師',
    senior_social_worker: '高級社工師',
  },
};
