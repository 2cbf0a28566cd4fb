import { html, nothing, type TemplateResult } from 'lit';
import {
  DISCLOSURE_FIELDS,
  fenToYuan,
  FundMode,
  valuesOf,
  yuanToFen,
  type DisclosureField,
  type FundMode as Mode,
  type StaffFund,
} from '@wushe/schema';
import { fill, formatFen, LocaleController, LocaleStrings } from '@wushe/elements/foundation.js';
import { divisionNames, placeChoices, placeOfRecord } from '../../internal/divisions.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffEditor } from '../../internal/staff-editor.js';
import { createFund, loadFunds, updateFund, type FundsData } from './api.js';
import { renderChecklist, type ChecklistFacts } from './checklist.js';
import { fundEditorStyles } from './fund-editor.styles.js';
import { zhCN, type FundEditorStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<FundEditorStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

const MODES = valuesOf(FundMode);

/** The disclosure fields of `form` that are filled in, by field. */
function typedDisclosure(form: HTMLFormElement): Partial<Record<DisclosureField, string>> {
  const typed: Partial<Record<DisclosureField, string>> = {};
  for (const field of DISCLOSURE_FIELDS) {
    const value = fieldValue(form, `disclosure.${field}`).trim();
    if (value !== '') typed[field] = value;
  }
  return typed;
}

/**
 * @tagname wushe-fund-editor
 * @summary The charity funds (慈善基金) of a division: create, edit, and the Charity-Law checklist.
 *
 * Lists the funds of `division` and of the divisions within it, as staff edit them. Each shows its
 * progress, whether it takes donations, and what it still misses before it can (the fundraiser's
 * disclosure of 慈善法 Art. 25, and raising money directly rather than on a platform, Art. 27).
 * The form asks for the name, where it belongs, how it raises money, the target and the
 * disclosure, field by field; its checklist follows what is typed. Both read the contract's one
 * rule (`donatableBlockers` of `@wushe/schema`), which the server enforces: asking to take
 * donations too early is refused with each missing field named on its field, what was typed kept.
 * Takes the console's session, or a delegated one in `token`.
 *
 * @event wushe-editor-saved - A fund was created or updated; `detail` has `editor`, `id`, `action`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart new - The button that opens the form for a new fund.
 * @csspart form - The form.
 * @csspart checklist - What the fund needs before it can take donations.
 * @csspart check-present - A checklist item that is there.
 * @csspart check-missing - A checklist item that is missing.
 * @csspart checklist-ready - Said when nothing is missing.
 * @csspart field-error - A field's issue, from the request schema or the server.
 * @csspart form-error - Why the form did not go through.
 * @csspart save - The form's submit button.
 * @csspart cancel - The form's cancel button.
 * @csspart list - The list of funds.
 * @csspart item - One fund.
 * @csspart item-title - A fund's name.
 * @csspart status - Whether a fund takes donations.
 * @csspart edit - The button that opens a fund's form.
 * @csspart announcer - The live region that announces each change.
 * @csspart state - The load-state panel.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the funds could not be loaded.
 * @csspart state-forbidden - The person may not edit funds here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - No fund here yet.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the funds again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-color-danger - What is missing.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheFundEditor extends StaffEditor<FundsData, StaffFund> {
  static override styles = fundEditorStyles;

  static override properties = {
    ...StaffEditor.properties,
    draft: { state: true },
  };

  /** The open form's mode and disclosure as typed so far: what its checklist reads. */
  declare private draft: ChecklistFacts;

  protected readonly editorName = 'funds';
  private readonly fundWords = new LocaleController(this, ownStrings);

  constructor() {
    super();
    this.draft = { mode: 'direct', disclosure: {} };
  }

  protected get own() {
    return this.fundWords.value;
  }

  protected load(signal: AbortSignal) {
    return loadFunds(this.requester, this.division ?? '', signal);
  }

  protected itemsOf(data: FundsData) {
    return data.funds;
  }

  protected itemId(fund: StaffFund) {
    return fund.id;
  }

  protected itemTitle(fund: StaffFund) {
    return fund.name;
  }

  protected withItem(data: FundsData, fund: StaffFund, isNew: boolean) {
    return {
      ...data,
      funds: isNew
        ? [fund, ...data.funds]
        : data.funds.map((each) => (each.id === fund.id ? fund : each)),
    };
  }

  protected override open(fund?: StaffFund): void {
    this.draft = fund
      ? { mode: fund.mode, disclosure: fund.disclosureDraft }
      : { mode: 'direct', disclosure: {} };
    super.open(fund);
  }

  /** Reads the open form again as it is typed in, for its checklist. */
  private readonly readDraft = (event: Event) => {
    const form = (event.currentTarget as HTMLElement).closest('form');
    if (!form) return;
    const mode = (form.elements.namedItem('mode') as HTMLSelectElement | null)?.value ?? 'direct';
    this.draft = { mode, disclosure: typedDisclosure(form) };
  };

  protected save(form: HTMLFormElement, fund: StaffFund | undefined) {
    const picked = (name: string) =>
      (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    const mode = picked('mode') as Mode;
    const onPlatform = mode === 'platform';
    const donatable = (form.elements.namedItem('donatable') as HTMLInputElement | null)?.checked;
    const fields = {
      name: fieldValue(form, 'name').trim(),
      description: fieldValue(form, 'description').trim(),
      mode,
      targetFen: yuanToFen(fieldValue(form, 'targetFen')) ?? Number.NaN,
      platformName: onPlatform ? fieldValue(form, 'platformName').trim() || null : null,
      platformUrl: onPlatform ? fieldValue(form, 'platformUrl').trim() || null : null,
      donatable: donatable ?? false,
    };
    const typed = typedDisclosure(form);
    if (fund) {
      const disclosure = Object.fromEntries(
        DISCLOSURE_FIELDS.map((field) => [field, typed[field] ?? null]),
      );
      return updateFund(this.requester, fund.id, { ...fields, disclosure });
    }
    const tree = this.data.value?.tree;
    const divisionId = picked('divisionId') || (tree?.code ?? '');
    return createFund(this.requester, { ...fields, divisionId, disclosure: typed });
  }

  protected renderFields(fund: StaffFund | undefined): TemplateResult {
    const words = this.fundWords.value;
    const form = this.form;
    const data = this.data.value;
    if (!data) return html``;
    const within = this.division === data.tree.code ? '' : (this.division ?? '');
    const disclosure = this.draft.disclosure as Partial<Record<DisclosureField, string>>;
    return html`<div class="fields" @input=${this.readDraft} @change=${this.readDraft}>
      ${form.text('name', words.name, { value: fund?.name ?? '' })}
      ${
        fund
          ? nothing
          : form.select(
              'divisionId',
              words.division,
              placeChoices(data.tree, this.division ?? '', words.wholeDistrict),
              within,
            )
      }
      ${form.select(
        'mode',
        words.mode,
        MODES.map((mode) => ({ value: mode, label: words.modes[mode] })),
        this.draft.mode,
      )}
      ${form.text('targetFen', words.target, {
        hint: words.targetHint,
        value: fund ? fenToYuan(fund.targetFen) : '',
      })}
      ${
        this.draft.mode === 'platform'
          ? html`${form.text('platformName', words.platformName, {
              value: fund?.platformName ?? '',
            })}
            ${form.text('platformUrl', words.platformUrl, { value: fund?.platformUrl ?? '' })}`
          : nothing
      }
      <div class="field">
        <label for="description">${words.description}</label>
        <textarea
          id="description"
          name="description"
          rows="2"
          .value=${fund?.description ?? ''}
          aria-invalid=${form.invalid('description')}
          aria-describedby=${form.describedBy('description')}
        ></textarea>
        ${form.renderIssues('description')}
      </div>
      <fieldset>
        <legend>${words.disclosure}</legend>
        <p class="meta">${words.disclosureHint}</p>
        ${DISCLOSURE_FIELDS.map((field) =>
          form.text(`disclosure.${field}`, words.fields[field], { value: disclosure[field] ?? '' }),
        )}
      </fieldset>
      ${renderChecklist(this.draft, words, { id: 'form-checklist', all: true })}
      <label class="check">
        <input
          type="checkbox"
          name="donatable"
          .checked=${fund?.open ?? false}
          aria-describedby="donatable-hint"
        />
        ${words.donatable}
      </label>
      <p class="meta" id="donatable-hint">${words.donatableHint}</p>
    </div>`;
  }

  protected renderItem(fund: StaffFund): TemplateResult {
    const words = this.fundWords.value;
    const data = this.data.value;
    const names = data ? divisionNames(data.tree) : new Map<string, string>();
    const place = placeOfRecord(fund);
    const taking = fund.donatable;
    return html`<h3 part="item-title" tabindex="-1">${fund.name}</h3>
      <p>
        ${place ? (names.get(place) ?? place) : words.wholeDistrict} · ${words.modes[fund.mode]}
      </p>
      <p class="meta">
        ${fill(words.progress, {
          raised: formatFen(this.locale, fund.raisedFen),
          target: formatFen(this.locale, fund.targetFen),
        })}
      </p>
      <p part="status"><strong>${taking ? words.takingDonations : words.notOffered}</strong></p>
      ${
        taking
          ? nothing
          : renderChecklist({ mode: fund.mode, disclosure: fund.disclosureDraft }, words, {
              id: `checklist-${fund.id}`,
              all: false,
            })
      }
      <div class="actions">
        <button
          type="button"
          part="edit"
          class="secondary"
          aria-label="${words.edit}：${fund.name}"
          @click=${() => {
            this.open(fund);
          }}
        >
          ${words.edit}
        </button>
      </div>`;
  }
}
