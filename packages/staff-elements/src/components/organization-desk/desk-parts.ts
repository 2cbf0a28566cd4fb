import { html, nothing, type TemplateResult } from 'lit';
import type { DeskProposal, Locale } from '@wushe/schema';
import { fill, formatFen } from '@wushe/elements/foundation.js';
import type { DeskView } from './api.js';
import type { OrganizationDeskStrings } from './strings/zh-CN.js';

/** A date (with the time, for a deadline) in the reader's locale. */
export function dateIn(locale: string, iso: string, withTime = false): string {
  const style: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: 'medium', timeStyle: 'short' }
    : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(locale, style).format(new Date(iso));
}

/** A part of the desk: its heading, and its items or the sentence saying it has none. */
export function renderPart(
  part: string,
  title: string,
  empty: string,
  items: readonly TemplateResult[],
): TemplateResult {
  return html`<section class="part" aria-labelledby="${part}-title">
    <h3 id="${part}-title">${title}</h3>
    ${
      items.length > 0
        ? html`<ul part=${part}>
            ${items}
          </ul>`
        : html`<p class="meta" part="section-empty">${empty}</p>`
    }
  </section>`;
}

/** One of the organization's proposals: its call, budget and how far it has come. */
export function renderProposal(
  { call, proposal, progress }: DeskProposal,
  words: OrganizationDeskStrings,
  locale: Locale,
): TemplateResult {
  return html`<li>
    <article
      part="proposal"
      data-id=${proposal.id}
      data-progress=${progress}
      aria-labelledby="proposal-${proposal.id}"
    >
      <h4 id="proposal-${proposal.id}" tabindex="-1">${proposal.title}</h4>
      <p class="meta">
        ${fill(words.proposalMeta, {
          call: call.title,
          budget: formatFen(locale, proposal.budgetFen),
        })}
      </p>
      <p part="progress">
        ${fill(words.progress[progress], { rank: proposal.result?.rank ?? '' })}
      </p>
    </article>
  </li>`;
}

/** The choice of organization, for a person who may open several desks. */
export function renderPicker(
  view: DeskView,
  label: string,
  onPick: (organizationId: string) => void,
): TemplateResult | typeof nothing {
  if (view.choices.length < 2) return nothing;
  return html`<div class="field" part="picker">
    <label for="organization">${label}</label>
    <select
      id="organization"
      @change=${(e: Event) => {
        onPick((e.target as HTMLSelectElement).value);
      }}
    >
      ${view.choices.map(
        (choice) =>
          html`<option value=${choice.id} ?selected=${choice.id === view.desk?.organization.id}>
            ${choice.name}
          </option>`,
      )}
    </select>
  </div>`;
}
