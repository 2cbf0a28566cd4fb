import type { DonationDeskStrings } from './zh-CN.js';

export const strings: DonationDeskStrings = {
  locale: 'en',
  title: 'Pledges to confirm',
  count: '{count} waiting',
  empty: 'No pledges are waiting',
  donorReference: 'Donor reference',
  pledged: 'Pledged',
  confirm: 'Money arrived',
  bankReference: 'Bank reference',
  bankReferenceHint: 'The reference on the bank statement, for reconciliation',
  confirmPaid: 'Confirm the payment',
  markFailed: 'Mark as not paid',
  cancel: 'Cancel',
  confirmed: 'Confirmed: {fund} {amount}',
  failed: 'Marked as not paid: {fund} {amount}',
  actionFailed: 'That did not work: {message}',
  forbidden: 'Your account may not confirm donations here',
  signedOut: 'Your session has ended: please sign in again',
};
