import type { Locale } from '@wushe/schema';
import type { CommonStrings } from '../locales/types.js';
import { zhCN } from '../locales/zh-CN.js';

const loaded = new Map<Locale, CommonStrings>([['zh-CN', zhCN]]);
const loading = new Map<Locale, Promise<CommonStrings>>();

/** The strings of `locale` when already loaded; zh-CN (the default, always bundled) otherwise. */
export function stringsFor(locale: Locale): CommonStrings {
  return loaded.get(locale) ?? zhCN;
}

/**
 * Loads a non-default locale once, on first use: a page in zh-CN never downloads the others.
 * Resolves to its strings; zh-CN resolves at once.
 */
export function loadStrings(locale: Locale): Promise<CommonStrings> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = (locale === 'en' ? import('../locales/en.js') : import('../locales/zh-HK.js')).then(
      ({ strings }) => {
        loaded.set(locale, strings);
        return strings;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
