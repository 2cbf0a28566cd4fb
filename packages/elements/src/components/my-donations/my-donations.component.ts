import { html, nothing, type TemplateResult } from 'lit';
import type { MyDonation } from '@wushe/schema';
import { fetchedChunk } from '../../internal/fetched-chunk.js';
import { fill, LocaleController, LocaleStrings } from '../../internal/locale.js';
import { ResidentListElement } from '../../internal/resident-list-element.js';
import { formatFen } from '../../internal/format-fen.js';
import { formatsFor, type Formats } from '../my-volunteering/format.js';
import { myDonationsStyles } from './my-donations.styles.js';
import { zhCN, type MyDonationsStrings } from './strings/zh-CN.js';
import type {} from '../../events/wushe-error.js';
import type {} from '../../events/wushe-donation-created.js';
import type {} from '../../events/wushe-donation-succeeded.js';
import type {} from '../../events/wushe-donation-failed.js';

const ownStrings = new LocaleStrings<MyDonationsStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The widget's read, fetched as it connects. */
const api = fetchedChunk(() => import('./api.js'), 'my donations');

/**
 * @tagname wushe-my-donations
 * @summary A resident's own donations (我的捐赠): sign in by SMS code, then each donation she made
 * with its fund, amount, date, status and the donation receipt (捐赠票据) she asked for.
 *
 * The server lists the donations given with the signed-in mobile (the sign-in is the page's,
 * shared with every resident widget). Each shows the fund, the amount in 元, when it was given,
 * whether the money arrived (a pledge waits for staff to confirm it), how the public ledger names
 * the donor, and the receipt request (慈善法 Art. 38): the name and credit code on it, or that none
 * was asked for and whom to ask. The list is read again when a donation on the page is made or
 * settles, and by its refresh button.
 *
 * @event wushe-resident-signed-in - A resident signed in here; `detail` is the `Resident`.
 * @event wushe-resident-signed-out - The resident signed out here; `detail.residentId`.
 * @event wushe-error - Loading failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart sign-in - The sign-in form.
 * @csspart send-code - The button that sends a code.
 * @csspart code-input - The big-digit code field.
 * @csspart sign-in-submit - The sign-in button.
 * @csspart resend - The button that sends a new code.
 * @csspart change-mobile - The button back to the mobile.
 * @csspart field - Each sign-in field (label, control, hint, error).
 * @csspart field-error - A field's error message.
 * @csspart alert - Why signing in failed.
 * @csspart signed-in - Who is signed in, with the sign-out button.
 * @csspart sign-out - The sign-out button.
 * @csspart refresh - The button that reads the list again.
 * @csspart donations - The list of my donations.
 * @csspart donation - One donation.
 * @csspart amount - A donation's amount in 元.
 * @csspart badge - A donation's status.
 * @csspart receipt - The receipt request, or that none was made.
 * @csspart state - The load-state panel: loading, offline, an error, or empty.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why loading failed.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads again.
 * @csspart state-empty - No donations made with this mobile.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-color-danger - A failed donation.
 * @cssproperty --wushe-color-success - A donation received.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheMyDonations extends ResidentListElement<MyDonation> {
  static override styles = myDonationsStyles;
  protected static override reloadOn = [
    'wushe-donation-created',
    'wushe-donation-succeeded',
    'wushe-donation-failed',
  ];

  private readonly text = new LocaleController(this, ownStrings);

  protected get words(): MyDonationsStrings {
    return this.text.value;
  }

  protected async fetchMine(signal: AbortSignal): Promise<readonly MyDonation[]> {
    return (await api()).fetchMyDonations(this.session, signal);
  }

  protected renderList(donations: readonly MyDonation[]): TemplateResult {
    const formats = formatsFor(this.locale);
    return html`<ul class="cards" part="donations">
      ${donations.map((donation) => this.renderDonation(donation, formats))}
    </ul>`;
  }

  private renderDonation(donation: MyDonation, formats: Formats): TemplateResult {
    const t = this.words;
    const { receipt } = donation;
    return html`<li class="card" part="donation" data-donation=${donation.id}>
      <h3>${donation.fundName}</h3>
      <p class="tags">
        <span class="amount" part="amount">${formatFen(this.locale, donation.amountFen)}</span>
        <span class="badge status-${donation.status}" part="badge"
          >${t.statuses[donation.status]}</span
        >
      </p>
      <dl class="facts">
        <div>
          <dt>${t.date}</dt>
          <dd>
            <time datetime=${donation.createdAt}>${formats.dateTime(donation.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>${t.shownAs}</dt>
          <dd>${donation.donorName}</dd>
        </div>
        <div>
          <dt>${t.receipt}</dt>
          <dd part="receipt">
            ${
              receipt
                ? html`${fill(t.receiptRequested, { title: receipt.title })}${
                    receipt.creditCode
                      ? html`<br />${fill(t.creditCode, { code: receipt.creditCode })}`
                      : nothing
                  }`
                : t.noReceipt
            }
          </dd>
        </div>
      </dl>
    </li>`;
  }
}
