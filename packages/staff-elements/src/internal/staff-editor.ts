import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { WusheError } from '@wushe/sdk';
import {
  fill,
  LocaleController,
  LocaleStrings,
  RemoteController,
  renderEmptyState,
  renderLoadState,
} from '@wushe/elements/foundation.js';
import type { EditorName, WusheEditorSavedDetail } from '../events/wushe-editor-saved.js';
import { EditorForm } from './editor-form.js';
import { zhCN, type EditorStrings } from './editor-strings/zh-CN.js';
import { isForbidden, isSignedOut, StaffElement } from './staff-element.js';
import { failureMessage, renderForbiddenState, renderSignedOutState } from './staff-states.js';

const editorStrings = new LocaleStrings<EditorStrings>(zhCN, {
  'zh-HK': () => import('./editor-strings/zh-HK.js'),
  en: () => import('./editor-strings/en.js'),
});

/** What the list shows: nothing open, the new record's form, or one record's form. */
export type EditorMode =
  | { readonly form: 'none' }
  | { readonly form: 'new' }
  | { readonly form: 'edit'; readonly id: string };

/** The words an editor brings of its own (the shared ones come with the base). */
export interface OwnEditorWords {
  readonly title: string;
  readonly empty: string;
  /** The button that opens the new record's form (`undefined`: the editor creates nothing). */
  readonly create?: string;
}

/**
 * The list-and-form machinery every staff editor shares, once: the records loaded for the
 * `division` as the person signed in (with the load states, and `forbidden` / `signed-out`), a
 * "new" button opening a form above the list, one record's form opened in its place, sending
 * through `EditorForm` (the request schema's issues and the server's shown per field, what was
 * typed kept), an inline confirmation for acts that cannot be undone, the live announcer, the
 * focus moved where a keyboard user expects it, and the `wushe-editor-saved` event.
 *
 * An editor says how it loads (`load`, `itemsOf`), names its records (`itemId`, `itemTitle`) and
 * renders a record (`renderItem`) and its form's fields (`renderFields`, `save`).
 */
export abstract class StaffEditor<Data, Item> extends StaffElement {
  static override properties = {
    ...StaffElement.properties,
    division: { type: String, reflect: true },
    mode: { state: true },
    confirming: { state: true },
    announcement: { state: true },
  };

  /** The division whose records are edited: a district (6 digits), a street (9) or a community (12). */
  declare division: string | undefined;
  declare protected mode: EditorMode;
  /** The record whose irreversible act waits for its confirmation. */
  declare protected confirming: string | undefined;
  declare protected announcement: string;

  protected abstract readonly editorName: EditorName;
  protected abstract get own(): OwnEditorWords;
  protected abstract load(signal: AbortSignal): Promise<Data>;
  protected abstract itemsOf(data: Data): readonly Item[];
  protected abstract itemId(item: Item): string;
  protected abstract itemTitle(item: Item): string;
  protected abstract renderItem(item: Item): TemplateResult;
  /** The fields of the new record's form (`item` undefined) or of `item`'s. */
  protected abstract renderFields(item: Item | undefined): TemplateResult;
  /** Sends the form; the saved record. */
  protected abstract save(form: HTMLFormElement, item: Item | undefined): Promise<Item>;

  protected readonly words = new LocaleController(this, editorStrings);
  protected readonly form = new EditorForm(this);
  protected readonly data = new RemoteController<Data, readonly unknown[]>(this, {
    task: (_args, { signal }) => this.load(signal),
    args: () => (this.division ? [this.division, ...this.configArgs()] : undefined),
  });
  /** Where the focus goes after the next render: a selector in the shadow root. */
  protected focusNext: string | undefined;

