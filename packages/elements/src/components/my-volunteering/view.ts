import { html, nothing, type TemplateResult } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { Locale } from '@wushe/schema';
import { LocaleController, LocaleStrings } from '../../internal/locale.js';
import { FormController } from '../../internal/form.js';
import { LiveFollowController } from '../../internal/live-follow.js';
import { mySignupsToFollow, type LiveSignupsSource } from './live-signups.js';
import { MyDataController, type MyDataOptions } from './my-data-controller.js';
import type { CommonStrings, DomainStrings } from '../../locales/types.js';
import type { MyVolunteering } from './api.js';
import { renderCertificate } from './certificate.js';
import { NO_EDIT, type EditValues } from './edit-values.js';
import { chinaToday, formatsFor, type Formats } from './format.js';
import { renderHours } from './hours.js';
import { communityName, hoursByActivity } from './hours-lines.js';
import { renderPoints } from './points.js';
import { renderRegistration } from './registration.js';
import { renderSignups } from './signups.js';
import { viewZhCN, type MyVolunteeringViewStrings } from './strings/view-zh-CN.js';

export { viewStyles } from './view.styles.js';
export { correctionOf, editValuesOf } from './edit-values.js';
export { renderMyData } from './my-data.js';

/** Export and erasure (PIPL) for `host`: its code comes with the view. */
export const createMyData = (
  host: ConstructorParameters<typeof MyDataController>[0],
  options: MyDataOptions,
) => new MyDataController(host, options);

/** Follows `host`'s signups live (see `live-signups.ts`): its code comes with the view. */
export const followMySignups = (host: ReactiveControllerHost, source: LiveSignupsSource) =>
  new LiveFollowController(host, mySignupsToFollow(source));

const viewStrings = new LocaleStrings<MyVolunteeringViewStrings>(viewZhCN, {
  'zh-HK': () => import('./strings/view-zh-HK.js'),
  en: () => import('./strings/view-en.js'),
});

/** The view's wording in `host`'s locale, loaded before the view first shows. */
export async function createViewWords(
  host: ReactiveControllerHost & { readonly locale: Locale },
): Promise<LocaleController<MyVolunteeringViewStrings>> {
  await viewStrings.load(host.locale);
  return new LocaleController(host, viewStrings);
}

/** The correction form of `host`, empty until the resident asks to correct. */
export const createEditForm = (host: ReactiveControllerHost) =>
  new FormController<EditValues>(host, { initial: NO_EDIT });

/*
 * What a signed-in resident sees, in a chunk of its own fetched with the widget's calls: a page
 * whose resident is not signed in yet loads only the sign-in.
 */

/** What the view reads of `<wushe-my-volunteering>`, and what its buttons do. */
export interface MyVolunteeringViewHost {
  readonly text: MyVolunteeringViewStrings;
  readonly common: CommonStrings;
  readonly domain: DomainStrings;
  readonly locale: string;
  readonly issuer: string | undefined;
  readonly editing: boolean;
  /** `withdraw`, or the id of the signup whose cancellation waits for a "yes". */
  readonly confirming: string | undefined;
  readonly certificateShown: boolean;
  readonly busy: boolean;
  readonly form: FormController<EditValues>;
  readonly edit: () => void;
  readonly cancelEdit: () => void;
  readonly save: () => void;
  readonly confirm: (what: string | undefined) => void;
  readonly withdraw: () => void;
  readonly cancelSignup: (id: string) => void;
  readonly toggleCertificate: () => void;
}

/** The registration, signups, hours with the certificate, and points; or "not registered". */
export function renderMyVolunteering(host: MyVolunteeringViewHost, data: MyVolunteering) {
  const { text } = host;
  const formats = formatsFor(host.locale);
  const { volunteer } = data;
  if (!volunteer) {
    return html`<div class="state" part="state">
      <p part="state-empty">${text.notVolunteer}</p>
    </div>`;
  }
  const community = communityName(data.district, volunteer.communityId);
  return html`<div class="no-print">
      ${renderRegistration({
        text,
        common: host.common,
        domain: host.domain,
        formats,
        volunteer,
        community,
        editing: host.editing,
        confirmingWithdraw: host.confirming === 'withdraw',
        busy: host.busy,
        form: host.form,
        edit: () => {
          host.edit();
        },
        cancelEdit: () => {
          host.cancelEdit();
        },
        save: () => {
          host.save();
        },
        askWithdraw: () => {
          host.confirm('withdraw');
        },
        keep: () => {
          host.confirm(undefined);
        },
        withdraw: () => {
          host.withdraw();
        },
      })}
      ${renderSignups({
        text,
        formats,
        signups: data.signups,
        confirming: host.confirming,
        busy: host.busy,
        ask: (id) => {
          host.confirm(id);
        },
        keep: () => {
          host.confirm(undefined);
        },
        cancel: (id) => {
          host.cancelSignup(id);
        },
      })}
    </div>
    ${renderHoursSection(host, data, formats, community)}
    ${
      data.points
        ? html`<div class="no-print">${renderPoints(text, formats, data.points)}</div>`
        : nothing
    }`;
}

function renderHoursSection(
  host: MyVolunteeringViewHost,
  data: MyVolunteering,
  formats: Formats,
  community: string,
): TemplateResult {
  const { text } = host;
  const { hours, volunteer } = data;
  const lines = hours ? hoursByActivity(hours) : [];
  if (!hours || !volunteer || lines.length === 0) {
    return html`<section part="hours" class="no-print" aria-labelledby="hours-title">
      <h3 id="hours-title">${text.hours}</h3>
      <p part="state-empty">${text.noHours}</p>
    </section>`;
  }
  const shown = host.certificateShown;
  return html`<section part="hours" aria-labelledby="hours-title">
    <h3 id="hours-title" class="no-print">${text.hours}</h3>
    <div class="no-print">
      ${renderHours(text, formats, lines)}
      <p class="actions">
        <button
          type="button"
          class="secondary"
          part="show-certificate"
          aria-expanded=${shown ? 'true' : 'false'}
          @click=${() => {
            host.toggleCertificate();
          }}
        >
          ${shown ? text.hideCertificate : text.showCertificate}
        </button>
        ${
          shown
            ? html`<button
                type="button"
                part="print"
                @click=${() => {
                  window.print();
                }}
              >
                ${text.print}
              </button>`
            : nothing
        }
      </p>
    </div>
    ${
      shown
        ? renderCertificate({
            text,
            formats,
            volunteer,
            hours,
            lines,
            organization: community,
            issuer: host.issuer || community,
            today: chinaToday(),
          })
        : nothing
    }
  </section>`;
}
