import type { Locale } from '@wushe/schema';

export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-HK', 'en'];

/** The locale a `lang` attribute names: `zh-TW`, `zh-Hant` and `zh-HK` read as zh-HK, `en-*` as en. */
export function localeOf(lang: string | null | undefined): Locale {
  const value = (lang ?? '').toLowerCase();
  if (value.startsWith('en')) return 'en';
  if (value === 'zh-hk' || value === 'zh-tw' || value === 'zh-mo' || value.startsWith('zh-hant'))
    return 'zh-HK';
  return 'zh-CN';
}