  constructor() {
    super();
    this.mode = { form: 'none' };
    this.announcement = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
      this.focusNext = undefined;
    }
  }

  /** Opens the new record's form, or `item`'s, and moves the focus to its first field. */
  protected open(item?: Item): void {
    this.form.reset();
    this.confirming = undefined;
    this.mode = item ? { form: 'edit', id: this.itemId(item) } : { form: 'new' };
    this.focusNext = '[part="form"] :is(input, select, textarea)';
  }

  /** Closes the form; the focus goes back to what opened it. */
  protected close(): void {
    const mode = this.mode;
    this.form.reset();
    this.mode = { form: 'none' };
    this.focusNext = mode.form === 'edit' ? `[data-id="${mode.id}"] [part="edit"]` : '[part="new"]';
  }

  /** Puts `saved` in the list (first when new), announces it and fires `wushe-editor-saved`. */
  protected saved(saved: Item, action: WusheEditorSavedDetail['action'], isNew = false): void {
    const id = this.itemId(saved);
    const data = this.data.value;
    if (data !== undefined) this.data.value = this.withItem(data, saved, isNew);
    this.announcement = fill(this.words.value.saved, { title: this.itemTitle(saved) });
    this.focusNext = `[data-id="${id}"] [part="item-title"]`;
    this.emit('wushe-editor-saved', { editor: this.editorName, id, action });
    this.requestUpdate();
  }

  /** `data` with `item` in place of its earlier self, or first when new. */
  protected abstract withItem(data: Data, item: Item, isNew: boolean): Data;

  private async submit(event: SubmitEvent, item: Item | undefined) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const saved = await this.form.submit(() => this.save(form, item));
    if (saved === undefined) {
      this.focusNext = '[part="form"] [aria-invalid="true"], [part="form-error"]';
      this.requestUpdate();
      return;
    }
    this.mode = { form: 'none' };
    this.saved(saved, item ? 'updated' : 'created', !item);
  }

  /** Runs an act on one record (disable, revoke) with its failure shown on the record. */
  protected async act(
    action: WusheEditorSavedDetail['action'],
    send: () => Promise<Item>,
  ): Promise<void> {
    this.confirming = undefined;
    const saved = await this.form.submit(send);
    if (saved) this.saved(saved, action);
  }

  /** Why an act or a form did not go through. */
  protected failureText(error: WusheError): string {
    return failureMessage(error, this.words.value, this.strings.offline);
  }

  /** The form of the new record (`item` undefined) or of `item`, with save and cancel. */
  protected renderForm(item: Item | undefined, legend: string): TemplateResult {
    const words = this.words.value;
    const { failure, busy, issues } = this.form;
    return html`<form
      part="form"
      class="editor-form"
      novalidate
      aria-label=${legend}
      @submit=${(event: SubmitEvent) => void this.submit(event, item)}
    >
      <h3>${legend}</h3>
      ${this.renderFields(item)}
      ${
        Object.keys(issues).length > 0 || failure
          ? html`<p class="error" part="form-error" role="alert" tabindex="-1">
              ${failure ? this.failureText(failure) : words.fixFields}
            </p>`
          : nothing
      }
      <div class="actions">
        <button type="submit" part="save" ?disabled=${busy}>
          ${busy ? words.saving : words.save}
        </button>
        <button
          type="button"
          part="cancel"
          class="secondary"
          @click=${() => {
            this.close();
          }}
        >
          ${words.cancel}
        </button>
      </div>
    </form>`;
  }

  /** An irreversible act asked to be confirmed in place: `question`, then confirm or cancel. */
  protected renderConfirm(item: Item, question: string, run: () => void): TemplateResult {
    const words = this.words.value;
    return html`<div class="confirm" role="group" aria-label=${question}>
      <p>${question}</p>
      <div class="actions">
        <button type="button" part="confirm" @click=${run}>${words.confirm}</button>
        <button
          type="button"
          part="cancel-confirm"
          class="secondary"
          @click=${() => {
            this.confirming = undefined;
            this.focusNext = `[data-id="${this.itemId(item)}"] [part="item-title"]`;
          }}
        >
          ${words.cancel}
        </button>
      </div>
    </div>`;
  }

  /** Above the list: what an editor shows once (an issued key). */
  protected renderNotice(): TemplateResult | typeof nothing {
    return nothing;
  }

  private renderList(): TemplateResult {
    const { status, error, value } = this.data;
    const words = this.words.value;
    if (status === 'error' && isForbidden(error)) return renderForbiddenState(words.forbidden);
    if (status === 'error' && isSignedOut(error)) return renderSignedOutState(words.signedOut);
    if (status !== 'ready' || value === undefined) return renderLoadState(this.data, this.strings);
    const items = this.itemsOf(value);
    const mode = this.mode;
    const failure = this.form.failure;
    return html`${mode.form === 'new' ? this.renderForm(undefined, this.own.create ?? '') : nothing}
    ${
      mode.form === 'none' && failure
        ? html`<p class="error" part="action-error" role="alert">${this.failureText(failure)}</p>`
        : nothing
    }
    ${
      items.length === 0
        ? renderEmptyState({ ...this.strings, empty: this.own.empty })
        : html`<ul part="list">
            ${items.map(
              (item) =>
                html`<li part="item" data-id=${this.itemId(item)}>
                  ${
                    mode.form === 'edit' && mode.id === this.itemId(item)
                      ? this.renderForm(item, this.itemTitle(item))
                      : this.renderItem(item)
                  }
                </li>`,
            )}
          </ul>`
    }`;
  }

  override render() {
    const ready = this.data.status === 'ready';
    const create = this.own.create;
    return html`<section class="base" part="base" aria-labelledby="editor-title">
      <div class="head">
        <h2 id="editor-title" part="title" tabindex="-1">${this.own.title}</h2>
        ${
          ready && create && this.mode.form !== 'new'
            ? html`<button
                type="button"
                part="new"
                @click=${() => {
                  this.open();
                }}
              >
                ${create}
              </button>`
            : nothing
        }
      </div>
      ${this.renderNotice()} ${this.renderList()}
      <p class="visually-hidden" part="announcer" role="status">${this.announcement}</p>
    </section>`;
  }
}
