import type { LitElement, TemplateResult } from 'lit';
import type { Locale, Need } from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import type {} from '../../../events/wushe-need-claimed.js';
import type {} from '../../../events/wushe-need-reported.js';
import type {} from '../../../events/wushe-need-submitted.js';
import type { CommonStrings, DomainStrings } from '../../../locales/types.js';
import type { NeedsListStrings } from '../strings/zh-CN.js';

/** The list's dialogs; each is also the class of its `<dialog>` (`dialog.claim`). */
export const NeedDialogName = { claim: 'claim', report: 'report', post: 'post' } as const;
export type NeedDialogName = (typeof NeedDialogName)[keyof typeof NeedDialogName];

type NeedEvent = 'wushe-need-claimed' | 'wushe-need-reported' | 'wushe-need-submitted';
type DetailOf<K extends NeedEvent> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * What a dialog may use of its list. The dialogs are loaded on first open, so they see the list
 * through this narrow door rather than its protected members; every value is read when used, so
 * a locale or a configuration change reaches an open dialog.
 */
export interface NeedDialogHost {
  /** The list element: the host of the dialogs' form controllers, and their shadow root. */
  readonly element: LitElement;
  readonly requester: Requester;
  readonly strings: CommonStrings;
  readonly domain: DomainStrings;
  /** The list's own wording. */
  readonly ns: NeedsListStrings;
  readonly locale: Locale;
  readonly policyVersion: string;
  /** The community a posted need belongs to. */
  readonly community: string;
  /** The list's current copy of a need: a live update or a conflict may have changed it. */
  find(id: string): Need | undefined;
  /** Puts a changed need in the list. */
  replace(need: Need): void;
  /** Says something in the list's polite live region. */
  announce(text: string): void;
  emit<K extends NeedEvent>(type: K, detail: DetailOf<K>): void;
  /** Closes a dialog. */
  close(name: NeedDialogName): void;
  /** A dialog closed (a button, Escape): focus goes back where it came from. */
  closed(): void;
}

/** One lazily loaded dialog. */
export interface NeedDialog {
  /** Readies the dialog for `need` (none when posting) just before it is shown. */
  prepare(need: Need | undefined): void;
  /** The `<dialog>` in the list's shadow root, rendered from its first open on. */
  render(): TemplateResult;
}

/** What each dialog module exports. */
export interface NeedDialogModule {
  createDialog(host: NeedDialogHost): NeedDialog;
}
