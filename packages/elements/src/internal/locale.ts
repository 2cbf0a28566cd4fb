import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@wushe/schema';
import type { CommonStrings } from '../locales/types.js';
import { zhCN } from '../locales/zh-CN.js';

/**
 * Strings in three locales where zh-CN, the default, is bundled and the others are loaded on first
 * use: a page in zh-CN never downloads them. Every widget's own wording uses one of these, as the
 * shared wording does.
 */
export class LocaleStrings<T extends { readonly locale: Locale }> {
  private readonly loaded = new Map<Locale, T>();
  private readonly loading = new Map<Locale, Promise<T>>();

  constructor(
    private readonly fallback: T,
    private readonly loaders: Readonly<Record<'zh-HK' | 'en', () => Promise<{ strings: T }>>>,
  ) {
    this.loaded.set(fallback.locale, fallback);
  }

  /** The strings of `locale` when already loaded; zh-CN otherwise. */
  get(locale: Locale): T {
    return this.loaded.get(locale) ?? this.fallback;
  }

  /** Loads `locale` once; resolves at once when it is loaded already. */
  load(locale: Locale): Promise<T> {
    const ready = this.loaded.get(locale);
    if (ready) return Promise.resolve(ready);
    let pending = this.loading.get(locale);
    if (!pending) {
      pending = this.loaders[locale as 'zh-HK' | 'en']().then(({ strings }) => {
        this.loaded.set(locale, strings);
        return strings;
      });
      this.loading.set(locale, pending);
    }
    return pending;
  }
}

/**
 * A widget's wording in its locale: `value` is zh-CN until the widget's locale has loaded (its own
 * lazy chunk), then that locale's, and the widget renders again. One line per set of strings:
 * `private readonly words = new LocaleController(this, ownStrings)`.
 */
export class LocaleController<T extends { readonly locale: Locale }> implements ReactiveController {
  value: T;
  /** The locale asked for last: an answer for an earlier one is dropped. */
  private wanted: Locale | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly locale: Locale },
    private readonly strings: LocaleStrings<T>,
  ) {
    this.value = strings.get('zh-CN');
    host.addController(this);
  }

  hostUpdate(): void {
    const locale = this.host.locale;
    if (locale === this.wanted) return;
    this.wanted = locale;
    if (this.value.locale === locale) return;
    void this.strings.load(locale).then((value) => {
      if (this.wanted !== value.locale) return;
      this.value = value;
      this.host.requestUpdate();
    });
  }
}

/** The wording every widget shares. */
export const commonStrings = new LocaleStrings<CommonStrings>(zhCN, {
  'zh-HK': () => import('../locales/zh-HK.js'),
  en: () => import('../locales/en.js'),
});

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
