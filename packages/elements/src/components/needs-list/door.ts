import type { NeedDialogHost } from './dialogs/host.js';
import type { LiveSource } from './live.js';
import type { PagesSource } from './pages.js';
import type { ListView } from './templates.js';

/**
 * The one object through which the list's parts reach the element: the templates (`ListView`),
 * the live stream (`LiveSource`), the pages (`PagesSource`) and the lazily loaded dialogs
 * (`NeedDialogHost`). They live in
 * modules of their own, so they cannot read the element's protected members; the element builds
 * this door once, with getters that read its state when used.
 */
export type ListDoor = ListView & LiveSource & PagesSource & NeedDialogHost;
