import { html, nothing, type TemplateResult } from 'lit';
import type { ApiKey, CreatedApiKey } from '@wushe/schema';
import { LocaleController, LocaleStrings } from '@wushe/elements/foundation.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffEditor } from '../../internal/staff-editor.js';
import { issueKey, loadKeys, originsOf, revokeKey } from './api.js';
import { keyEditorStyles } from './key-editor.styles.js';
import { zhCN, type KeyEditorStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<KeyEditorStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

interface KeyList {
  readonly keys: readonly ApiKey[];
}

/**
 * @tagname wushe-key-editor
 * @summary The district's API keys (API 密钥): issue a publishable key bound to origins or a secret key, revoke.
 *
 * Lists the district's keys by their first characters (never a key itself), revoked ones too.
 * Issuing shows the new key ONCE, with a copy button: once the person says it is stored it is
 * gone from the page and no one can see it again (the server keeps only its hash). Revoking asks
 * to be confirmed in place. A district admin's alone: anyone else gets the forbidden state.
 * Takes the console's session, or a delegated one in `token`.
 *
 * @event wushe-editor-saved - A key was issued (`created`) or revoked (`revoked`); `detail` has `editor`, `id`, `action` (never the key).
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart new - The button that opens the form to issue a key.
 * @csspart form - The form to issue a key.
 * @csspart field-error - A field's issue, from the request schema or the server.
 * @csspart form-error - Why the form did not go through.
 * @csspart save - The form's submit button.
 * @csspart cancel - The form's cancel button.
 * @csspart secret - The issued key, shown once.
 * @csspart copy - The button that copies the issued key.
 * @csspart stored - The button that dismisses the issued key for good.
 * @csspart list - The list of keys.
 * @csspart item - One key.
 * @csspart item-title - A key's first characters.
 * @csspart revoke - The button that starts revoking a key.
 * @csspart confirm - The button that confirms revoking.
 * @csspart cancel-confirm - The button that keeps the key.
 * @csspart action-error - Why revoking did not go through.
 * @csspart announcer - The live region that announces each change.
 * @csspart state - The load-state panel.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the keys could not be loaded.
 * @csspart state-forbidden - The person may not manage keys (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - The district has no key.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the keys again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheKeyEditor extends StaffEditor<KeyList, ApiKey> {
  static override styles = keyEditorStyles;

  static override properties = {
    ...StaffEditor.properties,
    issued: { state: true },
    kind: { state: true },
    copied: { state: true },
  };

  /** The key just issued, shown until the person says it is stored; then never again. */
  declare private issued: CreatedApiKey | undefined;
  /** The kind picked in the form: a secret key takes no origins. */
  declare private kind: 'publishable' | 'secret';
  declare private copied: boolean;

  protected readonly editorName = 'keys';
  private readonly keyWords = new LocaleController(this, ownStrings);

  constructor() {
    super();
    this.kind = 'publishable';
    this.copied = false;
  }

  protected get own() {
    return this.keyWords.value;
  }

  protected async load(signal: AbortSignal): Promise<KeyList> {
    return { keys: await loadKeys(this.requester, signal) };
  }

  protected itemsOf(data: KeyList) {
    return data.keys;
  }

  protected itemId(key: ApiKey) {
    return key.id;
  }

  protected itemTitle(key: ApiKey) {
    return `${key.prefix}…`;
  }

  protected withItem(data: KeyList, key: ApiKey, isNew: boolean): KeyList {
    const { key: _shownOnce, ...listed } = key as Partial<CreatedApiKey> & ApiKey;
    const rest = data.keys.filter((each) => each.id !== key.id);
    return isNew
      ? { keys: [listed, ...rest] }
      : { keys: data.keys.map((each) => (each.id === key.id ? listed : each)) };
  }

  protected override open(item?: ApiKey): void {
    this.issued = undefined;
    this.kind = 'publishable';
    super.open(item);
  }

  protected async save(form: HTMLFormElement): Promise<ApiKey> {
    const kind = this.kind;
    const origins = kind === 'secret' ? [] : originsOf(fieldValue(form, 'origins'));
    const created = await issueKey(this.requester, { kind, origins });
    this.issued = created;
    this.copied = false;
    return created;
  }

  protected override saved(saved: ApiKey, action: 'created' | 'revoked', isNew = false): void {
    super.saved(saved, action, isNew);
    // After issuing, the focus goes to the key shown once, so it is read out and copied first.
    if (isNew) this.focusNext = '[part="secret"]';
  }

  private async copy() {
    if (!this.issued) return;
    try {
      await navigator.clipboard.writeText(this.issued.key);
      this.copied = true;
    } catch {
      // No clipboard (an insecure origin, a refusal): the key stays selectable to copy by hand.
      this.renderRoot.querySelector<HTMLInputElement>('[part="secret"]')?.select();
    }
  }

  private dismiss() {
    const id = this.issued?.id;
    this.issued = undefined;
    this.copied = false;
    this.focusNext = id ? `[data-id="${id}"] [part="item-title"]` : '[part="new"]';
  }

  protected override renderNotice() {
    const issued = this.issued;
    if (!issued) return nothing;
    const words = this.keyWords.value;
    return html`<div class="notice" role="group" aria-labelledby="shown-once">
      <p id="shown-once" class="warning">${words.shownOnce}</p>
      <input
        part="secret"
        readonly
        aria-labelledby="shown-once"
        .value=${issued.key}
        @focus=${(event: FocusEvent) => {
          (event.currentTarget as HTMLInputElement).select();
        }}
      />
      <div class="actions">
        <button type="button" part="copy" @click=${() => void this.copy()}>
          ${this.copied ? words.copied : words.copy}
        </button>
        <button
          type="button"
          part="stored"
          class="secondary"
          @click=${() => {
            this.dismiss();
          }}
        >
          ${words.stored}
        </button>
      </div>
      <p class="visually-hidden" role="status">${this.copied ? words.copied : ''}</p>
    </div>`;
  }

  protected renderFields(): TemplateResult {
    const words = this.keyWords.value;
    const form = this.form;
    return html`<fieldset>
        <legend>${words.kind}</legend>
        ${(['publishable', 'secret'] as const).map(
          (kind) =>
            html`<label class="check">
              <input
                type="radio"
                name="kind"
                value=${kind}
                .checked=${this.kind === kind}
                @change=${() => {
                  this.kind = kind;
                }}
              />
              ${words[kind]}
            </label>`,
        )}
        <p class="meta">${this.kind === 'secret' ? words.secretHint : words.publishableHint}</p>
      </fieldset>
      ${
        this.kind === 'publishable'
          ? html`<div class="field">
              <label for="origins">${words.origins}</label>
              <textarea
                id="origins"
                name="origins"
                rows="3"
                aria-invalid=${form.invalid('origins')}
                aria-describedby="origins-hint ${form.describedBy('origins')}"
              ></textarea>
              <p class="meta" id="origins-hint">${words.originsHint}</p>
              ${form.renderIssues('origins')}
            </div>`
          : nothing
      }`;
  }

  protected renderItem(key: ApiKey): TemplateResult {
    const words = this.keyWords.value;
    const when = (at: string) =>
      new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' }).format(new Date(at));
    return html`<h3 part="item-title" tabindex="-1">${key.prefix}…</h3>
      <p>${words[key.kind]}</p>
      <p class="meta">${key.origins.length > 0 ? key.origins.join(' · ') : words.noOrigins}</p>
      <p class="meta">
        ${words.created} ${when(key.createdAt)}
        ${key.revokedAt ? html` · <strong>${words.revokedOn} ${when(key.revokedAt)}</strong>` : nothing}
      </p>
      ${
        key.revokedAt
          ? nothing
          : this.confirming === key.id
            ? this.renderConfirm(key, words.revokeQuestion, () => {
                void this.act('revoked', () => revokeKey(this.requester, key.id));
              })
            : html`<div class="actions">
                <button
                  type="button"
                  part="revoke"
                  class="secondary"
                  aria-label="${words.revoke} ${key.prefix}…"
                  @click=${() => {
                    this.confirming = key.id;
                    this.focusNext = `[data-id="${key.id}"] [part="confirm"]`;
                  }}
                >
                  ${words.revoke}
                </button>
              </div>`
      }`;
  }
}
