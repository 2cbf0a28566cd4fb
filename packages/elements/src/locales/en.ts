import { enIssues } from '@wushe/schema';
import type { CommonStrings, DomainStrings } from './types.js';

export const strings: CommonStrings = {
  locale: 'en',
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'This could not be loaded',
  errorReference: 'If you need help, quote reference {requestId}',
  offline: 'You are offline. Check your connection and try again',
  reconnecting: 'The connection is unstable: reconnecting…',
  empty: 'Nothing here yet',
  submit: 'Submit',
  submitting: 'Submitting…',
  cancel: 'Cancel',
  close: 'Close',
  optional: 'optional',
  fixFields: '{count} fields need correcting: see the messages in red',
  draftRestored: 'What you typed last time has been restored',
  issues: enIssues,
};

export const domain: DomainStrings = {
  locale: 'en',
  categories: {
    elderly_care: 'Elderly care',
    social_assistance: 'Social assistance',
    child_welfare: 'Child welfare',
    disability_support: 'Disability support',
    mental_health: 'Mental health',
    education: 'Education',
    culture_sports: 'Culture and sports',
    community_governance: 'Community affairs',
    sanitation: 'Environment and sanitation',
    other: 'Other',
  },
  availability: {
    weekday_daytime: 'Weekday daytime',
    weekday_evening: 'Weekday evenings',
    weekend_daytime: 'Weekend daytime',
    weekend_evening: 'Weekend evenings',
    flexible: 'Flexible',
  },
};
