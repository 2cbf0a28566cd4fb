import { defineElement } from '@wushe/elements/foundation.js';
import { WusheHoursRecorder } from './hours-recorder.component.js';

export { WusheHoursRecorder };
export type { HoursRecorderStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-hours-recorded.js';

defineElement('wushe-hours-recorder', WusheHoursRecorder);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-hours-recorder': WusheHoursRecorder;
  }
}
