import { createContext } from '@lit/context';
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

export { LOCALES, localeOf } from './locale-of.js';
