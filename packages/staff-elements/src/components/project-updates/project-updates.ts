import { defineElement } from '@wushe/elements/foundation.js';
import { WusheProjectUpdates } from './project-updates.component.js';

export { WusheProjectUpdates };
export type { ProjectUpdatesStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-project-updated.js';

defineElement('wushe-project-updates', WusheProjectUpdates);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-project-updates': WusheProjectUpdates;
  }
}
