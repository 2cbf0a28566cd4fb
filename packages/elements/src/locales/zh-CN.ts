import { zhCNIssues } from '@wushe/schema';
import type { CommonStrings, DomainStrings } from './types.js';

export const zhCN: CommonStrings = {
  locale: 'zh-CN',
  loading: '正在加载…',
  retry: '重试',
  errorTitle: '暂时无法加载',
  errorReference: '如需帮助，请提供编号 {requestId}',
  offline: '网络已断开，请检查网络后重试',
  reconnecting: '网络不稳定，正在重新连接…',
  empty: '暂无内容',
  submit: '提交',
  submitting: '正在提交…',
  cancel: '取消',
  close: '关闭',
  optional: '选填',
  fixFields: '有 {count} 处需要修改，请查看标红的内容',
  draftRestored: '已恢复您上次未提交的内容',
  issues: zhCNIssues,
};

export const zhCNDomain: DomainStrings = {
  locale: 'zh-CN',
  categories: {
    elderly_care: '养老服务',
    social_assistance: '社会救助',
    child_welfare: '儿童福利',
    disability_support: '助残服务',
    mental_health: '心理健康',
    education: '教育培训',
    culture_sports: '文体活动',
    community_governance: '社区治理',
    sanitation: '环境卫生',
    other: '其他',
  },
  availability: {
    weekday_daytime: '工作日白天',
    weekday_evening: '工作日晚上',
    weekend_daytime: '周末白天',
    weekend_evening: '周末晚上',
    flexible: '时间灵活',
  },
};
