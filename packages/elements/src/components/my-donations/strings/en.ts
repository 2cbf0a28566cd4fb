import type { MyDonationsStrings } from './zh-CN.js';

export const strings: MyDonationsStrings = {
  locale: 'en',
  title: 'My donations',
  signInIntro:
    'Sign in with the mobile you gave when donating, to see each donation, whether it arrived, and your receipt requests.',
  empty: 'No donations were made with this mobile yet.',
  refresh: 'Refresh',
  statuses: {
    pending: 'Awaiting confirmation',
    succeeded: 'Received',
    failed: 'Failed',
    refunded: 'Refunded',
  },
  amount: 'Amount',
  date: 'Date',
  status: 'Status',
  shownAs: 'Listed publicly as',
  receipt: 'Donation receipt',
  receiptRequested: 'Requested, made out to {title}',
  creditCode: 'Unified social credit code: {code}',
  noReceipt: 'Not requested. For a receipt, contact the fund’s organization.',
};
