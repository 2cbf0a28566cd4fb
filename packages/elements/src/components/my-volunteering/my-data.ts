import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../../internal/locale.js';
import type { ExportedFile } from './export-file.js';
import type { MyVolunteeringViewStrings } from './strings/view-zh-CN.js';

/** What the "my personal data" section shows, and what its buttons do. */
export interface MyDataView {
  readonly text: MyVolunteeringViewStrings;
  readonly busy: boolean;
  /** The file exported last, offered again until the resident leaves or erases. */
  readonly exported: ExportedFile | undefined;
  /** Whether the erasure waits for a "yes" in its dialog. */
  readonly confirmingErase: boolean;
  readonly exportData: () => void;
  readonly askErase: () => void;
  readonly keep: () => void;
  readonly erase: () => void;
}

/**
 * The resident's rights under PIPL: export (a JSON file, saved through a Blob URL) and erasure,
 * confirmed in a native modal `<dialog>` (opened by the widget) that says what goes and what stays,
 * anonymised. Escape, or "keep", closes it and changes nothing.
 */
export function renderMyData(view: MyDataView): TemplateResult {
  const { text, exported } = view;
  return html`<section part="my-data" class="no-print" aria-labelledby="my-data-title">
    <h3 id="my-data-title">${text.myData}</h3>
    <p class="muted">${text.myDataExplained}</p>
    <p class="actions">
      <button
        type="button"
        class="secondary"
        part="export"
        ?disabled=${view.busy}
        @click=${view.exportData}
      >
        ${text.exportData}
      </button>
      <button
        type="button"
        class="secondary danger"
        part="erase"
        ?disabled=${view.busy}
        @click=${view.askErase}
      >
        ${text.eraseData}
      </button>
    </p>
    ${
      exported
        ? html`<p>
            <a part="saved-file" href=${exported.url} download=${exported.fileName}>
              ${fill(text.saveAgain, { file: exported.fileName })}
            </a>
          </p>`
        : nothing
    }
    ${view.confirmingErase ? renderEraseDialog(view) : nothing}
  </section>`;
}

function renderEraseDialog(view: MyDataView): TemplateResult {
  const { text } = view;
  return html`<dialog
    part="erase-dialog"
    aria-labelledby="erase-title"
    aria-describedby="erase-goes erase-stays"
    @cancel=${(event: Event) => {
      event.preventDefault();
      view.keep();
    }}
  >
    <div class="dialog-body">
      <h3 id="erase-title">${text.eraseTitle}</h3>
      <p id="erase-goes">${text.eraseWhatGoes}</p>
      <p id="erase-stays">${text.eraseWhatStays}</p>
      <p class="actions">
        <button
          type="button"
          class="danger"
          part="erase-confirm"
          ?disabled=${view.busy}
          @click=${view.erase}
        >
          ${text.eraseConfirm}
        </button>
        <button
          type="button"
          class="secondary"
          part="erase-keep"
          ?disabled=${view.busy}
          @click=${view.keep}
        >
          ${text.eraseKeep}
        </button>
      </p>
    </div>
  </dialog>`;
}
