import { Requester, type WusheError } from '@wushe/sdk';
import { WusheElement } from '@wushe/elements/foundation.js';

/**
 * What every staff widget shares, on top of the resident widgets' foundation: a `token` (a
 * portal's delegated session, or a session the page signed in), or with none the console's own
 * session, which the browser sends as the server's HttpOnly cookie on the API's origin. A staff
 * widget never sends a publishable key: it reads the API as the person signed in.
 */
export class StaffElement extends WusheElement {
  static override properties = {
    ...WusheElement.properties,
    token: { attribute: false },
  };

  /**
   * A staff session token (`st_…`): a delegated session minted by the portal's server, or the one
   * `<wushe-staff-sign-in>` reported. Left out, the console's session cookie is used.
   */
  declare token: string | undefined;

  private staffRequesterFor: { key: string; requester: Requester } | undefined;

  /** The configuration the data depends on, and the session: a new token loads it again. */
  protected override configArgs(): readonly unknown[] {
    return [...super.configArgs(), this.token];
  }

  protected override get requester(): Requester {
    const { client, apiBase, lang } = this.config;
    if (client) return client.requester;
    const key = `${apiBase}|${this.token ?? ''}|${lang}|${this.strings.locale}`;
    if (this.staffRequesterFor?.key !== key) {
      this.staffRequesterFor = {
        key,
        requester: new Requester({
          baseUrl: apiBase || location.origin,
          ...(this.token ? { staffToken: this.token } : {}),
          locale: lang,
          issueMessages: this.strings.issues,
        }),
      };
    }
    return this.staffRequesterFor.requester;
  }
}

/** Whether a failure means the person may not do this here (403): the forbidden state. */
export const isForbidden = (error: WusheError | undefined): boolean => error?.status === 403;

/** Whether a failure means the session is gone (401): the person must sign in again. */
export const isSignedOut = (error: WusheError | undefined): boolean => error?.status === 401;
