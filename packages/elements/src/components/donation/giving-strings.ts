import type { Locale } from '@wushe/schema';
import { LocaleStrings } from '../../internal/locale.js';
import { zhCN, type GivingStrings } from './strings/giving.zh-CN.js';

const givingStrings = new LocaleStrings<GivingStrings>(zhCN, {
  'zh-HK': () => import('./strings/giving.zh-HK.js'),
  en: () => import('./strings/giving.en.js'),
});

/**
 * Giving's and the ledger's wording in `locale`, loaded with them rather than with the element:
 * zh-CN at once, another locale on first use, after which `loaded` re-renders with it.
 */
export function givingText(locale: Locale, loaded: () => void): GivingStrings {
  const text = givingStrings.get(locale);
  if (text.locale !== locale) void givingStrings.load(locale).then(loaded);
  return text;
}

export type { GivingStrings };
