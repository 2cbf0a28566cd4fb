import { html, nothing, type TemplateResult } from 'lit';
import {
  CreditCode,
  OrganizationCategory,
  OrganizationKind,
  valuesOf,
  type Organization,
  type OrganizationCategory as Category,
  type OrganizationKind as Kind,
} from '@wushe/schema';
import { LocaleController, LocaleStrings } from '@wushe/elements/foundation.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffEditor } from '../../internal/staff-editor.js';
import { divisionNames, placeChoices, placeFields } from '../../internal/divisions.js';
import {
  createOrganization,
  loadOrganizations,
  updateOrganization,
  type OrganizationsData,
} from './api.js';
import { organizationEditorStyles } from './organization-editor.styles.js';
import { zhCN, type OrganizationEditorStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<OrganizationEditorStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

const KINDS = valuesOf(OrganizationKind);
const CATEGORIES = valuesOf(OrganizationCategory);

/**
 * @tagname wushe-organization-editor
 * @summary The organizations (社会组织) working in a division: register (登记) or file (备案), edit.
 *
 * Lists the organizations working in `division`. The form asks for the name, kind, category, whether
 * it is registered (登记, with its 统一社会信用代码, checked as it is typed with the contract's
 * credit-code validator) or only filed (备案), where it works and a description. Every rule is the
 * contract's (`CreateOrganizationRequest`) and the server's, shown on its field. Takes the
 * console's session, or a delegated one in `token`.
 *
 * @event wushe-editor-saved - An organization was created or updated; `detail` has `editor`, `id`, `action`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart new - The button that opens the form for a new organization.
 * @csspart form - The form.
 * @csspart field-error - A field's issue, from the request schema or the server.
 * @csspart form-error - Why the form did not go through.
 * @csspart save - The form's submit button.
 * @csspart cancel - The form's cancel button.
 * @csspart list - The list of organizations.
 * @csspart item - One organization.
 * @csspart item-title - An organization's name.
 * @csspart edit - The button that opens an organization's form.
 * @csspart announcer - The live region that announces each change.
 * @csspart state - The load-state panel.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the organizations could not be loaded.
 * @csspart state-forbidden - The person may not edit here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - No organization works here yet.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the organizations again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheOrganizationEditor extends StaffEditor<OrganizationsData, Organization> {
  static override styles = organizationEditorStyles;

  static override properties = {
    ...StaffEditor.properties,
    registration: { state: true },
  };

  /** Registered or filed, as picked in the open form: a filed group has no credit code. */
  declare private registration: 'registered' | 'filed';

  protected readonly editorName = 'organizations';
  private readonly orgWords = new LocaleController(this, ownStrings);

  constructor() {
    super();
    this.registration = 'registered';
  }

  protected get own() {
    return this.orgWords.value;
  }

  protected load(signal: AbortSignal) {
    return loadOrganizations(this.requester, this.division ?? '', signal);
  }

  protected itemsOf(data: OrganizationsData) {
    return data.organizations;
  }

  protected itemId(org: Organization) {
    return org.id;
  }

  protected itemTitle(org: Organization) {
    return org.name;
  }

  protected withItem(data: OrganizationsData, org: Organization, isNew: boolean) {
    return {
      ...data,
      organizations: isNew
        ? [org, ...data.organizations]
        : data.organizations.map((each) => (each.id === org.id ? org : each)),
    };
  }

  protected override open(org?: Organization): void {
    this.registration = org?.registration ?? 'registered';
    super.open(org);
  }

  protected save(form: HTMLFormElement, org: Organization | undefined) {
    const picked = (name: string) =>
      (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    const category = picked('category');
    const body = {
      name: fieldValue(form, 'name').trim(),
      kind: picked('kind') as Kind,
      category: category === '' ? null : (category as Category),
      registration: this.registration,
      creditCode: this.registration === 'registered' ? fieldValue(form, 'creditCode').trim() : null,
      ...placeFields(picked('place')),
      description: fieldValue(form, 'description').trim() || undefined,
    };
    return org
      ? updateOrganization(this.requester, org.id, body)
      : createOrganization(this.requester, body);
  }

  protected renderFields(org: Organization | undefined): TemplateResult {
    const words = this.orgWords.value;
    const form = this.form;
    const data = this.data.value;
    if (!data) return html``;
    const place =
      org?.communityId ??
      org?.streetId ??
      (this.division === data.tree.code ? '' : (this.division ?? ''));
    return html`${form.text('name', words.name, { value: org?.name ?? '' })}
      ${form.select(
        'kind',
        words.kind,
        KINDS.map((kind) => ({ value: kind, label: words.kinds[kind] })),
        org?.kind ?? 'community_social_org',
      )}
      ${form.select(
        'category',
        words.category,
        [
          { value: '', label: words.noCategory },
          ...CATEGORIES.map((category) => ({ value: category, label: words.categories[category] })),
        ],
        org?.category ?? '',
      )}
      <fieldset>
        <legend>${words.registration}</legend>
        ${(['registered', 'filed'] as const).map(
          (registration) =>
            html`<label class="check">
              <input
                type="radio"
                name="registration"
                value=${registration}
                .checked=${this.registration === registration}
                @change=${() => {
                  this.registration = registration;
                }}
              />
              ${words[registration]}
            </label>`,
        )}
      </fieldset>
      ${
        this.registration === 'registered'
          ? html`<div class="field">
              <label for="creditCode">${words.creditCode}</label>
              <input
                id="creditCode"
                name="creditCode"
                autocomplete="off"
                maxlength="24"
                .value=${org?.creditCode ?? ''}
                aria-invalid=${form.invalid('creditCode')}
                aria-describedby="creditCode-hint ${form.describedBy('creditCode')}"
                @input=${(event: InputEvent) => {
                  const typed = (event.target as HTMLInputElement).value;
                  form.checkAsTyped('creditCode', CreditCode, typed, this.strings.issues);
                }}
              />
              <p class="meta" id="creditCode-hint">${words.creditCodeHint}</p>
              ${form.renderIssues('creditCode')}
            </div>`
          : nothing
      }
      ${form.select('place', words.place, placeChoices(data.tree, this.division ?? '', words.wholeDistrict), place)}
      <div class="field">
        <label for="description">${words.description}</label>
        <textarea
          id="description"
          name="description"
          rows="2"
          .value=${org?.description ?? ''}
          aria-invalid=${form.invalid('description')}
          aria-describedby=${form.describedBy('description')}
        ></textarea>
        ${form.renderIssues('description')}
      </div>`;
  }

  protected renderItem(org: Organization): TemplateResult {
    const words = this.orgWords.value;
    const data = this.data.value;
    const names = data ? divisionNames(data.tree) : new Map<string, string>();
    const place = org.communityId ?? org.streetId;
    return html`<h3 part="item-title" tabindex="-1">${org.name}</h3>
      <p>
        ${words.kinds[org.kind]}${org.category ? ` · ${words.categories[org.category]}` : ''} ·
        ${place ? (names.get(place) ?? place) : words.wholeDistrict}
      </p>
      <p class="meta">
        ${org.registration === 'registered' ? `${words.creditCode} ${org.creditCode ?? ''}` : words.filed}
        ${org.active ? nothing : html` · <strong>${words.inactive}</strong>`}
      </p>
      <div class="actions">
        <button
          type="button"
          part="edit"
          class="secondary"
          aria-label="${words.edit}：${org.name}"
          @click=${() => {
            this.open(org);
          }}
        >
          ${words.edit}
        </button>
      </div>`;
  }
}
