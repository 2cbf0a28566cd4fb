import type { LitElement, TemplateResult } from 'lit';
import type { Need } from '@wushe/schema';
import type {
  NeedDialog,
  NeedDialogHost,
  NeedDialogModule,
  NeedDialogName,
} from './dialogs/host.js';

/**
 * Each dialog's code (template, wording, the request schema it sends) is a chunk of its own,
 * fetched on its first open: a resident who only reads the wall never downloads them.
 */
const loaders: Readonly<Record<NeedDialogName, () => Promise<NeedDialogModule>>> = {
  claim: () => import('./dialogs/claim.js'),
  report: () => import('./dialogs/report.js'),
  post: () => import('./dialogs/post.js'),
};

/**
 * Opens the list's dialogs (loaded with the first one): loads each dialog on its first open, shows
 * it modal with focus on its first field, and gives focus back on close — to the button that
 * opened it, or to its card when the button is gone (a claimed need has no 认领 button).
 */
export class DialogLauncher {
  private readonly dialogs = new Map<NeedDialogName, NeedDialog>();
  private opener: HTMLElement | undefined;
  private needId: string | undefined;

  constructor(
    private readonly element: LitElement,
    private readonly host: NeedDialogHost,
  ) {}

  /** Shows `name` for `need`; rejects when its code cannot be loaded (the connection dropped). */
  async open(name: NeedDialogName, need: Need | undefined, opener: HTMLElement): Promise<void> {
    let dialog = this.dialogs.get(name);
    if (!dialog) {
      dialog = (await loaders[name]()).createDialog(this.host);
      this.dialogs.set(name, dialog);
    }
    dialog.prepare(need);
    this.opener = opener;
    this.needId = need?.id;
    this.element.requestUpdate();
    await this.element.updateComplete;
    const element = this.find(name);
    // The list may have left the page while the dialog loaded.
    if (!element?.isConnected || element.open) return;
    element.showModal();
    element.querySelector<HTMLElement>('input:not([disabled]), select, textarea')?.focus();
  }

  close(name: NeedDialogName): void {
    this.find(name)?.close();
  }

  /** A dialog closed: focus goes back where it came from. */
  closed(): void {
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected && !(opener as HTMLButtonElement).disabled) opener.focus();
    else if (this.needId) {
      this.element.renderRoot
        .querySelector<HTMLElement>(`article[data-id="${this.needId}"]`)
        ?.focus();
    }
  }

  /** The dialogs opened so far. */
  render(): TemplateResult[] {
    return [...this.dialogs.values()].map((dialog) => dialog.render());
  }

  private find(name: NeedDialogName): HTMLDialogElement | null {
    return this.element.renderRoot.querySelector<HTMLDialogElement>(`dialog.${name}`);
  }
}
