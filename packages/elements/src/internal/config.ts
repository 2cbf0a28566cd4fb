import { ContextRoot, createContext } from '@lit/context';
import type { Locale } from '@wushe/schema';
import type { WusheClient } from '@wushe/sdk';

/**
 * What every widget needs to know about the page: where the API is, which key to use, which
 * community to show, which language. Given once on a `<wushe-provider>` or on each widget.
 */
export interface WusheConfig {
  readonly apiBase: string;
  readonly publishableKey: string;
  readonly community: string;
  readonly lang: Locale;
  /** A client built by the page (e.g. the SDK's fixture client in stories); it wins over the rest. */
  readonly client: WusheClient | undefined;
}

/**
 * The context a provider gives its widgets. Keyed by `Symbol.for`, so a widget from one copy of the
 * bundle still finds the provider of another copy on the same page.
 */
export const configContext = createContext<Partial<WusheConfig>>(Symbol.for('wushe.config'));

const ROOT_KEY = Symbol.for('wushe.contextRoot');

/**
 * Makes a provider defined after its widgets still reach them: a bundle may upgrade a widget (its
 * chunk first) before `<wushe-provider>`, and the widget's one context request would go unanswered.
 * A `ContextRoot` on the document keeps unanswered requests and replays them when a provider
 * appears. Once per page, whichever copy of the bundle comes first.
 */
export function attachContextRoot(): void {
  const page = globalThis as { [ROOT_KEY]?: ContextRoot };
  if (page[ROOT_KEY] || typeof document === 'undefined') return;
  page[ROOT_KEY] = new ContextRoot();
  page[ROOT_KEY].attach(document.documentElement);
}

export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-HK', 'en'];

/** The locale a `lang` attribute names: `zh-TW`, `zh-Hant` and `zh-HK` read as zh-HK, `en-*` as en. */
export function localeOf(lang: string | null | undefined): Locale {
  const value = (lang ?? '').toLowerCase();
  if (value.startsWith('en')) return 'en';
  if (value === 'zh-hk' || value === 'zh-tw' || value === 'zh-mo' || value.startsWith('zh-hant'))
    return 'zh-HK';
  return 'zh-CN';
}
