import { zhHKIssues } from '@wushe/schema';
import type { CommonStrings, DomainStrings } from './types.js';

export const strings: CommonStrings = {
  locale: 'zh-HK',
  loading: '正在載入…',
  retry: '重試',
  errorTitle: '暫時無法載入',
  errorReference: '如需協助，請提供編號 {requestId}',
  offline: '網絡已中斷，請檢查網絡後重試',
  reconnecting: '網絡不穩定，正在重新連線…',
  empty: '暫無內容',
  submit: '提交',
  submitting: '正在提交…',
  cancel: '取消',
  close: '關閉',
  optional: '選填',
  fixFields: '有 {count} 處需要修改，請查看標紅的內容',
  draftRestored: '已恢復您上次未提交的內容',
  issues: zhHKIssues,
};

export const domain: DomainStrings = {
  locale: 'zh-HK',
  categories: {
    elderly_care: '安老服務',
    social_assistance: '社會救助',
    child_welfare: '兒童福利',
    disability_support: '助殘服務',
    mental_health: '心理健康',
    education: '教育培訓',
    culture_sports: '文體活動',
    community_governance: '社區治理',
    sanitation: '環境衞生',
    other: '其他',
  },
  availability: {
    weekday_daytime: '平日日間',
    weekday_evening: '平日晚間',
    weekend_daytime: '週末日間',
    weekend_evening: '週末晚間',
    flexible: '時間靈活',
  },
};
