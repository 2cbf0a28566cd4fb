import { LitElement, html } from 'lit';
import { ContextProvider } from '@lit/context';
import type { WusheClient } from '@wushe/sdk';
import { configContext, localeOf } from '../../internal/config.js';
import { providerStyles } from './provider.styles.js';

/**
 * @tagname wushe-provider
 * @summary Gives every wushe widget inside it the page's configuration, once.
 *
 * @slot - The widgets (and anything else) this configuration applies to.
 */
export class WusheProvider extends LitElement {
  static override styles = providerStyles;

  static override properties = {
    apiBase: { type: String, attribute: 'api-base', reflect: true },
    publishableKey: { type: String, attribute: 'publishable-key', reflect: true },
    community: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    client: { attribute: false },
  };

  /** The API's base URL, e.g. `https://wushe.example.gov.cn`. Widgets call `${apiBase}/v1/…`. */
  declare apiBase: string;
  /** A publishable key (`pk_…`): safe in a page, bound to the portal's origins. Never a secret key. */
  declare publishableKey: string;
  /** The 12-digit community code widgets show by default, e.g. `440113104001`. */
  declare community: string;
  /** `zh-CN` (default), `zh-HK` or `en`. */
  declare lang: string;
  /** An SDK client for every widget inside, instead of `api-base` and `publishable-key`. */
  declare client: WusheClient | undefined;

  private readonly provider = new ContextProvider(this, {
    context: configContext,
    initialValue: {},
  });

  constructor() {
    super();
    this.apiBase = '';
    this.publishableKey = '';
    this.community = '';
    this.lang = 'zh-CN';
  }

  override willUpdate(): void {
    this.provider.setValue({
      apiBase: this.apiBase,
      publishableKey: this.publishableKey,
      community: this.community,
      lang: localeOf(this.lang),
      client: this.client,
    });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
