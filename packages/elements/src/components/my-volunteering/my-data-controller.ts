import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fill } from '../../internal/locale.js';
import type { ResidentSessionController } from '../../internal/resident-session-controller.js';
import type { ExportedFile } from './export-file.js';
import type * as Writes from './writes.js';
import type { MyDataView } from './my-data.js';
import type { MyVolunteeringViewStrings } from './strings/view-zh-CN.js';

/** What the controller needs of `<wushe-my-volunteering>`. */
export interface MyDataOptions {
  readonly session: ResidentSessionController;
  /** The widget's writes, fetched on use (`writes.ts`). */
  readonly writes: () => Promise<typeof Writes>;
  /** Runs an action as the widget's others run: busy, then its notice or its failure, focused. */
  readonly run: (action: () => Promise<string>) => Promise<void>;
  /** Focuses what `selector` finds once the widget has updated. */
  readonly focus: (selector: string) => void;
}

/**
 * The resident's rights under PIPL in `<wushe-my-volunteering>`: exporting her data (saved as a
 * JSON file through a Blob URL, and offered again by a link until the widget leaves) and erasing
 * it after a native modal `<dialog>` (opened here once rendered); then the server has ended her
 * sessions, and every resident widget of the page and its other tabs signs out.
 */
export class MyDataController implements ReactiveController {
  exported: ExportedFile | undefined;
  confirmingErase = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode & Node },
    private readonly options: MyDataOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('[part=erase-dialog]');
    if (dialog && !dialog.open) {
      dialog.showModal();
      // The least harmful choice first: erasure cannot be undone.
      dialog.querySelector<HTMLElement>('[part=erase-keep]')?.focus();
    }
  }

  hostDisconnected(): void {
    this.forgetExport();
  }

  /** The section's state and actions, worded in `text`. */
  view(text: MyVolunteeringViewStrings, busy: boolean): MyDataView {
    return {
      text,
      busy,
      exported: this.exported,
      confirmingErase: this.confirmingErase,
      exportData: () => void this.exportData(text),
      askErase: () => {
        this.setConfirming(true);
      },
      keep: () => {
        this.setConfirming(false);
        this.options.focus('[part=erase]');
      },
      erase: () => void this.erase(text),
    };
  }

  private setConfirming(confirming: boolean): void {
    this.confirmingErase = confirming;
    this.host.requestUpdate();
  }

  private exportData(text: MyVolunteeringViewStrings): Promise<void> {
    return this.options.run(async () => {
      const { exportMyData, saveFile } = await this.options.writes();
      const file = await exportMyData(this.options.session);
      this.forgetExport();
      this.exported = file;
      saveFile(file, this.host.renderRoot);
      return fill(text.exported, { file: file.fileName });
    });
  }

  private erase(text: MyVolunteeringViewStrings): Promise<void> {
    // The dialog closes first: what follows (the notice, or why it failed) is told on the page.
    this.setConfirming(false);
    return this.options.run(async () => {
      await (await this.options.writes()).eraseMyData(this.options.session);
      this.forgetExport();
      await this.options.session.signOut({ forget: true });
      return text.erased;
    });
  }

  /** Lets the exported file's Blob go. */
  private forgetExport(): void {
    if (this.exported) URL.revokeObjectURL(this.exported.url);
    this.exported = undefined;
  }
}
