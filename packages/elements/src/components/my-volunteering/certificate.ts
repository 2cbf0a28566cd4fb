import { html, type TemplateResult } from 'lit';
import type { MyHours, MyVolunteer } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import { hoursTotals, type HoursLine } from './hours-lines.js';
import type { Formats } from './format.js';
import type { MyVolunteeringViewStrings } from './strings/view-zh-CN.js';

/** What the certificate states and who issues it. */
export interface CertificateView {
  readonly text: MyVolunteeringViewStrings;
  readonly formats: Formats;
  readonly volunteer: MyVolunteer;
  readonly hours: MyHours;
  readonly lines: readonly HoursLine[];
  /** The organization the service was done with: the volunteer's community. */
  readonly organization: string;
  /** Who issues it: the widget's `issuer`, else the organization. */
  readonly issuer: string;
  /** Today, as a calendar date. */
  readonly today: string;
}

/**
 * The 志愿服务记录证明 with the fields of 《志愿服务记录与证明出具办法（试行）》 (民政部, 2020):
 * the volunteer's name and masked ID number, the organization, the service (each record's date,
 * content and hours, 信用时 or 荣誉时), the period and total hours, the issuer, the issue date and
 * the place for its seal. Printed alone (`@media print` hides the rest of the widget).
 */
export function renderCertificate(view: CertificateView): TemplateResult {
  const { text, formats, volunteer, hours } = view;
  const totals = hoursTotals(view.lines);
  const days = hours.records.map((record) => record.servedOn).sort();
  const titleOf = (activityId: string | null) =>
    hours.byActivity.find((each) => each.activityId === activityId)?.title ?? text.otherService;
  return html`<article class="certificate" part="certificate" aria-labelledby="certificate-title">
    <h3 id="certificate-title">${text.certificateTitle}</h3>
    <p class="statement">
      ${fill(text.certificateStatement, {
        name: volunteer.name,
        code: volunteer.code,
        idNumber: volunteer.idNumber ?? text.none,
        organization: view.organization,
        from: formats.date(days[0] ?? view.today),
        to: formats.date(days[days.length - 1] ?? view.today),
        total: formats.hours(totals.credit + totals.honor),
        credit: formats.hours(totals.credit),
        honor: formats.hours(totals.honor),
      })}
    </p>
    <table class="table">
      <caption class="visually-hidden">
        ${text.certificateTitle}
      </caption>
      <thead>
        <tr>
          <th scope="col">${text.certificateDate}</th>
          <th scope="col">${text.activity}</th>
          <th scope="col">${text.certificateContent}</th>
          <th scope="col" class="number">${text.hours}</th>
          <th scope="col">${text.certificateKind}</th>
        </tr>
      </thead>
      <tbody>
        ${[...hours.records]
          .sort((a, b) => a.servedOn.localeCompare(b.servedOn))
          .map(
            (record) =>
              html`<tr>
                <td>${formats.date(record.servedOn)}</td>
                <td>${titleOf(record.activityId)}</td>
                <td>${record.content}</td>
                <td class="number">${formats.hours(record.halfHours)}</td>
                <td>${record.source === 'check_in' ? text.creditHours : text.honorHours}</td>
              </tr>`,
          )}
      </tbody>
    </table>
    <dl class="issued">
      <dt>${text.issuer}</dt>
      <dd part="issuer">${view.issuer} <span class="seal">${text.seal}</span></dd>
      <dt>${text.issuedOn}</dt>
      <dd>${formats.date(view.today)}</dd>
    </dl>
    <p class="muted basis">${text.certificateBasis}</p>
  </article>`;
}
