import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { CreateDonationResponse, Donation, FundDetail, Locale } from '@wushe/schema';
import { ConnectionError, ValidationError, type Requester, type WusheError } from '@wushe/sdk';
import type * as FollowOfferModule from '../../internal/follow-offer.js';
import { FormController } from '../../internal/form.js';
import type { SignInHost } from '../../internal/resident-sign-in.js';
import type { CommonStrings } from '../../locales/types.js';
import { Attempt } from '../../internal/attempt.js';
import { PendingDonation } from './pending-donation.js';
import type * as PaymentViews from './payment-view.js';
import { loadDonation } from './api.js';
import { DonationForm } from './donation-form.js';
import { presetAmounts } from './money.js';
import {
  buildRequest,
  channelsOf,
  chosenChannel,
  INITIAL_VALUES,
  type DonationValues,
} from './request.js';
import type { DonationStrings } from './strings/zh-CN.js';
import { givingText, type GivingStrings } from './giving-strings.js';
export { givingStyles } from './giving.styles.js';
import type {} from '../../events/wushe-donation-created.js';
import type {} from '../../events/wushe-donation-succeeded.js';
import type {} from '../../events/wushe-donation-failed.js';

type Emit = <K extends keyof GlobalEventHandlersEventMap>(
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
) => void;

/** What giving reads from `<wushe-donation>`, fresh each time. */
export interface GivingHost {
  /** The donation element: the host of the form's and the follow offer's controllers. */
  readonly element: SignInHost;
  readonly fundId: string;
  readonly requester: Requester;
  readonly text: DonationStrings;
  readonly common: CommonStrings;
  readonly locale: Locale;
  readonly amounts: string | undefined;
  readonly channels: string | undefined;
  readonly policyUrl: string;
  /** Recorded with the donor's consent. */
  readonly policyVersion: string;
  readonly emit: Emit;
  readonly report: (error: WusheError) => void;
  /** Moves focus to the element matching `selector` once the next render is done. */
  readonly focus: (selector: string) => void;
  /** Adds the styles of a part loaded later (the follow offer) to the element's shadow root. */
  readonly adopt: (styles: CSSResult) => void;
}

/**
 * Giving to a `direct` fund, from the form to the outcome: the form (and its draft), the attempt's
 * idempotency key, sending, the payment step, and checking whether the payment went through.
 * Loaded with `import()` only for a fund that takes donations here, so a platform fund, a fund
 * without disclosure and the donate button's first load never carry it.
 */
export class Giving {
  readonly form: FormController<DonationValues>;
  /** The donation created and not yet settled, with its payment instructions. */
  created: CreateDonationResponse | undefined;
  /** The donation once paid (`succeeded`) or failed. */
  settled: Donation | undefined;
  checking = false;
  /** The last check found the payment still pending. */
  waiting = false;
  private readonly attempt: Attempt;
  private readonly pending: PendingDonation;
  private readonly view: DonationForm;
  /** The payment and outcome views, loaded with the donation's route when the donor gives. */
  private paymentViews: typeof PaymentViews | undefined;
  /** "Follow this" (the shared sign-in), shown under them: loaded with them, not with the form. */
  private followOffer: typeof FollowOfferModule | undefined;

  constructor(private readonly host: () => GivingHost) {
    const { element, fundId } = host();
    const key = (what: string) => `wushe.donation.${fundId}.${what}`;
    this.form = new FormController<DonationValues>(element, {
      initial: INITIAL_VALUES,
      draftKey: () => key('draft'),
    });
    this.attempt = new Attempt(() => key('attempt'));
    this.pending = new PendingDonation(() => key('pending'));
    this.view = new DonationForm(() => {
      const { common, locale, amounts, channels, policyUrl } = this.host();
      const text = this.text;
      return {
        form: this.form,
        text,
        common,
        locale,
        presets: presetAmounts(amounts),
        channels: channelsOf(channels, text),
        policyUrl,
        unfinished: this.attempt.unfinished && this.form.status !== 'submitting',
        submit: this.onSubmit,
        requestUpdate: () => {
          element.requestUpdate();
        },
      };
    });
    // A donation made before a reload, or before a visit to the provider's page, picks up here.
    this.created = this.pending.get();
    if (this.created) void this.checkStatus();
  }

  /** Stops giving (the element shows another fund): the form lets go of its host. */
  dispose(): void {
    this.host().element.removeController(this.form);
  }

  private update(): void {
    this.host().element.requestUpdate();
  }

  /** Giving's wording in the element's locale (loaded on first use). */
  private get text(): GivingStrings {
    return givingText(this.host().locale, () => {
      this.update();
    });
  }

