import { html, nothing, type TemplateResult } from 'lit';
import type { Fund, Locale } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import { formatFen } from './money.js';
import type { DonationStrings } from './strings/zh-CN.js';

type Maybe = TemplateResult | typeof nothing;

/** What the fund's templates read: the wording and the locale for numbers and money. */
export interface FundViewContext {
  readonly text: DonationStrings;
  readonly locale: Locale;
}

/**
 * The fund's header: name, description and progress (raised of target, donations, spent), all
 * of which the live stream updates in place. A native `<progress>`: it needs no inline style
 * for its width (strict CSP) and screen readers announce it as a progress bar.
 */
export function fundHeader(fund: Fund, { text, locale }: FundViewContext): TemplateResult {
  const raised = fill(text.raised, { amount: formatFen(locale, fund.raisedFen) });
  const target = fill(text.target, { amount: formatFen(locale, fund.targetFen) });
  const percent =
    fund.targetFen > 0
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
          fund.raisedFen / fund.targetFen,
        )
      : '';
  return html`<div part="header" class="header">
    <h2 part="title">${fund.name}</h2>
    <p class="description">${fund.description}</p>
    ${
      fund.targetFen > 0
        ? html`<progress
            part="progress"
            max=${fund.targetFen}
            .value=${Math.min(fund.raisedFen, fund.targetFen)}
            aria-label=${text.progress}
            aria-valuetext=${fill(text.progressText, { raised, target, percent })}
          ></progress>`
        : nothing
    }
    <p part="figures" class="figures">
      <strong class="raised">${raised}</strong>
      ${fund.targetFen > 0 ? html`<span>${target}</span>` : nothing}
      <span class="donors"
        >${fill(text.donors, { count: new Intl.NumberFormat(locale).format(fund.donorCount) })}</span
      >
      ${
        fund.disbursedFen > 0
          ? html`<span
              >${fill(text.disbursed, { amount: formatFen(locale, fund.disbursedFen) })}</span
            >`
          : nothing
      }
    </p>
  </div>`;
}

/**
 * The fundraiser's disclosure (慈善法 Art. 25), shown wherever the fund is: who raises the money,
 * their qualification certificate, the filed plan, a contact and where to check it on 慈善中国.
 * A fund without it gets the reason it takes no donations instead (and never a form).
 */
export function disclosureView(fund: Fund, { text }: FundViewContext): TemplateResult {
  const disclosure = fund.disclosure;
  if (!disclosure) {
    return html`<section part="disclosure" class="disclosure missing" role="note">
      <p><strong>${text.noDisclosure}</strong></p>
      <p>${text.noDisclosureNext}</p>
    </section>`;
  }
  const rows: [string, string][] = [
    [text.organization, disclosure.organizationName],
    [text.creditCode, disclosure.creditCode],
    [text.certificate, disclosure.certificateNumber],
    [text.filing, disclosure.filingNumber],
    [text.contact, disclosure.contact],
  ];
  return html`<section part="disclosure" class="disclosure" aria-labelledby="disclosure-title">
    <h3 id="disclosure-title">${text.disclosureTitle}</h3>
    <dl>
      ${rows.map(
        ([term, value]) =>
          html`<dt>${term}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>
    <p>
      <a part="lookup" href=${disclosure.lookupUrl} target="_blank" rel="noopener"
        >${text.lookup}<span class="visually-hidden">${text.opensNewWindow}</span></a
      >
    </p>
  </section>`;
}

/**
 * A `platform` fund (慈善法 Art. 27): the campaign runs on a designated internet fundraising
 * platform, so the widget sends the donor there, with a QR code for a desktop visitor to continue
 * on their phone, and takes no payment itself.
 */
export function platformView(fund: Fund, context: FundViewContext, qr: Maybe): TemplateResult {
  const { text } = context;
  const platform = fund.platformName ?? '';
  if (!fund.platformUrl) {
    return html`<p part="platform" class="notice">${text.platformMissing}</p>`;
  }
  return html`<section part="platform" class="platform">
    <p>${fill(text.platformIntro, { platform })}</p>
    <p>
      <a
        part="platform-link"
        class="button-link"
        href=${fund.platformUrl}
        target="_blank"
        rel="noopener"
        >${fill(text.platformGo, { platform })}<span class="visually-hidden"
          >${text.opensNewWindow}</span
        ></a
      >
    </p>
    ${
      qr === nothing
        ? nothing
        : html`<figure class="qr-figure">
            ${qr}
            <figcaption>${fill(text.platformQr, { platform })}</figcaption>
          </figure>`
    }
  </section>`;
}
