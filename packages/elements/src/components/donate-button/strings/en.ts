import type { DonateButtonStrings } from './zh-CN.js';

export const strings: DonateButtonStrings = {
  locale: 'en',
  donate: 'Donate',
  dialog: 'Donate to a community fund',
  close: 'Close',
  failed: 'The donation window could not open. Check your connection and try again.',
};
