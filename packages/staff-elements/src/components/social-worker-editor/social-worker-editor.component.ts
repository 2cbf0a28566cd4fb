import { html, nothing, type TemplateResult } from 'lit';
import {
  CertificateLevel,
  valuesOf,
  type CertificateLevel as Level,
  type SocialWorker,
} from '@wushe/schema';
import { LocaleController, LocaleStrings } from '@wushe/elements/foundation.js';
import {
  divisionNames,
  placeChoices,
  placeFields,
  placeOfRecord,
} from '../../internal/divisions.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffEditor } from '../../internal/staff-editor.js';
import {
  createSocialWorker,
  loadSocialWorkers,
  updateSocialWorker,
  type SocialWorkersData,
} from './api.js';
import { socialWorkerEditorStyles } from './social-worker-editor.styles.js';
import { zhCN, type SocialWorkerEditorStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<SocialWorkerEditorStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

const LEVELS = valuesOf(CertificateLevel);

/**
 * @tagname wushe-social-worker-editor
 * @summary The social workers (社工) serving in a division: add, edit, mark no longer in post.
 *
 * Lists the social workers serving in `division`. The form asks for the name, the social-work
 * agency (社工机构) employing them or the 社工站 they work from (or both), their certificate
 * (职业水平证书) and where they serve: a community, or a whole street. Every rule is the
 * contract's (`CreateSocialWorkerRequest`) and the server's, shown on its field with what was typed
 * kept. Takes the console's session, or a delegated one in `token`.
 *
 * @event wushe-editor-saved - A social worker was created or updated; `detail` has `editor`, `id`, `action`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart new - The button that opens the form for a new social worker.
 * @csspart form - The form.
 * @csspart field-error - A field's issue, from the request schema or the server.
 * @csspart form-error - Why the form did not go through.
 * @csspart save - The form's submit button.
 * @csspart cancel - The form's cancel button.
 * @csspart list - The list of social workers.
 * @csspart item - One social worker.
 * @csspart item-title - A social worker's name.
 * @csspart edit - The button that opens a social worker's form.
 * @csspart announcer - The live region that announces each change.
 * @csspart state - The load-state panel.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the social workers could not be loaded.
 * @csspart state-forbidden - The person may not see social workers here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - No social worker serves here yet.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the social workers again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheSocialWorkerEditor extends StaffEditor<SocialWorkersData, SocialWorker> {
  static override styles = socialWorkerEditorStyles;

  protected readonly editorName = 'social-workers';
  private readonly swWords = new LocaleController(this, ownStrings);

  protected get own() {
    return this.swWords.value;
  }

  protected load(signal: AbortSignal) {
    return loadSocialWorkers(this.requester, this.division ?? '', signal);
  }

  protected itemsOf(data: SocialWorkersData) {
    return data.socialWorkers;
  }

  protected itemId(worker: SocialWorker) {
    return worker.id;
  }

  protected itemTitle(worker: SocialWorker) {
    return worker.name;
  }

  protected withItem(data: SocialWorkersData, worker: SocialWorker, isNew: boolean) {
    return {
      ...data,
      socialWorkers: isNew
        ? [worker, ...data.socialWorkers]
        : data.socialWorkers.map((each) => (each.id === worker.id ? worker : each)),
    };
  }

  protected save(form: HTMLFormElement, worker: SocialWorker | undefined) {
    const picked = (name: string) =>
      (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    const level = picked('certificateLevel');
    const body = {
      name: fieldValue(form, 'name').trim(),
      organizationId: picked('organizationId') || null,
      station: fieldValue(form, 'station').trim() || null,
      certificateLevel: level === '' ? null : (level as Level),
      ...placeFields(picked('communityId')),
    };
    if (!worker) return createSocialWorker(this.requester, body);
    const active = form.elements.namedItem('active') as HTMLInputElement | null;
    return updateSocialWorker(this.requester, worker.id, {
      ...body,
      active: active?.checked ?? worker.active,
    });
  }

  protected renderFields(worker: SocialWorker | undefined): TemplateResult {
    const words = this.swWords.value;
    const form = this.form;
    const data = this.data.value;
    if (!data) return html``;
    const division = this.division === data.tree.code ? '' : (this.division ?? '');
    return html`${form.text('name', words.name, { value: worker?.name ?? '' })}
    ${form.select(
      'organizationId',
      words.organization,
      [
        { value: '', label: words.noOrganization },
        ...data.agencies.map((agency) => ({ value: agency.id, label: agency.name })),
      ],
      worker?.organizationId ?? '',
    )}
    ${form.text('station', words.station, {
      hint: words.stationHint,
      value: worker?.station ?? '',
    })}
    ${form.select(
      'certificateLevel',
      words.certificate,
      [
        { value: '', label: words.noCertificate },
        ...LEVELS.map((level) => ({ value: level, label: words.levels[level] })),
      ],
      worker?.certificateLevel ?? '',
    )}
    ${form.select(
      'communityId',
      words.place,
      placeChoices(data.tree, this.division ?? '', words.wholeDistrict),
      worker ? placeOfRecord(worker) : division,
    )}
    ${form.renderIssues('streetId')}
    ${
      worker
        ? html`<label class="check">
            <input type="checkbox" name="active" .checked=${worker.active} />
            ${words.active}
          </label>`
        : nothing
    }`;
  }

  protected renderItem(worker: SocialWorker): TemplateResult {
    const words = this.swWords.value;
    const data = this.data.value;
    const names = data ? divisionNames(data.tree) : new Map<string, string>();
    const agency = data?.agencies.find((each) => each.id === worker.organizationId)?.name;
    const place = placeOfRecord(worker);
    return html`<h3 part="item-title" tabindex="-1">${worker.name}</h3>
      <p>
        ${[agency ?? worker.organizationId, worker.station].filter(Boolean).join(' · ')} ·
        ${place ? (names.get(place) ?? place) : words.wholeDistrict}
      </p>
      <p class="meta">
        ${worker.certificateLevel ? words.levels[worker.certificateLevel] : words.noCertificate}
        ${worker.accountId ? ` · ${words.linkedAccount}` : ''}
        ${worker.active ? nothing : html` · <strong>${words.inactive}</strong>`}
      </p>
      <div class="actions">
        <button
          type="button"
          part="edit"
          class="secondary"
          aria-label="${words.edit}：${worker.name}"
          @click=${() => {
            this.open(worker);
          }}
        >
          ${words.edit}
        </button>
      </div>`;
  }
}
