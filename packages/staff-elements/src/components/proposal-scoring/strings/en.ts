import type { ProposalScoringStrings } from './zh-CN.js';

export const strings: ProposalScoringStrings = {
  locale: 'en',
  title: 'Scoring proposals',
  count: '{count} proposals waiting for your scores',
  empty: 'No proposal is waiting for your scores',
  proposalMeta: '{organization} · asks for {budget}',
  criterion: '{name} (weight {weight})',
  range: '{min}–{max} points',
  submit: 'Submit the scores',
  scored: 'Scores submitted: {title}',
  actionFailed: 'That did not work: {message}',
  forbidden: 'Your account may not score proposals here',
  signedOut: 'Your session has ended: please sign in again',
};
