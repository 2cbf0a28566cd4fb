import type { PropertyValues } from 'lit';
import type { WusheError } from '@wushe/sdk';
import { StaffElement } from './staff-element.js';
import { withEntry } from './with-entry.js';

/**
 * What every staff work list shares (review queue, donation desk, follow-ups, hours recorder): the
 * item a request is being sent for, each item's failure shown on the item itself, the sentence
 * announced after each action, and the focus moved after the next render.
 */
export class StaffWorkList extends StaffElement {
  static override properties = {
    ...StaffElement.properties,
    busy: { state: true },
    failures: { state: true },
    announcement: { state: true },
  };

  /** The item a request is being sent for. */
  declare protected busy: string | undefined;
  /** Why an item's last request failed, by the item's key. */
  declare protected failures: ReadonlyMap<string, WusheError>;
  /** What the live region announced last. */
  declare protected announcement: string;
  /** Where the focus goes after the next render: a selector in the shadow root. */
  protected focusNext: string | undefined;

  constructor() {
    super();
    this.failures = new Map();
    this.announcement = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
      this.focusNext = undefined;
    }
  }

  /** Shows `error` on the item `key`, or clears it. */
  protected setFailure(key: string, error: WusheError | undefined) {
    this.failures = withEntry(this.failures, key, error);
  }
}
