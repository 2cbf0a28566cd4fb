import type { RatingLevelNames, SurveyStrings } from './zh-CN.js';

export const ratingLevels: RatingLevelNames = {
  5: 'Very satisfied',
  4: 'Satisfied',
  3: 'Fairly satisfied',
  2: 'Dissatisfied',
  1: 'Very dissatisfied',
};

export const strings: SurveyStrings = {
  locale: 'en',
  levels: ratingLevels,
  title: 'Satisfaction survey',
  anonymous:
    'Your answers are anonymous: we do not record your name or mobile number. Please answer every question not marked optional.',
  chooseOne: 'Choose one',
  chooseSome: 'Choose at least one',
  chooseAtMost: 'Choose up to {count}',
  npsEnds: '0 means {low}; 10 means {high}',
  maxLength: 'Up to {count} characters',
  remaining: '{count} characters left',
  answerOne: 'Answer at least one question before submitting',
  followUpTitle: 'Would you like a call back?',
  followUpIntro:
    'We are sorry the service fell short. If you would like community staff to call you about it, leave a name and a mobile number; or just submit, and your answers stay anonymous.',
  contactName: 'What should we call you',
  contactMobile: 'Mobile number',
  contactConsent: 'I agree that community staff may use these details to call me about this rating',
  policy: 'Privacy notice',
  opensNewWindow: ' (opens in a new window)',
  send: 'Submit',
  thanks: 'Thank you for your feedback!',
  thanksNext: 'Your answers help improve community services.',
  thanksFollowUp: 'Community staff will call you soon.',
  answeredBefore: 'You have already rated this service: thank you',
  answeredBeforeNext: 'Each person rates each service once.',
  closed: 'This survey has closed. Thank you for your interest.',
  notFound: 'This survey could not be found; it may have closed.',
  misconfigured:
    'This survey widget is missing its survey or subject setting, so it cannot take answers. Please tell the site administrator.',
  sendFailed: 'Your answers were not sent. Everything you entered is still here: please try again.',
};
