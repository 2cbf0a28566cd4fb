import {
  adoptStyles,
  html,
  nothing,
  type CSSResult,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { FundDetail } from '@wushe/schema';
import { WusheElement } from '../../internal/wushe-element.js';
import { renderLoadState } from '../../internal/load-state.js';
import { RemoteController } from '../../internal/remote.js';
import { fill, LocaleController, LocaleStrings } from '../../internal/locale.js';
import type { Giving } from './giving.js';
import type { LedgerController } from './ledger.js';
import { donationStyles } from './donation.styles.js';
import { zhCN, type DonationStrings } from './strings/zh-CN.js';
import type {} from '../../events/wushe-error.js';
import type {} from '../../events/wushe-donation-created.js';
import type {} from '../../events/wushe-donation-succeeded.js';
import type {} from '../../events/wushe-donation-failed.js';

const ownStrings = new LocaleStrings<DonationStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The calls, loaded as the element starts: the routes bring the contract's schemas (and zod). */
const api = () => import('./api.js');
/**
 * The fund's templates arrive with the calls: nothing of a fund can be shown before the code
 * that fetches it has arrived anyway, so they need not weigh on the element's first load.
 */
const views = () => import('./fund-view.js');
type FundViews = Awaited<ReturnType<typeof views>>;

/** A desktop visitor gets a QR code to continue on their phone; a phone user just follows the link. */
const DESKTOP = '(hover: hover) and (pointer: fine)';

/**
 * @tagname wushe-donation
 * @summary A community fund (社区慈善基金): live progress, the fundraiser's disclosure, and giving.
 *
 * Shows the fund's name, progress (raised of target, donations) updated live, and the
 * fundraiser's Charity-Law disclosure (organization, qualification certificate, 备案编号, contact,
 * a link to 慈善中国). A fund without that disclosure gets an explanation and never a form. A
 * `platform` fund sends the donor to its designated internet fundraising platform (a link, and a
 * QR code on desktop) and takes no payment. A `direct` fund offers preset or typed amounts, the
 * donor's name or anonymity, "do not publish my name", a receipt request, the payment step
 * (offline pledge instructions or a provider's checkout) and what happens next. One idempotency
 * key per attempt, kept across double clicks, retries and reloads: a donation is never made twice.
 *
 * @event wushe-donation-created - A pending donation was created; `detail` is `{donation, payment}`.
 * @event wushe-donation-succeeded - The donation was paid and counted; `detail` is the `Donation`.
 * @event wushe-donation-failed - The attempt was refused or failed, or the payment failed; `detail` has `fundId`, `code`, `message`, `requestId`, `donation`.
 * @event wushe-error - Loading or sending failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart header - The fund's name, description and progress.
 * @csspart title - The fund's name.
 * @csspart progress - The `<progress>` bar of raised against target.
 * @csspart figures - Raised, target, number of donations, spent.
 * @csspart disclosure - The fundraiser's disclosure, or why the fund takes no donations.
 * @csspart lookup - The link to the record on 慈善中国.
 * @csspart platform - A platform fund's campaign panel.
 * @csspart platform-link - The link to the campaign on its platform.
 * @csspart qr - The QR code of the campaign (desktop only).
 * @csspart form - The donation form.
 * @csspart amounts - The preset and custom amounts.
 * @csspart field - Each field (label, control, hint, error).
 * @csspart field-error - A field's error message.
 * @csspart alert - What to fix, or why sending failed.
 * @csspart state - The load-state panel: loading, offline, or an error.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the fund could not be loaded (or that there is no such fund).
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the fund again.
 * @csspart submit - The donate button.
 * @csspart payment - The payment step: pledge instructions or the checkout link.
 * @csspart checkout - The link to the payment provider's checkout.
 * @csspart success - The thank-you panel.
 * @csspart failure - The panel of a failed payment.
 * @csspart ledger - The public ledger.
 * @csspart gifts - The ledger's table of donations.
 * @csspart disbursements - The ledger's table of what the money was used for.
 *
 * @cssproperty --wushe-color-primary - Buttons, links, the progress bar.
 * @cssproperty --wushe-color-danger - Field errors.
 * @cssproperty --wushe-color-success - The thank-you panel.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheDonation extends WusheElement {
  static override styles = donationStyles;

  static override properties = {
    ...WusheElement.properties,
    fund: { type: String, reflect: true },
    amounts: { type: String },
    channels: { type: String },
    ledger: { type: Boolean, reflect: true },
    policyUrl: { type: String, attribute: 'policy-url' },
    policyVersion: { type: String, attribute: 'policy-version' },
    giving: { state: true },
    ledgerList: { state: true },
    reconnecting: { state: true },
    qr: { state: true },
  };

  /** The fund to show (`fund_…`). */
  declare fund: string;
  /**
   * Preset amounts in yuan, separated by spaces (`"20 50 100 200"`, the default): what a
   * community's donors usually give. A typed amount is always possible too.
   */
  declare amounts: string | undefined;
  /**
   * The payment channels this portal offers, separated by spaces, in order: `offline` (a pledge
   * staff confirm when the transfer arrives; the default), `sandbox` (the demo provider), or a
   * provider the server has an adapter for (`wechat_pay`, `alipay`, `unionpay`).
   */
  declare channels: string | undefined;
  /** Show the public ledger: masked donors, amounts, times, and the fund's disbursements. */
  declare ledger: boolean;
  /** The privacy notice the consent links to. */
  declare policyUrl: string;
  /**
   * The version of that notice, recorded with the donation (PIPL: consent with the policy version).
   * Change it when the notice changes.
   */
  declare policyVersion: string;
  /** The form, the payment step and the outcome: loaded for a fund that takes donations here. */
  declare giving: Giving | undefined;
  /** The public ledger's pages: loaded when `ledger` is set. */
  declare ledgerList: LedgerController | undefined;
  declare protected reconnecting: boolean;
  declare protected qr: TemplateResult | undefined;

  private readonly words = new LocaleController(this, ownStrings);
  /** This widget's own wording, in its locale. */
  protected get text(): DonationStrings {
    return this.words.value;
  }

  /** The fund, loaded again when `fund` or the configuration changes. */
  readonly remote = new RemoteController(this, {
    task: async ([fund]: readonly [string, ...unknown[]], { signal }) => {
      const [{ loadFund }, fundViews] = await Promise.all([api(), views()]);
      this.views = fundViews;
      return loadFund(this.requester, fund, signal);
    },
    args: () => [this.fund, ...this.configArgs()] as const,
  });

  /** The configuration changed: live progress and the ledger follow it. */
  private needsFollow = false;
  private views: FundViews | undefined;
  private stopLive: (() => void) | undefined;
  private liveRuns = 0;
  private focusAfterUpdate: string | undefined;
  /** The campaign URL and locale the QR code is (being) made for. */
  private qrFor: string | undefined;
  private readonly adopted = new Set<CSSResult>();
  /** The fund `giving` is (being) loaded for. */
  private givingFor: string | undefined;
  private readonly onVisible = (): void => {
    if (document.visibilityState === 'visible') void this.giving?.checkStatus();
  };

  constructor() {
    super();
    this.fund = '';
    this.ledger = false;
    this.policyUrl = '#';
    this.policyVersion = '2026-01';
    this.reconnecting = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisible);
    window.addEventListener('focus', this.onVisible);
    if (this.hasUpdated) void this.follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisible);
    window.removeEventListener('focus', this.onVisible);
    this.liveRuns++;
    this.stopLive?.();
    this.stopLive = undefined;
  }

  protected override configChanged(): void {
    this.needsFollow = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.needsFollow || changed.has('fund')) {
      this.needsFollow = false;
      if (changed.has('fund')) this.dropGiving();
      void this.follow();
      void this.ledgerList?.reload();
    }
    if (changed.has('ledger') && this.ledger && !this.ledgerList) void this.loadLedger();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const fund = this.remote.value;
    if (fund?.mode === 'platform' && fund.disclosure) this.loadQr(fund);
    if (fund?.mode === 'direct' && fund.disclosure) void this.loadGiving(fund.id);
    if (!this.focusAfterUpdate) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  /** Giving (form, payment, outcome), loaded once the fund turns out to take donations here. */
  private async loadGiving(fund: string): Promise<void> {
    if (this.givingFor === fund) return;
    this.givingFor = fund;
    const { Giving, givingStyles } = await import('./giving.js');
    if (this.givingFor !== fund) return;
    this.adopt(givingStyles);
    this.giving = new Giving(() => ({
      element: this,
      fundId: fund,
      requester: this.requester,
      text: this.text,
      common: this.strings,
      locale: this.locale,
      amounts: this.amounts,
      channels: this.channels,
      policyUrl: this.policyUrl,
      policyVersion: this.policyVersion,
      emit: this.emit.bind(this),
      report: (error) => {
        this.report(error);
      },
      focus: (selector) => {
        this.focusAfterUpdate = selector;
        this.requestUpdate();
      },
      adopt: (styles) => {
        this.adopt(styles);
      },
    }));
  }

  /**
   * Adds the stylesheet of a part loaded later (giving, the ledger) to the shadow root, beside the
   * element's own: each part's styles travel with its code instead of with every first load.
   */
  private adopt(styles: CSSResult): void {
    if (this.adopted.has(styles)) return;
    this.adopted.add(styles);
    adoptStyles(this.renderRoot as ShadowRoot, [
      ...(this.constructor as typeof WusheDonation).elementStyles,
      ...this.adopted,
    ]);
  }

  private dropGiving(): void {
    this.giving?.dispose();
    this.giving = undefined;
    this.givingFor = undefined;
  }

  private async loadLedger(): Promise<void> {
    const [{ LedgerController, ledgerStyles }, { loadLedger }] = await Promise.all([
      import('./ledger.js'),
      api(),
    ]);
    if (this.ledgerList) return;
    this.adopt(ledgerStyles);
    this.ledgerList = new LedgerController(this, (query, signal) =>
      loadLedger(this.requester, this.fund, query, signal),
    );
    void this.ledgerList.reload();
  }

  /** The QR code of a platform campaign, for a desktop visitor; `uqr` is loaded only then. */
  private loadQr(fund: FundDetail): void {
    const key = `${fund.platformUrl}|${this.text.locale}`;
    if (this.qrFor === key || !fund.platformUrl || !matchMedia(DESKTOP).matches) return;
    this.qrFor = key;
    const url = fund.platformUrl;
    const label = fill(this.text.platformQr, { platform: fund.platformName ?? '' });
    void import('./qr.js').then(({ qrCode }) => {
      if (this.qrFor === key) this.qr = qrCode(url, label);
    });
  }

  /** Fund progress, live: a confirmed donation anywhere moves this page's bar without a reload. */
  private async follow(): Promise<void> {
    this.stopLive?.();
    this.stopLive = undefined;
    this.reconnecting = false;
    const fund = this.fund;
    const run = ++this.liveRuns;
    if (!fund || !this.isConnected) return;
    const { followFund } = await api();
    // A later call (another fund, a reconnection) or leaving the page supersedes this one.
    if (run !== this.liveRuns) return;
    this.stopLive = followFund(
      this.requester,
      fund,
      (progress) => {
        const current = this.remote.value;
        if (current?.id === progress.id) this.remote.value = { ...current, ...progress };
        this.requestUpdate();
        void this.ledgerList?.reload();
        void this.giving?.checkStatus();
      },
      (status) => {
        this.reconnecting = status === 'reconnecting';
      },
    );
  }

  override render() {
    const fund = this.remote.value;
    const busy = this.remote.status === 'loading' || this.giving?.form.status === 'submitting';
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
      ${
        fund && this.views && this.remote.status !== 'error'
          ? this.renderFund(fund, this.views)
          : this.renderStatus()
      }
      ${
        this.reconnecting
          ? html`<p class="hint" role="status">${this.strings.reconnecting}</p>`
          : nothing
      }
    </div>`;
  }

  private renderStatus(): TemplateResult {
    const missing = this.text.notFound;
    return renderLoadState(this.remote, this.strings, {
      not_found: missing,
      validation_failed: missing,
    });
  }

  private renderFund(fund: FundDetail, { fundHeader, disclosureView }: FundViews): TemplateResult {
    const context = { text: this.text, locale: this.locale };
    return html`${fundHeader(fund, context)} ${disclosureView(fund, context)}
    ${this.renderGiving(fund)}
    ${
      this.ledger && this.ledgerList
        ? this.ledgerList.render(fund.disbursements, { locale: this.locale, common: this.strings })
        : nothing
    }`;
  }

  /** What a donor can do: go to the platform, nothing (no disclosure), or give here. */
  private renderGiving(fund: FundDetail): TemplateResult | typeof nothing {
    // No disclosure, no giving of any kind (慈善法 Art. 25): the disclosure panel says why.
    if (!fund.disclosure) return nothing;
    if (fund.mode === 'platform') {
      const context = { text: this.text, locale: this.locale };
      return this.views!.platformView(fund, context, this.qr ?? nothing);
    }
    return this.giving?.render(fund) ?? html`<p class="status">${this.strings.loading}</p>`;
  }
}
