import { css, html, type TemplateResult } from 'lit';
import type { Requester } from '@wushe/sdk';
import { fill, LocaleController, LocaleStrings } from './locale.js';
import { ResidentSessionController } from './resident-session-controller.js';
import { ResidentSignInController, type SignInHost } from './resident-sign-in.js';
import { residentSignInStyles } from './resident-sign-in.styles.js';
import { zhCN, type Followed, type FollowStrings } from './follow-strings/zh-CN.js';

const followStrings = new LocaleStrings<FollowStrings>(zhCN, {
  'zh-HK': () => import('./follow-strings/zh-HK.js'),
  en: () => import('./follow-strings/en.js'),
});

/** `13800138000` → `138 0013 8000`, as read aloud. */
const spaced = (mobile: string) => mobile.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3');

/**
 * "Follow this", offered after a resident posts a need or gives: the server lists a resident's
 * needs and donations by the mobile they were given with (`GET /v1/residents/me/needs`,
 * `/me/donations`), so following is signing in with that mobile — through the page's shared
 * sign-in, inline (elder mode wants no pop-ups), the mobile filled in. Signed in already with it:
 * followed. Signed in with another: said so, with a way to switch.
 *
 * Loaded with what shows it (the post dialog, the giving step), never with a widget's first load.
 * The host adopts `followOfferStyles`.
 */
export class FollowOffer {
  private static readonly offers = new WeakMap<SignInHost, FollowOffer>();

  /** The offer of `host`, made on first use: one per widget, however often it is shown. */
  static of(host: SignInHost, requester: () => Requester): FollowOffer {
    let offer = FollowOffer.offers.get(host);
    if (!offer) FollowOffer.offers.set(host, (offer = new FollowOffer(host, requester)));
    return offer;
  }

  private readonly session: ResidentSessionController;
  private readonly signIn: ResidentSignInController;
  private readonly words: LocaleController<FollowStrings>;
  /** The sign-in form is open. */
  private signingIn = false;

  private constructor(
    private readonly host: SignInHost,
    requester: () => Requester,
  ) {
    this.session = new ResidentSessionController(host, requester);
    this.signIn = new ResidentSignInController(host, this.session, requester);
    this.words = new LocaleController(host, followStrings);
  }

  /** The offer for a need or donation given with `mobile` (nothing without one). */
  render(what: Followed, mobile: string | undefined): TemplateResult {
    const t = this.words.value;
    if (!mobile) return html``;
    const signedIn = this.session.session?.resident.mobile;
    const number = spaced(mobile);
    let body: TemplateResult;
    if (signedIn === mobile) {
      body = html`<p class="followed" part="followed" role="status">${t.followed[what]}</p>`;
    } else if (signedIn) {
      body = html`<p>${fill(t.otherMobile, { mobile: number })}</p>
        <p class="actions">
          <button
            type="button"
            class="secondary"
            part="follow-button"
            @click=${() => void this.switchTo(mobile)}
          >
            ${fill(t.switchMobile, { mobile: number })}
          </button>
        </p>`;
    } else if (this.signingIn) {
      body = this.signIn.render(fill(t.offer[what], { mobile: number }));
    } else {
      body = html`<p>${fill(t.offer[what], { mobile: number })}</p>
        <p class="actions">
          <button
            type="button"
            class="secondary"
            part="follow-button"
            @click=${() => void this.open(mobile)}
          >
            ${t.follow}
          </button>
        </p>`;
    }
    return html`<section class="follow" part="follow" aria-label=${t.title[what]}>
      ${body}
    </section>`;
  }

  /** Opens the sign-in form with `mobile` filled in, the focus on its field. */
  private async open(mobile: string): Promise<void> {
    this.signIn.mobile = mobile;
    this.signingIn = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#sign-in-mobile')?.focus();
  }

  /** Signs the other mobile out (of every widget), then offers the sign-in with this one. */
  private async switchTo(mobile: string): Promise<void> {
    await this.session.signOut();
    await this.open(mobile);
  }
}

/** The offer's rules with the sign-in form's, for the host to adopt with the offer. */
export const followOfferStyles = css`
  ${residentSignInStyles}
  .follow {
    display: grid;
    gap: 0.5em;
    margin-top: var(--_gap);
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .follow p {
    margin: 0;
  }
  .followed {
    color: var(--_success);
    font-weight: 600;
  }
`;
