import { LitElement, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Locale } from '@wushe/schema';
import { Requester, type WusheClient, type WusheError } from '@wushe/sdk';
import type { CommonStrings } from '../locales/types.js';
import { configContext, localeOf, type WusheConfig } from './config.js';
import { configProperties } from './config-properties.js';
import { commonStrings, LocaleController } from './locale.js';
import { sameArgs } from './remote.js';
import { reportError } from '../events/wushe-error.js';

/**
 * What every wushe widget shares: configuration by attributes or from an ancestor
 * `<wushe-provider>`, a `client` property, the locale's strings (loaded on first use), theming
 * attributes, and typed `wushe-*` events that bubble out of the shadow root.
 */
export class WusheElement extends LitElement {
  static override properties = configProperties;

  /** The API's base URL; falls back to the provider's. */
  declare apiBase: string | undefined;
  /** A publishable key (`pk_…`), bound to this portal's origin; falls back to the provider's. */
  declare publishableKey: string | undefined;
  /** The 12-digit community code to show; falls back to the provider's. */
  declare community: string | undefined;
  /** `zh-CN` (default), `zh-HK` or `en`; falls back to the provider's. */
  declare lang: string;
  /** `light` or `dark`; by default the reader's system setting. */
  declare theme: 'light' | 'dark' | undefined;
  /** Elder mode (适老化): larger text and targets, stronger contrast. */
  declare elder: boolean;
  /** An SDK client built by the page; wins over `api-base` and `publishable-key`. */
  declare client: WusheClient | undefined;

  private readonly consumer: ContextConsumer<typeof configContext, this>;
  /** Whether a provider has answered this widget's context request. */
  private answered = false;
  private provided: Partial<WusheConfig> = {};
  /** The configuration `configChanged` was last called for. */
  private lastConfig: readonly unknown[] | undefined;
  private requesterFor: { key: string; requester: Requester } | undefined;
  /** The shared wording in this widget's locale. */
  private readonly common = new LocaleController(this, commonStrings);

  constructor() {
    super();
    this.lang = '';
    this.elder = false;
    this.consumer = new ContextConsumer(this, {
      context: configContext,
      subscribe: true,
      callback: (config) => {
        this.answered = true;
        this.provided = config;
        this.requestUpdate();
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A bundle may upgrade this widget (its chunk first) before `<wushe-provider>` is defined: the
    // one context request then goes unanswered. Until answered, ask again when a provider appears
    // around this widget (it announces itself with a `context-provider` event).
    if (!this.answered) document.addEventListener('context-provider', this.onProvider);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('context-provider', this.onProvider);
  }

  private readonly onProvider = (event: Event) => {
    const { context, contextTarget } = event as Event & { context?: unknown; contextTarget?: Node };
    if (context !== configContext || !contextTarget?.contains(this)) return;
    document.removeEventListener('context-provider', this.onProvider);
    this.consumer.hostDisconnected();
    this.consumer.hostConnected();
  };

  /** The configuration in force: this element's own attributes first, then its provider's. */
  get config(): WusheConfig {
    return {
      apiBase: this.apiBase || this.provided.apiBase || '',
      publishableKey: this.publishableKey || this.provided.publishableKey || '',
      community: this.community || this.provided.community || '',
      lang: this.locale,
      client: this.client ?? this.provided.client,
    };
  }

  /**
   * The configuration a widget's data depends on, for a `RemoteController`'s `args`: the data
   * loads again when the API, the key, the community, the language or the client changes.
   */
  protected configArgs(): readonly unknown[] {
    const { apiBase, publishableKey, community, lang, client } = this.config;
    return [apiBase, publishableKey, community, lang, client];
  }

  get locale(): Locale {
    return localeOf(this.lang || this.provided.lang);
  }

  /** The SDK requester for the configuration in force, rebuilt only when it changes. */
  /** The wording every widget shares, in this widget's locale (zh-CN until it has loaded). */
  protected get strings(): CommonStrings {
    return this.common.value;
  }

  protected get requester(): Requester {
    const { client, apiBase, publishableKey, lang } = this.config;
    if (client) return client.requester;
    // The issue messages come with the shared wording: a new requester once they have loaded.
    const key = `${apiBase}|${publishableKey}|${lang}|${this.strings.locale}`;
    if (this.requesterFor?.key !== key) {
      this.requesterFor = {
        key,
        requester: new Requester({
          baseUrl: apiBase || location.origin,
          publishableKey,
          locale: lang,
          issueMessages: this.strings.issues,
        }),
      };
    }
    return this.requesterFor.requester;
  }

  /**
   * Called before the first render and whenever the configuration in force changes (an attribute,
   * the provider's value, the client, the language): widgets load their data here. Not on connect:
   * a provider's configuration reaches its widgets only when the provider first updates.
   */
  protected configChanged(): void {
    // A widget that loads data overrides this.
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const config = this.configArgs();
    if (!sameArgs(this.lastConfig, config)) {
      this.lastConfig = config;
      this.configChanged();
    }
  }

  /** Tells the page (its analytics, its support tooling) that a request failed: `wushe-error`. */
  protected report(error: WusheError): void {
    reportError(this, error);
  }

  /** Dispatches a `wushe-*` event that bubbles and crosses shadow roots. */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
