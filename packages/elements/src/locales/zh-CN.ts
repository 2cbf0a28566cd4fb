import { zhCNErrors, zhCNIssues } from '@wushe/schema';
import type { CommonStrings } from './types.js';

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
  errors: zhCNErrors,
};
