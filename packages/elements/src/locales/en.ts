import { enErrors, enIssues } from '@wushe/schema';
import type { CommonStrings } from './types.js';

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
  errors: enErrors,
};
