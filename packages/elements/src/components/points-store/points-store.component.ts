import { html, nothing, type TemplateResult } from 'lit';
import type { IssuedRedemption, Reward, RewardKind } from '@wushe/schema';
import { WusheError } from '@wushe/sdk';
import { Attempt } from '../../internal/attempt.js';
import { renderEmptyState, renderLoadState } from '../../internal/load-state.js';
import { fill, LocaleController, LocaleStrings } from '../../internal/locale.js';
import { RemoteController } from '../../internal/remote.js';
import { ResidentSessionController } from '../../internal/resident-session-controller.js';
import type { ResidentSignInController } from '../../internal/resident-sign-in.js';
import { WusheElement } from '../../internal/wushe-element.js';
import type {} from '../../events/wushe-reward-redeemed.js';
import { renderRedeemDialog, type RedeemState } from './redeem-dialog.js';
import { pointsStoreStyles } from './points-store.styles.js';
import { zhCN, type PointsStoreStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<PointsStoreStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

type KindShown = RewardKind | 'all';
const KINDS: readonly KindShown[] = ['all', 'service', 'goods'];

/**
 * @tagname wushe-points-store
 * @summary The 爱心超市: a community's rewards for 公益积分, and redeeming one for a pickup code.
 *
 * Lists the community's rewards (services and goods) with their price in points, the stock left
 * and who provides them; an out-of-stock reward is shown, marked, and cannot be redeemed. A
 * resident signs in inside the widget (mobile and SMS code, the page's shared sign-in: one for
 * every resident widget), sees their balance and redeems a reward after confirming in a dialog; the single-use pickup code is then shown as text and as a QR code, this
 * once. The server's refusals (not enough points, just run out) are told in the dialog, and
 * nothing is spent.
 *
 * @event wushe-reward-redeemed - Points were spent on a reward; `detail` is the redemption (without its pickup code).
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart balance - My balance (signed in).
 * @csspart notice - What a resident must do to redeem (sign in, register as a volunteer).
 * @csspart sign-in-button - Opens the sign-in form (signed out).
 * @csspart sign-in - The shared sign-in form (mobile, then the SMS code).
 * @csspart send-code - The sign-in form's button that sends the code.
 * @csspart code-input - The SMS code field.
 * @csspart sign-in-submit - The button that signs in with the code.
 * @csspart resend - Sends another code.
 * @csspart change-mobile - Back to the mobile field.
 * @csspart signed-in - Who is signed in, with the sign-out button.
 * @csspart sign-out - Signs out of every resident widget of the page.
 * @csspart filter - The kind filter's buttons.
 * @csspart rewards - The list of rewards.
 * @csspart reward - One reward.
 * @csspart reward-out-of-stock - A reward with no stock left (besides `reward`).
 * @csspart kind - A reward's kind (service or goods).
 * @csspart price - A reward's price in points.
 * @csspart stock - The stock left, or that it ran out.
 * @csspart provider - Who provides the reward.
 * @csspart redeem - A reward's redeem button.
 * @csspart dialog - The redemption dialog (native `<dialog>`).
 * @csspart confirm - The dialog's button that spends the points.
 * @csspart cancel - The dialog's button that leaves without spending.
 * @csspart refusal - Why the server refused the redemption.
 * @csspart pickup - The pickup code's panel.
 * @csspart pickup-code - The pickup code as text.
 * @csspart qr - The pickup code as a QR code (SVG).
 * @csspart done - The button that closes the dialog after redeeming.
 * @csspart alert - The widget is misconfigured (no `community`).
 * @csspart state - The load-state panel: loading, offline, an error, or empty.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the catalog could not be loaded.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads again.
 * @csspart state-empty - The catalog has nothing on offer.
 *
 * @cssproperty --wushe-color-primary - Buttons and prices.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WushePointsStore extends WusheElement {
  static override styles = pointsStoreStyles;

  static override properties = {
    ...WusheElement.properties,
    redeeming: { state: true },
    signingIn: { state: true },
    shownKind: { state: true },
  };

  /** The redemption in the dialog. */
  declare redeeming: RedeemState | undefined;
  /** The kind of rewards shown. */
  declare shownKind: KindShown;
  /** The sign-in form is open (a signed-out resident asked to redeem). */
  declare signingIn: boolean;

  /** The page's signed-in resident, shared by every resident widget (and tab). */
  readonly session = new ResidentSessionController(this, () => this.requester);
  /**
   * The sign-in form and the "signed in as" line: loaded (with the schemas the form sends) only
   * when a resident opens the form or is signed in, so browsing the catalog never carries them.
   */
  private signIn: ResidentSignInController | undefined;
  private loadingSignIn: Promise<ResidentSignInController> | undefined;

  private readonly words = new LocaleController(this, ownStrings);
  private readonly attempt = new Attempt();
  /** The redeem button that opened the dialog, for focus on close. */
  private opener: HTMLElement | undefined;

  constructor() {
    super();
    this.shownKind = 'all';
    this.signingIn = false;
  }

  /** The resident token in force, if someone is signed in. */
  private get token(): string | undefined {
    return this.session.session?.token;
  }

  protected get text(): PointsStoreStrings {
    return this.words.value;
  }

  /** The community's catalog. */
  readonly rewards = new RemoteController(this, {
    task: async ([community]: readonly [string, ...unknown[]], { signal }) => {
      const { fetchRewards } = await import('./api.js');
      return fetchRewards(this.requester, community, signal);
    },
    args: () => {
      const { community } = this.config;
      return community ? ([community, ...this.configArgs()] as const) : undefined;
    },
  });

  /** My balance when signed in (`null`: not a registered volunteer, so nothing earned). */
  readonly balance = new RemoteController(this, {
    task: async (_args: readonly [string, ...unknown[]], { signal }) => {
      const { fetchBalance } = await import('./resident-calls.js');
      return fetchBalance(this.session, signal);
    },
    args: () => (this.token ? ([this.token, ...this.configArgs()] as const) : undefined),
  });

  private format(points: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 }).format(points);
  }

  override render() {
    const t = this.text;
    // While the catalog loads again after a redemption, the page keeps showing it (and focus stays).
    const loaded =
      this.rewards.status === 'loading' || this.rewards.status === 'ready'
        ? this.rewards.value
        : undefined;
    return html`<div
      part="base"
      class="base"
      aria-busy=${this.rewards.status === 'loading' ? 'true' : 'false'}
    >
      <h2 part="title">${t.title}</h2>
      ${
        !this.config.community
          ? html`<p class="alert" part="alert" role="alert">${t.misconfigured}</p>`
          : html`${this.renderAccount()}
            ${
              !loaded
                ? renderLoadState(this.rewards, this.strings)
                : loaded.length === 0
                  ? renderEmptyState(this.strings, t.empty)
                  : this.renderCatalog(loaded)
            }`
      }
      ${renderRedeemDialog(
        this.redeeming,
        {
          confirm: () => void this.confirm(),
          close: () => {
            this.closeDialog();
          },
          format: (points) => this.format(points),
        },
        t,
        this.strings,
      )}
    </div>`;
  }

  private renderAccount(): TemplateResult | typeof nothing {
    const t = this.text;
    if (!this.token) {
      return this.signingIn
        ? (this.signIn?.render(t.signInIntro) ?? html`<p>${this.strings.loading}</p>`)
        : html`<p class="notice" part="notice">
            <span>${t.signInToRedeem}</span>
            <button
              type="button"
              class="secondary"
              part="sign-in-button"
              @click=${() => void this.openSignIn()}
            >
              ${t.signInButton}
            </button>
          </p>`;
    }
    const points = this.balance.value;
    if (!this.signIn) this.loadSignIn().catch(() => undefined);
    return html`${this.signIn?.renderSignedIn() ?? nothing}
    ${
      points === undefined
        ? nothing
        : points === null
          ? html`<p class="notice" part="notice">${t.notVolunteer}</p>`
          : html`<p class="balance" part="balance">
              ${fill(t.balance, { points: this.format(points) })}
            </p>`
    }`;
  }

  /** Shows the shared sign-in form, inline (elder mode wants no pop-ups), its mobile field focused. */
  private loadSignIn(): Promise<ResidentSignInController> {
    this.loadingSignIn ??= import('../../internal/resident-sign-in.js').then(
      ({ ResidentSignInController }) => {
        this.signIn = new ResidentSignInController(this, this.session, () => this.requester);
        this.requestUpdate();
        return this.signIn;
      },
      (error: unknown) => {
        // Offline: the next click or render tries again.
        this.loadingSignIn = undefined;
        throw error;
      },
    );
    return this.loadingSignIn;
  }

  private async openSignIn(): Promise<void> {
    this.signingIn = true;
    await this.loadSignIn().catch(() => undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sign-in-mobile')?.focus();
  }

  private renderCatalog(rewards: readonly Reward[]): TemplateResult {
    const t = this.text;
    const shown = rewards.filter(
      (reward) => this.shownKind === 'all' || reward.kind === this.shownKind,
    );
    return html`<div class="filter" role="group" aria-label=${t.kindFilter}>
        ${KINDS.map(
          (kind) =>
            html`<button
              type="button"
              class="secondary"
              part="filter"
              aria-pressed=${this.shownKind === kind ? 'true' : 'false'}
              @click=${() => (this.shownKind = kind)}
            >
              ${kind === 'all' ? t.allKinds : t.kinds[kind]}
            </button>`,
        )}
      </div>
      <ul class="rewards" part="rewards">
        ${shown.map((reward) => this.renderReward(reward))}
      </ul>`;
  }

  private renderReward(reward: Reward): TemplateResult {
    const t = this.text;
    const out = reward.stock === 0;
    const price = this.format(reward.pointsPrice);
    return html`<li
      class="reward ${out ? 'out' : ''}"
      part="reward ${out ? 'reward-out-of-stock' : ''}"
    >
      <h3>${reward.title}</h3>
      <p class="kind" part="kind">${t.kinds[reward.kind]}</p>
      ${reward.description ? html`<p class="description">${reward.description}</p>` : nothing}
      <p class="price" part="price">${fill(t.price, { points: price })}</p>
      <p class="stock" part="stock">
        ${out ? t.outOfStock : fill(t.stock, { count: this.format(reward.stock) })}
      </p>
      <p class="provider muted" part="provider">
        ${fill(t.provider, { name: reward.providerName })}
      </p>
      ${
        this.token && !out
          ? html`<button
              type="button"
              part="redeem"
              data-reward=${reward.id}
              aria-label=${fill(t.redeemLabel, { title: reward.title, points: price })}
              @click=${(event: Event) => this.open(reward, event.currentTarget as HTMLElement)}
            >
              ${t.redeem}
            </button>`
          : nothing
      }
    </li>`;
  }

  private async open(reward: Reward, opener: HTMLElement): Promise<void> {
    this.opener = opener;
    this.redeeming = { reward, phase: 'confirm', balance: this.balance.value };
    await this.updateComplete;
    const dialog = this.dialog();
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('button.confirm')?.focus();
  }

  private dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog.redeem')!;
  }

  private closeDialog(): void {
    const dialog = this.dialog();
    if (dialog.open) dialog.close();
    if (!this.redeeming) return;
    this.redeeming = undefined;
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
    else this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Spends the points: one idempotency key per attempt, so a double click redeems once. */
  private async confirm(): Promise<void> {
    const state = this.redeeming;
    if (!state || state.phase === 'sending' || !this.token) return;
    const { reward } = state;
    this.redeeming = { ...state, phase: 'sending' };
    const key = this.attempt.keyFor({ rewardId: reward.id });
    try {
      const [{ redeemReward }, { renderPickupCode }] = await Promise.all([
        import('./resident-calls.js'),
        import('./pickup-code.js'),
      ]);
      const issued: IssuedRedemption = await redeemReward(this.session, reward.id, key);
      this.attempt.complete();
      const { pickupCode: _shownOnlyHere, ...redemption } = issued;
      this.redeeming = {
        ...state,
        phase: 'issued',
        issued,
        pickup: (shown) => renderPickupCode(shown, reward.providerName, this.text),
      };
      this.emit('wushe-reward-redeemed', redemption);
      await this.updateComplete;
      this.dialog().querySelector<HTMLElement>('h3')?.focus();
    } catch (error) {
      const failure =
        error instanceof WusheError
          ? error
          : new WusheError({ code: 'unknown_error', status: 0, message: String(error) });
      if (failure.status >= 400 && failure.status < 500) this.attempt.complete();
      this.report(failure);
      const refusals: Partial<Record<string, string>> = this.text.refusals;
      const refusal = refusals[failure.code] ?? this.text.failed;
      this.redeeming = { ...state, phase: 'refused', refusal };
    }
    // The stock and my balance changed (or were not what this page showed): read them again.
    void this.rewards.run();
    void this.balance.run();
  }
}
