import { ratingLevels } from '../../survey/strings/zh-HK.js';
import type { SurveyResultsStrings } from './zh-CN.js';

export const strings: SurveyResultsStrings = {
  locale: 'zh-HK',
  levels: ratingLevels,
  heading: '評價結果',
  title: '{title}：評價結果',
  responses: '共 {count} 份評價',
  csat: '滿意率',
  csatExplained: '評價為「滿意」或「非常滿意」的比例。',
  nps: '淨推薦值（NPS）',
  npsExplained: '給 9–10 分的人所佔比例減去給 0–6 分的人所佔比例，範圍 −100 至 100。',
  interval: '95% 信賴區間 {low} 至 {high}',
  intervalExplained: '信賴區間是真實數值很可能所在的範圍；評價越多，範圍越窄。',
  answered: '{count} 人作答',
  mean: '平均 {mean} 分',
  choice: '選項',
  count: '人數',
  share: '佔作答人數',
  tableCaption: '{prompt}：各選項人數',
  npsGroups: '0–6 分計為貶損者，7–8 分為中立者，9–10 分為推薦者。',
  multiNote: '可多選，各項比例相加可超過 100%。',
  withheldAll:
    '目前評價不足 {minimum} 份。為保護評價人的私隱，評價達到 {minimum} 份後才公布統計結果。',
  withheldQuestion: '本題作答不足 {minimum} 人，為保護評價人的私隱，暫不公布。',
  textNotShown: '文字意見只供工作人員改善服務，不公開。',
  none: '還沒有人評價。',
  notPublic: '這項評價的結果不公開。',
  notFound: '找不到這項評價。',
  misconfigured: '這個結果組件缺少 survey 設定，無法顯示。請聯絡網站管理員。',
};
