import { html, nothing, type TemplateResult } from 'lit';
import type { CreateDonationResponse, Donation, FundDisclosure, Locale } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import { formatFen } from './money.js';
import type { GivingStrings } from './giving-strings.js';

/** What the payment and outcome templates read. */
export interface PaymentViewContext {
  readonly text: GivingStrings;
  readonly locale: Locale;
  readonly disclosure: FundDisclosure | null;
  /** A status check is in flight. */
  readonly checking: boolean;
  /** The last check found the payment still pending. */
  readonly waiting: boolean;
  /** Where the provider's checkout sends the donor back to. */
  readonly returnUrl: string;
  readonly check: () => void;
  readonly again: () => void;
}

const list = (lines: readonly string[]) =>
  html`<ul class="next">
    ${lines.map((line) => html`<li>${line}</li>`)}
  </ul>`;

/**
 * The step after the donation is created: for an offline pledge, the account to transfer to and
 * the reference to quote, with what happens next; for an online channel, the link to the
 * provider's checkout and a way to check the result (it is also checked on return and whenever
 * the fund's total moves).
 */
export function paymentView(created: CreateDonationResponse, ctx: PaymentViewContext) {
  const { text, locale } = ctx;
  const { donation, payment } = created;
  const amount = formatFen(locale, donation.amountFen);
  if (payment.channel === 'offline') {
    const rows: [string, string, string?][] = [
      [text.amountLabel, amount, 'amount'],
      [text.accountName, payment.accountName],
      [text.bankName, payment.bankName],
      [text.accountNumber, payment.accountNumber, 'number'],
      [text.reference, payment.reference, 'reference'],
    ];
    return html`<section part="payment" class="payment">
      <h3 tabindex="-1">${text.pledged}</h3>
      <p>${text.pledgedIntro}</p>
      <dl>
        ${rows.map(
          ([term, value, kind]) =>
            html`<dt>${term}</dt>
              <dd class=${kind ?? ''}>${value}</dd>`,
        )}
      </dl>
      <p class="hint">${payment.note}</p>
      <h4>${text.next}</h4>
      ${list(text.pledgedNext)} ${receiptLine(donation, ctx)}
      <p class="actions">
        <button type="button" class="secondary" @click=${ctx.again}>${text.another}</button>
      </p>
    </section>`;
  }
  const checkout = new URL(payment.checkoutUrl);
  if (ctx.returnUrl) checkout.searchParams.set('return', ctx.returnUrl);
  return html`<section part="payment" class="payment">
    <h3 tabindex="-1">${text.pay}</h3>
    <dl>
      <dt>${text.amountLabel}</dt>
      <dd class="amount">${amount}</dd>
      <dt>${text.reference}</dt>
      <dd class="reference">${payment.reference}</dd>
    </dl>
    <p>${text.payIntro}</p>
    <p class="actions">
      <a part="checkout" class="button-link" href=${checkout.href} target="_blank" rel="noopener"
        >${fill(text.payGo, { amount })}<span class="visually-hidden"
          >${text.opensNewWindow}</span
        ></a
      >
      <button type="button" class="secondary" ?disabled=${ctx.checking} @click=${ctx.check}>
        ${text.payCheck}
      </button>
    </p>
    <p class="status" role="status">
      ${ctx.checking ? text.payChecking : ctx.waiting ? text.payWaiting : ''}
    </p>
  </section>`;
}

/** The end of a donation: it went through (and what happens next), or the payment failed. */
export function outcomeView(donation: Donation, ctx: PaymentViewContext): TemplateResult {
  const { text, locale } = ctx;
  if (donation.status === 'succeeded') {
    return html`<section part="success" class="success">
      <h3 tabindex="-1">${text.succeeded}</h3>
      <p class="amount">${formatFen(locale, donation.amountFen)}</p>
      ${list(text.succeededNext)} ${receiptLine(donation, ctx)}
      <p class="actions">
        <button type="button" class="secondary" @click=${ctx.again}>${text.another}</button>
      </p>
    </section>`;
  }
  return html`<section part="failure" class="failure">
    <h3 tabindex="-1">${text.failed}</h3>
    <p>${text.failedText}</p>
    <p class="actions">
      <button type="button" @click=${ctx.again}>${text.tryAgain}</button>
    </p>
  </section>`;
}

function receiptLine(donation: Donation, { text, disclosure }: PaymentViewContext) {
  return donation.receiptRequested && disclosure
    ? html`<p>${fill(text.receiptNext, { contact: disclosure.contact })}</p>`
    : nothing;
}
