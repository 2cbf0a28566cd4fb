import { html, nothing, type TemplateResult } from 'lit';
import type { VolunteerPoints } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import type { Formats } from './format.js';
import type { MyVolunteeringViewStrings } from './strings/view-zh-CN.js';

/** My points: the balance spendable now, what expires next, this year's earning, the history. */
export function renderPoints(
  text: MyVolunteeringViewStrings,
  formats: Formats,
  points: VolunteerPoints,
): TemplateResult {
  return html`<section part="points" aria-labelledby="points-title">
    <h3 id="points-title">${text.points}</h3>
    <p class="balance">
      <span>${text.balance}</span>
      <strong part="balance">${formats.points(points.balancePoints)}</strong>
    </p>
    ${
      points.nextExpiry
        ? html`<p>
            ${fill(text.nextExpiry, {
              points: formats.points(points.nextExpiry.points),
              date: formats.date(points.nextExpiry.on),
            })}
          </p>`
        : nothing
    }
    <p class="muted">
      ${fill(text.yearEarning, {
        hours: formats.hours(points.earningHalfHoursThisYear),
        cap: formats.points(points.annualCapHours),
      })}
    </p>
    <h4>${text.history}</h4>
    ${
      points.history.length === 0
        ? html`<p part="state-empty">${text.noPoints}</p>`
        : html`<table class="table" part="points-history">
            <caption class="visually-hidden">
              ${text.history}
            </caption>
            <thead>
              <tr>
                <th scope="col">${text.when}</th>
                <th scope="col">${text.what}</th>
                <th scope="col" class="number">${text.change}</th>
              </tr>
            </thead>
            <tbody>
              ${points.history.map(
                (movement) =>
                  html`<tr>
                    <td>${formats.dateTime(movement.at)}</td>
                    <td>${text.kinds[movement.kind]}</td>
                    <td class="number ${movement.points < 0 ? 'out' : 'in'}">
                      ${movement.points > 0 ? '+' : ''}${formats.points(movement.points)}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}
