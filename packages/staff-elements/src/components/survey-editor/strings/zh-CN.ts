import type { Locale, QuestionType, SubjectType } from '@wushe/schema';

/** The survey editor's wording, in one locale. */
export interface SurveyEditorStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly empty: string;
  readonly create: string;
  readonly name: string;
  readonly community: string;
  readonly wholeDistrict: string;
  readonly subjectType: string;
  readonly description: string;
  readonly resultsPublic: string;
  readonly open: string;
  readonly closed: string;
  readonly questions: string;
  /** `{n}`: the question's number. */
  readonly question: string;
  readonly questionType: string;
  readonly prompt: string;
  readonly required: string;
  readonly options: string;
  readonly optionsHint: string;
  readonly addQuestion: string;
  readonly removeQuestion: string;
  /** `{n}` responses, `{next}` the version that new questions make. */
  readonly frozen: string;
  readonly edit: string;
  /** `{version}`. */
  readonly version: string;
  /** `{n}`. */
  readonly responses: string;
  readonly replaced: string;
  readonly subjects: Readonly<Record<SubjectType, string>>;
  readonly types: Readonly<Record<QuestionType, string>>;
}

export const zhCN: SurveyEditorStrings = {
  locale: 'zh-CN',
  title: '满意度调查',
  empty: '这个范围内还没有满意度调查',
  create: '新建调查',
  name: '调查名称',
  community: '所属社区',
  wholeDistrict: '全区',
  subjectType: '评价对象',
  description: '说明',
  resultsPublic: '公开结果（样本过少时仍不显示）',
  open: '接受作答',
  closed: '已关闭',
  questions: '题目',
  question: '第 {n} 题',
  questionType: '题型',
  prompt: '题目内容',
  required: '必答',
  options: '选项',
  optionsHint: '每行一个选项',
  addQuestion: '添加题目',
  removeQuestion: '删除第 {n} 题',
  frozen: '已有 {n} 份答卷：题目改动后将发布第 {next} 版，本版关闭，旧答卷仍归本版',
  edit: '编辑',
  version: '第 {version} 版',
  responses: '{n} 份答卷',
  replaced: '已由新版本取代',
  subjects: {
    project: '项目',
    activity: '志愿活动',
    organization: '社会组织',
    community_service: '社区服务',
  },
  types: {
    rating: '满意度（五级）',
    nps: '推荐意愿（0–10 分）',
    single: '单选',
    multi: '多选',
    text: '文字意见',
  },
};

export const strings = zhCN;
