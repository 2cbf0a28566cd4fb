import type { Locale } from '@wushe/schema';
import { strings as en } from './en.js';
import { zhCN, type DonateButtonStrings } from './zh-CN.js';
import { strings as zhHK } from './zh-HK.js';

export type { DonateButtonStrings };

/** The button's wording by locale: all bundled (see `DonateButtonStrings`). */
export const donateButtonStrings: Readonly<Record<Locale, DonateButtonStrings>> = {
  'zh-CN': zhCN,
  'zh-HK': zhHK,
  en,
};
