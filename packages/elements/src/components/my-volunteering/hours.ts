import { html, type TemplateResult } from 'lit';
import { fill } from '../../internal/locale.js';
import { hoursTotals, type HoursLine } from './hours-lines.js';
import type { Formats } from './format.js';
import type { MyVolunteeringViewStrings } from './strings/view-zh-CN.js';

/** My hours by activity: 信用时 and 荣誉时 in their own columns, and their totals. */
export function renderHours(
  text: MyVolunteeringViewStrings,
  formats: Formats,
  lines: readonly HoursLine[],
): TemplateResult {
  const totals = hoursTotals(lines);
  const hours = (half: number) => fill(text.hoursValue, { hours: formats.hours(half) });
  return html`<table class="table" part="hours-table">
      <caption class="visually-hidden">
        ${text.hours}
      </caption>
      <thead>
        <tr>
          <th scope="col">${text.activity}</th>
          <th scope="col" class="number">${text.creditHours}</th>
          <th scope="col" class="number">${text.honorHours}</th>
          <th scope="col">${text.lastServed}</th>
        </tr>
      </thead>
      <tbody>
        ${lines.map(
          (line) =>
            html`<tr>
              <th scope="row">${line.title ?? text.otherService}</th>
              <td class="number credit">${hours(line.creditHalfHours)}</td>
              <td class="number honor">${hours(line.honorHalfHours)}</td>
              <td>${formats.date(line.lastServedOn)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${text.total}</th>
          <td class="number credit" part="credit-total">${hours(totals.credit)}</td>
          <td class="number honor" part="honor-total">${hours(totals.honor)}</td>
          <td></td>
        </tr>
      </tfoot>
    </table>
    <p class="muted">${text.hoursExplained}</p>`;
}