  /** Whether the created donation has been paid (or failed) yet. */
  async checkStatus(): Promise<void> {
    const created = this.created;
    if (!created || this.checking) return;
    this.checking = true;
    this.update();
    try {
      const donation = await loadDonation(this.host().requester, created.donation.id);
      if (this.created !== created) return;
      if (donation.status === 'pending') this.waiting = true;
      else this.settle(donation);
    } catch {
      // The next return to the page, live event or click checks again.
    } finally {
      this.checking = false;
      this.update();
    }
  }

  private settle(donation: Donation): void {
    const { emit, focus } = this.host();
    const text = this.text;
    this.pending.set(undefined);
    this.settled = donation;
    this.waiting = false;
    focus('section h3');
    if (donation.status === 'succeeded') {
      emit('wushe-donation-succeeded', donation);
      return;
    }
    emit('wushe-donation-failed', {
      fundId: donation.fundId,
      code: 'payment_failed',
      message: text.failedText,
      requestId: undefined,
      donation,
    });
  }

  private async give(): Promise<void> {
    const { requester, fundId, common, channels, policyVersion } = this.host();
    const text = this.text;
    const channel = chosenChannel(this.form.values.channel, channelsOf(channels, text));
    const result = await this.form.submit(async (values) => {
      const [{ createDonation, requestIssues }] = await Promise.all([
        import('./submit.js'),
        this.loadPaymentViews(),
      ]);
      const { request, issues } = buildRequest(
        fundId,
        { ...values, channel },
        { issues: common.issues, amountRequired: text.amountRequired },
        policyVersion,
      );
      const seen = new Set(issues.map((issue) => issue.path.join('.')));
      const all = [
        ...issues,
        ...requestIssues(requester, request).filter((issue) => !seen.has(issue.path.join('.'))),
      ];
      if (all.length > 0) {
        throw new ValidationError({
          code: 'validation_failed',
          status: 0,
          message: '',
          issues: all,
        });
      }
      return createDonation(requester, request, this.attempt.keyFor(request));
    });
    const { emit, report, focus } = this.host();
    if (result) {
      const created = { donation: result.donation, payment: result.payment };
      this.attempt.complete();
      this.pending.set(created);
      this.created = created;
      focus('.payment h3');
      emit('wushe-donation-created', created);
      return;
    }
    const error = this.form.error;
    if (error) {
      // A refusal is final for this request: the next one is a new attempt. A lost answer, a
      // timeout or a busy server may have done the work, so the key stays for the retry.
      const refused = error.status >= 400 && error.status < 500 && error.status !== 429;
      if (refused && error.code !== 'idempotency_in_progress') this.attempt.complete();
      report(error);
      emit('wushe-donation-failed', {
        fundId,
        code: error.code,
        message: error instanceof ConnectionError ? common.offline : error.message,
        requestId: error.requestId,
        donation: undefined,
      });
    } else if (this.form.issues.length > 0) {
      focus('[aria-invalid="true"]');
    }
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.give();
  };

  /** Back to the form: a fresh one after a gift, the same values after a failed payment. */
  private readonly again = (): void => {
    const failed = this.settled?.status === 'failed';
    this.pending.set(undefined);
    this.created = undefined;
    this.settled = undefined;
    this.waiting = false;
    if (failed) this.form.status = 'editing';
    else {
      this.form.reset();
      this.view.reset();
    }
    this.host().focus('form input');
    this.update();
  };

  /**
   * Loads the payment and outcome views and the follow offer shown under them (a donation restored
   * after a reload needs them at once).
   */
  private async loadPaymentViews(): Promise<void> {
    if (this.paymentViews && this.followOffer) return;
    const [views, followOffer] = await Promise.all([
      import('./payment-view.js'),
      import('../../internal/follow-offer.js'),
    ]);
    this.host().adopt(followOffer.followOfferStyles);
    this.followOffer = followOffer;
    this.paymentViews = views;
    this.update();
  }

  render(fund: FundDetail): TemplateResult {
    const { text: view, locale, common } = this.host();
    const text = this.text;
    if (this.settled || this.created) {
      const views = this.paymentViews;
      const followOffer = this.followOffer;
      if (!views || !followOffer) {
        void this.loadPaymentViews();
        return html`<p class="notice" role="status">${common.loading}</p>`;
      }
      const context = {
        text,
        locale,
        disclosure: fund.disclosure,
        checking: this.checking,
        waiting: this.waiting,
        returnUrl: location.href,
        check: () => void this.checkStatus(),
        again: this.again,
      };
      const view = this.settled
        ? views.outcomeView(this.settled, context)
        : views.paymentView(this.created!, context);
      // "Follow this": given with a mobile, the donation is in that resident's own list.
      const { element } = this.host();
      const follow =
        this.settled?.status === 'failed'
          ? nothing
          : followOffer.FollowOffer.of(element, () => this.host().requester).render(
              'donation',
              this.form.values.mobile.trim() || undefined,
            );
      return html`${view}${follow}`;
    }
    if (!fund.donatable) return html`<p class="notice">${view.closed}</p>`;
    return this.view.render();
  }
}
